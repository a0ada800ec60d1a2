"""Geometry several readers ask of one document (drawn boxes, rings) is worked out once per
document, and afresh once narrow() changes the pages read."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from bots.common.reading.drawn_answers import answer_shapes
from bots.common.reading.tick_boxes import drawn_boxes
from tradebots.pdf import PdfDocument, open_pdf


def two_pages_with_a_box_each(path: Path) -> Path:
    sheet = canvas.Canvas(str(path), pagesize=letter)
    for caption in ("Prior disclosure made", "Goods liquidated"):
        sheet.rect(72, 700, 9, 9, fill=1)
        sheet.drawString(86, 701, caption)
        sheet.showPage()
    sheet.save()
    return path


def test_a_derived_value_is_computed_once_per_document(tmp_path: Path) -> None:
    calls: list[int] = []

    def pages_read(document: PdfDocument) -> tuple[int, ...]:
        calls.append(1)
        return tuple(document.page_numbers)

    with open_pdf(two_pages_with_a_box_each(tmp_path / "two.pdf")) as document:
        assert document.derived(pages_read) == (1, 2)
        assert document.derived(pages_read) == (1, 2)
    assert len(calls) == 1


def test_narrowing_the_pages_read_computes_it_afresh(tmp_path: Path) -> None:
    with open_pdf(two_pages_with_a_box_each(tmp_path / "two.pdf")) as document:
        assert [b.page for b in drawn_boxes(document)] == [1, 2]
        document.narrow([2], {})
        assert [b.page for b in drawn_boxes(document)] == [2]
        assert drawn_boxes(document)[0].ticked


def test_every_reader_gets_the_same_boxes_and_rings(tmp_path: Path) -> None:
    with open_pdf(two_pages_with_a_box_each(tmp_path / "two.pdf")) as document:
        assert drawn_boxes(document) is drawn_boxes(document)
        assert answer_shapes(document) is answer_shapes(document)
        assert len(answer_shapes(document)) == 2
