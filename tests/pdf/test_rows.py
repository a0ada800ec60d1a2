"""Words of one printed line whose baselines differ by a fraction of a point (another font, a
producer's rounding) are one row; two lines a line gap apart, or a sidebar's line, are not."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from bots.ruling_triage.extract_text import paragraphs
from tradebots.pdf import Word, in_rows, open_pdf


def word(text: str, x0: float, top: float, height: float = 10.0) -> Word:
    return Word(1, x0, top, x0 + 6 * len(text), top + height, text)


def texts(rows: list[list[Word]]) -> list[str]:
    return [" ".join(w.text for w in row) for row in rows]


def place(w: Word) -> tuple[float, float, float]:
    return (w.top, w.bottom, w.x0)


def test_bottoms_a_fraction_of_a_point_apart_are_one_row_read_left_to_right() -> None:
    words = [word("To", 40, 124.504192), word("National", 282, 124.50419199999993),
             word("Requester", 40, 139.504192), word("Meridian", 282, 139.5041919)]
    assert texts(in_rows(words, place)) == ["To National", "Requester Meridian"]


def test_a_larger_font_on_the_baseline_stays_on_its_line() -> None:
    words = [word("Entry", 40, 100.0), word("$1,250.00", 200, 97.6, 12.0), word("Next", 40, 112.0)]
    assert texts(in_rows(words, place)) == ["Entry $1,250.00", "Next"]


def test_lines_a_line_gap_apart_are_two_rows() -> None:
    words = [word("second", 40, 111.0, 9.0), word("first", 200, 100.0, 9.0)]
    assert texts(in_rows(words, place)) == ["first", "second"]


def test_a_sidebar_line_in_a_smaller_font_is_a_row_of_its_own() -> None:
    # A letterhead sidebar in 7.5 pt beside the date in 9.2 pt: baselines 1.5 pt apart.
    words = [word("Pacifica", 18, 19.32, 7.5), word("May", 224, 19.09, 9.2)]
    assert texts(in_rows(words, place)) == ["May", "Pacifica"]  # by their tops


def test_a_label_and_its_value_drawn_a_rounding_apart_read_label_first(tmp_path: Path) -> None:
    path = tmp_path / "rounded.pdf"
    page = canvas.Canvas(str(path), pagesize=letter)
    page.setFont("Helvetica", 10)
    page.drawString(40, 700.0, "To")  # the value's baseline a rounding higher than its label's
    page.drawString(282, 700.004, "National Commodity Specialist Division")
    page.drawString(40, 685.0, "Requester")
    page.drawString(282, 685.004, "Meridian Trade Compliance Partners")
    page.save()
    with open_pdf(path) as document:
        assert [p.text for p in paragraphs(document)] == [
            "To", "National Commodity Specialist Division", "Requester",
            "Meridian Trade Compliance Partners"]
