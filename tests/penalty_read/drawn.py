"""Referral PDFs drawn with reportlab for reader tests: text placed by position, no ruling lines."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

Line = str | Sequence[tuple[float, str]]  # a sentence at the margin, or cells at x positions
LEADING = 13.0
# A plain referral's head, down to the entries' caption, that tests extend line by line.
REFERRAL_HEAD = [
    "PENALTY CASE REFERRAL - 19 U.S.C. 1592",
    "Violator: Alder Point Housewares Inc.",
    "Address: 18 Quarry Road, Reno, NV 89502",
    "Case Number: 2025-2704-000411-01",
    "Importer Number: 88-1204417",
    "Date of Violation: March 2, 2023",
    "Culpability: Negligence",
    "Prior Disclosure: No",
    "Domestic Value: $90,000.00",
    "Entries:",
]


def draw_referral(path: Path, lines: Sequence[Line], font_size: float = 8.5,
                  font: str = "Helvetica") -> Path:
    """Write `lines` top to bottom on letter pages; a cell list prints each text at its x."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont(font, font_size)
    y = letter[1] - 72
    for line in lines:
        if y < 72:
            canvas.showPage()
            canvas.setFont(font, font_size)
            y = letter[1] - 72
        cells = [(72.0, line)] if isinstance(line, str) else line
        for x, text in cells:
            canvas.drawString(x, y, text)
        y -= LEADING
    canvas.save()
    return path


def page_with_lines(path: Path, lines: Sequence[str], x: float = 72.0,
                    font_size: float = 8.5) -> tuple[Canvas, float]:
    """A letter page's canvas with LINES written top down at X, and the height to go on at."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", font_size)
    y = letter[1] - 72
    for line in lines:
        canvas.drawString(x, y, line)
        y -= LEADING
    return canvas, y
