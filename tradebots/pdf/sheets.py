"""A printed sheet that holds two pages side by side (2-up, "multiple pages per sheet"), found so
that each half is read as a page of its own, left then right."""

from __future__ import annotations

from typing import Any

from tradebots.pdf.words import BBox

_GUTTER = 0.04  # of the sheet's width either side of its middle: no printed word or rule there
_FEWEST_LINES = 3  # lines of text each half holds at the least, to be a page and not a margin
_LINE = 2.0  # points: characters whose tops are this close stand on one line


def halves(sheet: Any) -> tuple[BBox, BBox] | None:
    """The left and right halves of SHEET (a pdfplumber page) when it holds two pages side by
    side: a landscape sheet, nothing printed across a gutter at its middle (no word, no rule),
    and lines of text in each half. None for any other page."""
    x0, top, x1, bottom = (float(v) for v in sheet.bbox)
    if x1 - x0 <= bottom - top:
        return None
    middle, gutter = (x0 + x1) / 2, _GUTTER * (x1 - x0)
    chars = [c for c in sheet.chars if str(c["text"]).strip()]
    crossing = [o for o in (*chars, *sheet.edges)
                if float(o["x0"]) < middle + gutter and float(o["x1"]) > middle - gutter]
    if crossing:
        return None
    left = [c for c in chars if float(c["x1"]) <= middle]
    right = [c for c in chars if float(c["x0"]) >= middle]
    if min(_lines(left), _lines(right)) < _FEWEST_LINES:
        return None
    return (x0, top, middle, bottom), (middle, top, x1, bottom)


def _lines(chars: list[dict[str, Any]]) -> int:
    """How many lines CHARS stand on, told apart by their tops."""
    tops = sorted(float(c["top"]) for c in chars)
    return sum(1 for index, top in enumerate(tops) if not index or top - tops[index - 1] > _LINE)
