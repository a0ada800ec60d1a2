"""A table's column read down from its header: "No. | Description | Materials" over the rows of
the goods, printed as cells side by side (each cell its own paragraph)."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span

_DESCRIPTION_HEAD = re.compile(r"\s*(?:(?:product|merchandise|goods)\s+)?description\s*:?\s*",
                               re.I)
_SAME_ROW = 3.0  # points: header cells of one row share their top
_ALIGNED = 8.0  # points: a cell under a left-aligned header starts where the header starts
_REACH = 80.0  # points: the first row stands this close under the header row


def read_description_column(items: list[Paragraph], fields: Fields) -> None:
    """The goods in the first cell under a "Description" column header (177.2(b)(2)(ii))."""
    if "product_description" in fields.items:
        return
    for head in items:
        if not _DESCRIPTION_HEAD.fullmatch(head.text) or not _in_header_row(head, items):
            continue
        # A cell may be centred under a centred header: the header's middle falls inside it.
        middle = (head.x0 + _right(head)) / 2
        below = [p for p in items if p.page == head.page and p.top > head.bottom
                 and p.top - head.bottom < _REACH
                 and (abs(p.x0 - head.x0) < _ALIGNED or p.x0 <= middle <= _right(p))]
        if below:
            cell = min(below, key=lambda p: p.top)
            span = Span(cell, 0, len(cell.text))
            fields.put_span("product_description", span.flat, span, PROSE)
            return


def _right(paragraph: Paragraph) -> float:
    return max(segment.bbox[2] for segment in paragraph.segments)


def _in_header_row(head: Paragraph, items: list[Paragraph]) -> bool:
    """Whether other one-line cells stand on the header's line: a table's header row."""
    return any(p is not head and p.page == head.page and abs(p.top - head.top) < _SAME_ROW
               and len(p.segments) == 1 for p in items)
