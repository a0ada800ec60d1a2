"""Issue 17's heavy file: a protest letter followed by hundreds of pages of entry listings."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen.canvas import Canvas

LINES_PER_PAGE = 56


def write_heavy_protest(path: Path, pages: int = 480) -> Path:
    """A text PDF of PAGES letter pages (a few hundred KB): cheap to store, costly to read."""
    canvas = Canvas(str(path), pagesize=LETTER, pageCompression=1, invariant=1)
    canvas.setFont("Helvetica", 8)
    for page in range(1, pages + 1):
        y = LETTER[1] - 40
        if page == 1:
            canvas.drawString(40, y, "PROTEST under 19 U.S.C. 1514 of the liquidation of the "
                                     "entries listed on the following pages")
            y -= 14
        for line in range(LINES_PER_PAGE):
            serial = (page * LINES_PER_PAGE + line) % 10_000_000
            canvas.drawString(40, y, f"Entry 123-{serial:07d}-{serial % 10}   entered "
                                     f"2024-03-{1 + line % 28:02d}   liquidated 2024-11-"
                                     f"{1 + line % 28:02d}   port 2704   line {line + 1}")
            y -= 12.5
        canvas.drawString(40, 30, f"Page {page} of {pages}")
        canvas.showPage()
    canvas.save()
    return path
