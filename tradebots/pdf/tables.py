"""Ruled tables on a page, cell by cell, each cell with its box for evidence."""

from __future__ import annotations

from dataclasses import dataclass

from tradebots.facts import Evidence
from tradebots.pdf.document import PdfDocument
from tradebots.pdf.words import FORM_FIELD_NOTE, BBox


@dataclass(frozen=True)
class Cell:
    page: int
    bbox: BBox
    text: str  # runs of white space folded to one space; "" for an empty cell
    form_field: bool = False  # its text was read from a filled form field

    def evidence(self) -> Evidence:
        text = f"{self.text} {FORM_FIELD_NOTE}" if self.form_field else self.text
        return Evidence(self.page, self.bbox, text)


@dataclass(frozen=True)
class Table:
    page: int
    bbox: BBox
    rows: tuple[tuple[Cell | None, ...], ...]  # None where a merged cell covers the slot

    def texts(self) -> list[list[str]]:
        """The table as text, "" for empty or covered cells."""
        return [[c.text if c else "" for c in row] for row in self.rows]


def _bbox(raw: tuple[float, ...]) -> BBox:
    x0, top, x1, bottom = (float(v) for v in raw)
    return (x0, top, x1, bottom)


def read_tables(document: PdfDocument, page_number: int) -> list[Table]:
    """Tables drawn with ruling lines on one page, top to bottom."""
    page = document.page(page_number)
    tables = []
    for found in page.find_tables():
        texts = found.extract()
        rows: list[tuple[Cell | None, ...]] = []
        for row, row_texts in zip(found.rows, texts, strict=True):
            cells: list[Cell | None] = []
            for bbox, text in zip(row.cells, row_texts, strict=True):
                if bbox is None:
                    cells.append(None)
                else:
                    folded = " ".join((text or "").split())
                    box = _bbox(bbox)
                    cells.append(Cell(page_number, box, folded,
                                      bool(folded) and document.form_field_in(page_number, box)))
            rows.append(tuple(cells))
        tables.append(Table(page_number, _bbox(found.bbox), tuple(rows)))
    return sorted(tables, key=lambda t: t.bbox[1])
