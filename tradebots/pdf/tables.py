"""Ruled tables on a page, cell by cell, each cell with its box for evidence."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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


# Two glyphs this close (points) touch within one word: no cell border with its padding fits.
_TOUCHING = 1.0


def _glyph_joints(page: Any) -> list[tuple[float, float, float]]:
    """(middle height, left glyph's centre, right glyph's centre) of each two touching glyphs of
    a printed word, by height."""
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in page.chars:
        if char["text"].strip():
            rows.setdefault(round(char["bottom"]), []).append(char)
    joints = []
    for row in rows.values():
        ordered = sorted(row, key=lambda c: c["x0"])
        for left, right in itertools.pairwise(ordered):
            if right["x0"] - left["x1"] < _TOUCHING:
                joints.append(((left["top"] + left["bottom"]) / 2,
                               (left["x0"] + left["x1"]) / 2, (right["x0"] + right["x1"]) / 2))
    return sorted(joints)


def _cuts_text(edge: dict[str, Any], joints: Sequence[tuple[float, float, float]]) -> bool:
    """A vertical rule that passes between two touching glyphs of one printed word."""
    first = bisect.bisect_left(joints, (edge["top"],))
    last = bisect.bisect_right(joints, (edge["bottom"],))
    return any(left < edge["x0"] < right for _, left, right in joints[first:last])


def _table_settings(page: Any) -> dict[str, Any]:
    """pdfplumber's line strategy, without the vertical rules that run through a word: a cell's
    border never crosses its text, so such a rule is another cell's box drawn over this one
    (overlapping boxes, as an HTML engine draws collapsed borders) or text run over a gridline."""
    vertical = [e for e in page.edges if e["orientation"] == "v"]
    joints = _glyph_joints(page)
    kept = [e for e in vertical if not _cuts_text(e, joints)]
    if len(kept) == len(vertical) or len(kept) < 2:
        return {}
    return {"vertical_strategy": "explicit", "explicit_vertical_lines": kept}


def read_tables(document: PdfDocument, page_number: int) -> list[Table]:
    """Tables drawn with ruling lines on one page, top to bottom."""
    page = document.page(page_number)
    tables = []
    for found in page.find_tables(_table_settings(page)):
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
