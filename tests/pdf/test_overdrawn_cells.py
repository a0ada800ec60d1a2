"""Table cells a producer drew over each other: each cell's own box wider than its column (an
HTML engine's collapsed borders), so a box's border runs through the next cell's text, and a
cell's text printed on into the next cell's ("123-5320235-6" over "2021-12-21")."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tradebots.pdf import open_pdf, read_tables

ROWS = [["Entry No.", "Entry Date", "Entered Value"],
        ["EI4-7127470-0", "2 July 2023", "2576.79"],
        ["948-9701946-2", "27-AUG-2023", "$105,575.27"]]


def boxed_table(path: Path, overhang: float, pad: float = 6.0) -> Path:
    """ROWS with each cell drawn as its own box, OVERHANG points wider than its column."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    width, height, top = 80.0, 18.0, 600.0
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            x, y = 60 + c * width, top - r * height
            canvas.rect(x, y - height, width + overhang, height)
            canvas.drawString(x + pad, y - 12, text)
    canvas.save()
    return path


def test_a_box_border_drawn_through_the_next_cells_text_is_no_column(tmp_path: Path) -> None:
    with open_pdf(boxed_table(tmp_path / "t.pdf", overhang=12.0)) as document:
        tables = read_tables(document, 1)
    assert [t.texts() for t in tables] == [ROWS]


def test_boxes_that_only_touch_read_as_before(tmp_path: Path) -> None:
    with open_pdf(boxed_table(tmp_path / "t.pdf", overhang=0.0)) as document:
        tables = read_tables(document, 1)
    assert [t.texts() for t in tables] == [ROWS]


def test_a_lone_gridline_that_text_runs_over_stays_the_columns_border(tmp_path: Path) -> None:
    # A spreadsheet's status run on to the amount: the gridline is the border; the words cut
    # there are the reader's to join or strip, not the table finder's to merge away.
    path = tmp_path / "g.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    for x in (60, 200, 300):
        canvas.line(x, 600, x, 564)
    for y in (600, 582, 564):
        canvas.line(60, y, 300, y)
    canvas.drawString(64, 588, "Status")
    canvas.drawString(204, 588, "Value")
    status = "Unliquidated"
    canvas.drawString(200 - canvas.stringWidth(status, "Helvetica", 10), 570, status)
    canvas.drawString(200, 570, "36,050.48")
    canvas.save()
    with open_pdf(path) as document:
        texts = read_tables(document, 1)[0].texts()
    assert texts[1][1] == "36,050.48"


def test_text_printed_over_the_next_cells_text_is_two_words(tmp_path: Path) -> None:
    path = tmp_path / "o.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Courier", 10)
    canvas.drawString(82, 600, "123-5320235-6")  # 13 glyphs of 6 points: ends at 160
    canvas.drawString(156.7, 600, "2021-12-21")  # the next cell's text, 3.3 points into it
    canvas.drawString(82, 580, "Bold")
    canvas.drawString(82.4, 580, "Bold")  # a re-strike for bold: one word
    canvas.setFont("Helvetica", 10)
    canvas.drawString(82, 560, "Way, AVA")  # kerned pairs stay one word
    canvas.save()
    with open_pdf(path) as document:
        words = [w.text for w in document.words(1)]
    assert words[:2] == ["123-5320235-6", "2021-12-21"]
    assert len(words) == 5 and words[3:] == ["Way,", "AVA"]
