# ruff: noqa: E501
"""The fifty-sixth blind corpus: protests, ruling requests and penalty referrals drawn by Ruby's Origami
and by Perl's PostScript::Simple (made PDF by ghostscript), with truths decided by `law.py`."""
