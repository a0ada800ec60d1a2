"""Seventh hand's held-out corpus: e-mail, export and memo styles through rsvg-convert and pdfme."""
