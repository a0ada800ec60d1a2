"""The nineteenth hand: protests, ruling requests and penalty referrals by PDF::API2 and pdf-lib.

Written blind for an honest held-out score (issue 13).
`python -m bench.corpus_nineteenth OUT --seed S [--protests N --rulings N --penalties N]`.
"""
