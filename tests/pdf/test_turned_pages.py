"""Pages as senders store, print and scan them: however a page is turned, its words are read
upright and in reading order; a page with a sideways note in its margin is not turned."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from bench.reprint_pages import (
    redraw_2up,
    redraw_fit94,
    redraw_sideways,
    redraw_stored90,
    redraw_stored270,
    redraw_upside,
    turned,
)
from tradebots.pdf import open_pdf

LINES = ("Protest under 19 U.S.C. 1514", "Port of Los Angeles (Port Code 2704)",
         "Protestant: Harborline Outdoor Gear, Inc.", "Entry 123-4567890-1 dated 03/07/2025",
         "Respectfully submitted, Ingrid Solvang")
Redraw = Callable[[Path, Path, int], None]


def letter_pdf(path: Path, note: str | None = None, pages: int = 1) -> Path:
    """A portrait letter of LINES (page N's lines marked "N:" after the first); NOTE printed up
    the left margin, turned a quarter."""
    page = canvas.Canvas(str(path), pagesize=letter)
    for number in range(1, pages + 1):
        if number > 1:
            page.showPage()
        page.setFont("Helvetica", 11)
        for index, line in enumerate(LINES):
            page.drawString(72, 700 - 18 * index, f"{number}: {line}" if number > 1 else line)
    if note:
        page.saveState()
        page.translate(30, 200)
        page.rotate(90)
        page.drawString(0, 0, note)
        page.restoreState()
    page.save()
    return path


def read_lines(path: Path, page: int = 1) -> list[str]:
    with open_pdf(path) as document:
        return [" ".join(s.text for s in line) for line in document.segments(page)]


def _clockwise(source: Path, target: Path, seed: int) -> None:
    """Content turned clockwise and left so: text running down the page."""
    from pypdf import PdfWriter
    writer = PdfWriter(clone_from=source)
    for page in writer.pages:
        turned(page, counterclockwise=False)
    with target.open("wb") as out:
        writer.write(out)


@pytest.mark.parametrize("redraw", [redraw_sideways, _clockwise, redraw_upside, redraw_stored90,
                                    redraw_stored270, redraw_fit94],
                         ids=["sideways", "clockwise", "upside", "stored90", "stored270", "fit94"])
def test_a_turned_page_reads_upright_in_reading_order(tmp_path: Path, redraw: Redraw) -> None:
    original = letter_pdf(tmp_path / "letter.pdf")
    printed = tmp_path / "printed.pdf"
    redraw(original, printed, 0)
    assert read_lines(printed) == list(LINES)


def test_a_sideways_margin_note_leaves_the_page_as_it_is(tmp_path: Path) -> None:
    with_note = letter_pdf(tmp_path / "noted.pdf", note="Received CBP 2025")
    lines = read_lines(with_note)
    assert lines[:len(LINES)] == list(LINES)


def test_evidence_boxes_lie_on_the_page_as_read(tmp_path: Path) -> None:
    printed = tmp_path / "printed.pdf"
    redraw_sideways(letter_pdf(tmp_path / "letter.pdf"), printed, 0)
    with open_pdf(printed) as document:
        page = document.page(1)
        first = document.words(1)[0]
        assert (first.text, page.width < page.height) == ("Protest", True)  # portrait again
        assert 0 <= first.x0 < first.x1 <= page.width and 0 <= first.top < page.height


def test_a_2up_sheet_reads_as_two_pages_left_then_right(tmp_path: Path) -> None:
    printed = tmp_path / "2up.pdf"
    redraw_2up(letter_pdf(tmp_path / "letter.pdf", pages=3), printed, 0)
    with open_pdf(printed) as document:
        assert [document.physical(n)[0] for n in document.page_numbers] == [1, 1, 2]
        words = document.words(2)
        assert {w.page for w in words} == {2} and min(w.x0 for w in words) > 396
    assert [read_lines(printed, n) for n in (1, 2, 3)] == [
        list(LINES), [f"2: {line}" for line in LINES], [f"3: {line}" for line in LINES]]


def test_a_landscape_page_with_a_title_across_its_middle_is_one_page(tmp_path: Path) -> None:
    path = tmp_path / "landscape.pdf"
    page = canvas.Canvas(str(path), pagesize=(792, 612))
    page.setFont("Helvetica", 11)
    page.drawCentredString(396, 560, "NOTICE OF PENALTY - 19 U.S.C. 1592")
    for index in range(5):  # two columns of a table, a wide gap between them at the middle
        page.drawString(72, 500 - 18 * index, f"Entry 123-456789{index}-1")
        page.drawString(480, 500 - 18 * index, f"$1,{index}00.00")
    page.save()
    with open_pdf(path) as document:
        assert document.page_count == 1
        assert [" ".join(s.text for s in line) for line in document.segments(1)][1] == \
            "Entry 123-4567890-1 $1,000.00"
