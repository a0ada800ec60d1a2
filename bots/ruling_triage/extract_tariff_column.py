"""A goods table's tariff column: cells under a header such as "Proposed HTS", "HTSUS No.",
"Tariff number" or "Subheading" hold the numbers proposed, undotted ("0910300000") as often as
dotted. Under such a header a bare eight- or ten-digit cell is a tariff number; elsewhere it
could be a phone, an account or an invoice number, so only the header lets it be read."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import Paragraph

# The header by meaning: what the column holds, with an optional "proposed" and "no."/"code".
_HEADER = re.compile(
    r"\s*(?:(?:proposed|suggested|claimed|requested|requester'?s)\s+)?"
    r"(?:HTS(?:US|A)?|H\.?T\.?S\.?(?:U\.?S\.?)?|tariff|classification|(?:sub)?heading)"
    r"(?:\s+(?:no\.?|number|code|subheading|classification|item|#))?"
    r"(?:\s*\((?:HTSUS|HTS|10[- ]digit)\))?\s*:?\s*", re.I)
_PLAIN = re.compile(r"\s*(?P<n>\d{10}|\d{8})\s*")
_SAME_ROW = 3.0  # points: header cells of one row share their top
_ALIGNED = 8.0  # points: a cell under a left-aligned header starts where the header starts
_LEAST_HEADS = 3  # a table's header row has three cells or more; a lone caption is a field


def tariff_cells(items: list[Paragraph]) -> dict[int, str]:
    """The bare tariff numbers in any tariff column, by the id of the cell holding each."""
    found: dict[int, str] = {}
    for head in items:
        if len(head.segments) != 1 or not _HEADER.fullmatch(head.text):
            continue
        row = [p for p in items if p.page == head.page and abs(p.top - head.top) < _SAME_ROW
               and len(p.segments) == 1]
        if len(row) < _LEAST_HEADS:
            continue
        for cell in _column(items, head, row):
            if match := _PLAIN.fullmatch(cell.text):
                found[id(cell)] = match["n"]
    return found


def _column(items: list[Paragraph], head: Paragraph, row: list[Paragraph]) -> list[Paragraph]:
    """The cells under HEAD, top to bottom, down to the first paragraph that runs across two
    columns and this one (the text after the table) or the page's end; cells of other columns
    run together by a tight layout ("sleeping bags, commercial and polyester") end nothing."""
    middles = [(p.x0 + _right(p)) / 2 for p in row]
    middle = (head.x0 + _right(head)) / 2
    cells: list[Paragraph] = []
    for cell in sorted((p for p in items if p.page == head.page and p.top > head.bottom),
                       key=lambda p: p.top):
        under = abs(cell.x0 - head.x0) < _ALIGNED or cell.x0 <= middle <= _right(cell)
        if under and sum(cell.x0 <= m <= _right(cell) for m in middles) > 1:
            break
        if under:
            cells.append(cell)
    return cells


def _right(paragraph: Paragraph) -> float:
    return max(segment.bbox[2] for segment in paragraph.segments)
