"""Referral PDFs drawn with reportlab for reader tests: text placed by position, no ruling lines."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from PIL import Image
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import ImageReader
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


def draw_scanned_rows(path: Path, rows: list[list[str]], above: Sequence[str] = ()) -> Path:
    """A scanned page: one picture over it and invisible OCR words with the paper's word gaps
    (10 points, about 0.9 line heights); each column starts 16 points past its widest cell.
    ABOVE: lines printed over the rows (three lines of prose when none are given)."""
    picture = io.BytesIO()
    Image.new("RGB", (850, 1100), "white").save(picture, format="PNG")
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawImage(ImageReader(io.BytesIO(picture.getvalue())), 0, 0, *letter)
    canvas.setFont("Helvetica", 11)

    def width(text: str) -> float:
        words = text.split()
        return float(sum(canvas.stringWidth(w, "Helvetica", 11) for w in words)
                     + 10.0 * (len(words) - 1))

    prose = "The entries below were reviewed by the office and the duties owed on each of them"
    starts, x = [], 60.0
    for column in zip(*rows, strict=True):
        starts.append(x)
        x += max(width(text) for text in column) + 16.0
    y = letter[1] - 80
    for line in [*([sentence] for sentence in above or [prose] * 3), *rows]:
        for left, text in zip(starts, line, strict=False):
            for word in text.split():
                canvas.drawString(left, y, word)
                left += canvas.stringWidth(word, "Helvetica", 11) + 10.0
        y -= 18
    canvas.save()
    return path


# An entries table drawn as cells at fixed x positions, for the tests of entries' rows.
COLUMNS = (72.0, 160.0, 235.0, 300.0, 380.0, 460.0)
FACTS = [
    "Merchandise: stainless steel cookware sets",
    "Violation: the importer undervalued the cookware by omitting assists from the entered values.",
]


def cells(*texts: str) -> list[tuple[float, str]]:
    """TEXTS placed in COLUMNS, left to right; an empty text leaves its cell blank."""
    return [(x, t) for x, t in zip(COLUMNS, texts, strict=False) if t]


HEADER = cells("Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed")
