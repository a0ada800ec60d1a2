"""Liquidation marks drawn as check boxes in an entries table: a flattened form leaves no text
for a box, so only its drawing tells whether the entry is liquidated (19 U.S.C. 1504).

A row takes a box only when it is the row's one box and the column it stands in is headed by a
liquidation word ("Liq.", "Liquidated", "Status", "Final"); otherwise the row keeps its
liquidation unread, which goes to a person (actual against potential loss, 162.71(a)).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.tick_boxes import DrawnBox, drawn_boxes
from bots.penalty_notice.extract_entries import CONTENT_ONLY, EntryRow
from tradebots.facts import Evidence, Extracted
from tradebots.pdf import PdfDocument, Word

_LIQUIDATION_HEAD = re.compile(r"(?i)^(?:liq|liquidat|status|final)")
_HEAD_REACH = 400.0  # points: how far above its box a column's heading may stand


def with_drawn_marks(rows: list[EntryRow], document: PdfDocument) -> list[EntryRow]:
    """ROWS, each with no liquidation read taking the state of its row's one drawn box under a
    liquidation heading."""
    if all("liquidated" in row.values for row in rows):
        return rows
    boxes = drawn_boxes(document)
    if not boxes:
        return rows
    words = {page: document.words(page) for page in {b.page for b in boxes}}
    return [_marked(row, boxes, words) if "liquidated" not in row.values else row
            for row in rows]


def _marked(row: EntryRow, boxes: Sequence[DrawnBox], words: dict[int, list[Word]]) -> EntryRow:
    where = row.number.evidence
    if where is None:
        return row
    _, top, x1, bottom = where.bbox
    on_line = [b for b in boxes if b.page == where.page and b.bbox[0] >= x1
               and min(bottom, b.bbox[3]) - max(top, b.bbox[1]) > 0]
    if len(on_line) != 1 or not _headed(on_line[0], words.get(where.page, [])):
        return row
    box = on_line[0]
    state = "ticked box" if box.ticked else "empty box"
    mark = Extracted(box.ticked, Evidence(box.page, box.bbox, state), CONTENT_ONLY)
    return EntryRow(row.number, row.values | {"liquidated": mark})


def _headed(box: DrawnBox, words: Sequence[Word]) -> bool:
    """Whether the nearest word above the box in its column is a liquidation heading."""
    above = [w for w in words if w.bottom <= box.bbox[1] and box.bbox[1] - w.bottom < _HEAD_REACH
             and min(w.x1, box.bbox[2] + 4) - max(w.x0, box.bbox[0] - 4) > 0]
    if not above:
        return False
    nearest = max(above, key=lambda w: w.bottom)
    return bool(_LIQUIDATION_HEAD.match(nearest.text))
