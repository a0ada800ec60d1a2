"""The eleventh hand: protests, ruling requests and penalty referrals made by pdflatex and Qt,
with truths."""
