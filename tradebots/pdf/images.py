"""Page images for the console, rendered with pypdfium2 (fast; pdfplumber is not needed)."""

from __future__ import annotations

import io
from pathlib import Path

import pypdfium2 as pdfium


def render_page_png(path: Path, page_number: int, *, scale: float = 1.5) -> bytes:
    """PNG bytes of one page (1-based); scale 1.0 is 72 dpi."""
    pdf = pdfium.PdfDocument(path)
    try:
        if not 1 <= page_number <= len(pdf):
            raise IndexError(f"{path}: no page {page_number} (it has {len(pdf)})")
        page = pdf[page_number - 1]
        image = page.render(scale=scale).to_pil()
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        page.close()
        return buffer.getvalue()
    finally:
        pdf.close()
