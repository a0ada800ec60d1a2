"""Ruled tables on a page, cell by cell, each cell with its box for evidence."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tradebots.facts import Evidence
from tradebots.pdf.document import PdfDocument
from tradebots.pdf.words import FORM_FIELD_NOTE, WORD_GAP, BBox


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


# Of the type size: glyphs this close are one run of text (a word, or words a space apart);
# a cell's border with its padding on both sides leaves a wider gap.
_RUN_GAP = 0.3
# Points between two boxes' borders drawn side by side: more than one rule's two edges, less
# than a narrow column.
_DOUBLED = (2.0, 24.0)


def _glyph_joints(page: Any) -> list[tuple[float, float, float]]:
    """(middle height, left glyph's centre, right glyph's centre) of each two neighbouring
    glyphs of one run of printed text, by height."""
    rows: dict[float, list[dict[str, Any]]] = {}
    for char in page.chars:
        if char["text"].strip():
            rows.setdefault(round(char["bottom"]), []).append(char)
    joints = []
    for row in rows.values():
        ordered = sorted(row, key=lambda c: c["x0"])
        for left, right in itertools.pairwise(ordered):
            size = max(float(left.get("size") or 0), float(right.get("size") or 0))
            if right["x0"] - left["x1"] < _RUN_GAP * size:
                joints.append(((left["top"] + left["bottom"]) / 2,
                               (left["x0"] + left["x1"]) / 2, (right["x0"] + right["x1"]) / 2))
    return sorted(joints)


def _cuts_text(edge: dict[str, Any], joints: Sequence[tuple[float, float, float]]) -> bool:
    """A vertical rule that passes between two glyphs of one run of printed text."""
    first = bisect.bisect_left(joints, (edge["top"],))
    last = bisect.bisect_right(joints, (edge["bottom"],))
    return any(left < edge["x0"] < right for _, left, right in joints[first:last])


def _beside_another(edge: dict[str, Any], vertical: Sequence[dict[str, Any]]) -> bool:
    """Another vertical rule a few points from EDGE over the same rows: two boxes' borders."""
    return any(_DOUBLED[0] < abs(other["x0"] - edge["x0"]) < _DOUBLED[1]
               and other["top"] < edge["bottom"] and edge["top"] < other["bottom"]
               for other in vertical)


def _table_settings(page: Any) -> dict[str, Any]:
    """pdfplumber's line strategy, without the rules of boxes drawn over each other that run
    through a word: each cell drawn as its own box, wider than its column (as an HTML engine
    draws collapsed borders), puts its right border inside the next cell, beside that cell's
    left border, and across the next cell's text. A lone gridline that text runs over stays:
    it is the column's border, and the words cut there are joined again later."""
    vertical = [e for e in page.edges if e["orientation"] == "v"]
    joints = _glyph_joints(page)
    kept = [e for e in vertical if not (_cuts_text(e, joints) and _beside_another(e, vertical))]
    if len(kept) == len(vertical) or len(kept) < 2:
        return {}
    return {"vertical_strategy": "explicit", "explicit_vertical_lines": kept}


def read_tables(document: PdfDocument, page_number: int) -> list[Table]:
    """Tables drawn with ruling lines on one page, top to bottom."""
    page = document.page(page_number)
    tables = []
    for found in page.find_tables(_table_settings(page)):
        # Words parted as the page's words are: pdfplumber's default tolerance runs words set
        # tightly (no space typed, a point or two apart) into one ("August5,2024").
        texts = found.extract(x_tolerance_ratio=WORD_GAP)
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
