"""Small protest PDFs drawn with reportlab: labelled lines a test bot can read back."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def protest_pdf(path: Path, *, number: str, importer: str, entry: str, liquidated: str,
                name: str = "Acme Imports LLC") -> Path:
    """A two-page protest: the facts on page 1, the signature block on page 2."""
    pdf = canvas.Canvas(str(path), pagesize=letter)
    pdf.setTitle(f"Protest {number}")
    pdf.setFont("Helvetica-Bold", 16)
    pdf.drawString(72, 720, "PROTEST (CBP Form 19)")
    pdf.setFont("Helvetica", 11)
    lines = [("Protest number:", number), ("Protestant:", name), ("Importer number:", importer),
             ("Entry number:", entry), ("Liquidation date:", liquidated),
             ("Category:", "classification")]
    for i, (label, value) in enumerate(lines):
        y = 680 - 28 * i
        pdf.drawString(72, y, label)
        pdf.drawString(200, y, value)
    pdf.showPage()
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 700, "Signed:")
    pdf.drawString(200, 700, "Jane Broker")
    pdf.save()
    return path
