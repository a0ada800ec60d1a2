"""Words set tightly (no space character typed, the next word placed a point or two on, as
mandoc and some typesetters do) read as separate words in running text and in ruled cells."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tradebots.pdf import open_pdf, read_tables

ROWS = [["Entry Number", "Entry Date", "Liquidation Date"],
        ["BDF-0412775-3", "August 5, 2024", "January 10, 2025"]]


def _tight(canvas: Canvas, x: float, y: float, text: str, gap: float = 1.5) -> None:
    """TEXT drawn word by word, GAP points apart, with no space character."""
    for word in text.split():
        canvas.drawString(x, y, word)
        x += canvas.stringWidth(word, "Helvetica", 10) + gap


def _tight_page(path: Path) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    for y, line in ((720, "Protestant: Harbor Lane Outfitters, Inc."),
                    (704, "Protest Number: 2704-25-100417"),
                    (688, "Port Code: 2704"),
                    (672, "We protest the liquidation of the entry below under 19 U.S.C. 1514.")):
        _tight(canvas, 72, y, line)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            x, top = 72 + 150 * c, 640 - 18 * r
            canvas.rect(x, top - 18, 150, 18)
            _tight(canvas, x + 4, top - 12, text)
    canvas.save()
    return path


def test_tightly_set_words_in_ruled_cells_stay_apart(tmp_path: Path) -> None:
    with open_pdf(_tight_page(tmp_path / "t.pdf")) as document:
        tables = read_tables(document, 1)
        lines = [" ".join(s.text for s in line) for line in document.segments(1)]
    assert [t.texts() for t in tables] == [ROWS]
    assert lines[0] == "Protestant: Harbor Lane Outfitters, Inc."

