"""A fourth hand's blind corpus (issue 13): protests, ruling requests and penalty referrals.

Printed by WeasyPrint (HTML+CSS written here) and by PyMuPDF (pages drawn line by line), with
truth files in shared/corpus-b's layout. `python -m bench.corpus_fourth OUT --seed S`.
"""
