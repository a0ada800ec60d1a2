"""Files a protest reader must refuse with a clear cause, and one readable non-protest."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from bench.corpus import blocks as b
from bench.corpus.render_reportlab import render_pdf

# A well-formed PDF whose page tree is empty: readable, but nothing to read.
_NO_PAGES = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
    b"trailer << /Root 1 0 R /Size 3 >>\n%%EOF\n"
)


def invoice() -> b.Document:
    """A commercial invoice: a real document, but not a protest."""
    doc = b.Document("Commercial invoice")
    doc.add(
        b.Heading("COMMERCIAL INVOICE", 14, "center"),
        b.Para("Invoice No. INV-2024-0193    Date: March 4, 2024"),
        b.Para("Seller: Shenzhen Brightway Lighting Co., Ltd., Shenzhen, China"),
        b.Para("Buyer: Pacific Imports Inc., 123 Harbor Blvd, Long Beach, CA 90802"),
        b.Grid(("Item", "Description", "Quantity", "Unit price", "Amount"),
               (("1", "LED light strips, 5 m reels", "2,000", "$3.10", "$6,200.00"),
                ("2", "Power adapters 12 V", "2,000", "$1.45", "$2,900.00"))),
        b.Para("Total: $9,100.00   Terms: FOB Shenzhen   Payment: 30 days net"),
    )
    return doc


def generate_bad_inputs(out_dir: Path) -> dict[str, Path]:
    """Write one file per unusable cause (except "too large") and an invoice; name -> path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {name: out_dir / f"{name.replace(' ', '_')}.pdf" for name in (
        "not a PDF", "damaged", "encrypted", "no pages", "no text layer", "not a protest")}
    files["not a PDF"].write_text("Protest: see attached entries.\nThis is a plain text file.\n")
    render_pdf(invoice(), files["not a protest"])
    render_pdf(invoice(), files["encrypted"], password="s3cret")
    files["no pages"].write_bytes(_NO_PAGES)
    # A header and then the middle of a compressed stream: what a broken upload looks like.
    good = files["not a protest"].read_bytes()
    files["damaged"].write_bytes(b"%PDF-1.4\n" + good[len(good) // 2:len(good) // 2 + 600])
    pdf = pdfium.PdfDocument(files["not a protest"])
    try:
        image = pdf[0].render(scale=1.0).to_pil().convert("RGB")
    finally:
        pdf.close()
    image.save(files["no text layer"], format="PDF", resolution=72.0)  # a scan: pixels only
    return files
