"""Referral PDFs drawn with reportlab for reader tests: text placed by position, no ruling lines."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

Line = str | Sequence[tuple[float, str]]  # a sentence at the margin, or cells at x positions
LEADING = 13.0


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
