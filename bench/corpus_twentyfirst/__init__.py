"""The twenty-first hand: protests, ruling requests and penalty referrals by iText 5 and libharu.

`python -m bench.corpus_twentyfirst OUT --seed S [--protests N --rulings N --penalties N]` writes
OUT/protest, OUT/ruling-request and OUT/penalty-case in shared/corpus-b's layout (issue 13).
"""
