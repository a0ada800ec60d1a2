"""The fifty-fifth blind hand: protests, ruling requests and 1592 referrals drawn by FreeHEP's
PDFGraphics2D (Java) and pstoedit's PDF driver, with truths from `law.py` (issue 13)."""
