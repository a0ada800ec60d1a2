"""A form's row of tick boxes: "[X] Sample sent  [ ] Photographs attached  [ ] Confidential".

Drawn forms print each option's caption beside a drawn box, and an "X" (or a tick) inside the box
when it is ticked; typed forms print "[X]" or "[ ]". A caption in a row of options is a yes when a
mark stands right before it and a no when none does: the caption alone asks, it does not state.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.answers import is_answer
from bots.common.reading.tick_boxes import LEAD_EMPTY, LEAD_MARK, MARK_CELL, DrawnBox, box_before
from bots.common.reading.worksheet_cells import right_edge
from bots.ruling_triage.extract_text import LABELLED, PROSE, Fields, Paragraph, Span

_OPTION = {
    "sample_provided": re.compile(r"^(?!.*photograph).*\bsamples?\b", re.I | re.S),
    "confidential_requested": re.compile(r"\bconfidential", re.I),
}
_ANY_OPTION = re.compile(r"\bsamples?\b|\bphotographs?\b|\bconfidential|\bspecification\s+sheet",
                         re.I)
# An answer cell's words ("[X] Yes [ ] No"); a lone mark ("X") before a caption is an option's.
_ANSWER_WORD = re.compile(r"\b(?:yes|no)\b", re.I)
_ROW = 3.0  # points: cells of one row start at the same height, give or take
_BESIDE = 20.0  # points: a mark stands this close before its caption


def read_boxes(items: list[Paragraph], fields: Fields, drawn: Sequence[DrawnBox] = ()) -> None:
    """Sample and confidentiality from a row of at least two options (a form's tick boxes);
    DRAWN boxes say what a fill or a tick drawn as lines leaves out of the text."""
    for row in _rows(items):
        captions = [(i, c) for i, c in enumerate(row) if _ANY_OPTION.search(c.text)]
        marks = [c for c in row if MARK_CELL.fullmatch(c.text) or LEAD_MARK.match(c.text)]
        boxes = {i: box_before(drawn, c.page, c.x0, c.top, c.segments[0].bottom, _BESIDE)
                 for i, c in captions}
        if len(captions) < 2 and not (captions and (marks or any(boxes.values()))):
            continue
        if any(is_answer(c.text) and _ANSWER_WORD.search(c.text) for c in row):
            # "Sample enclosed | [X] Yes [ ] No": a label and its answer cell, not a row of
            # options; the ticked answer decides (extract_boxed_labels), not a mark before.
            continue
        for index, cell in captions:
            box = boxes[index]
            text = cell.text
            lead = LEAD_MARK.match(text) or LEAD_EMPTY.match(text)
            caption = text[lead.end():] if lead else text
            before = row[index - 1] if index else None
            ticked = bool(LEAD_MARK.match(text)) or (
                before is not None and MARK_CELL.fullmatch(before.text) is not None
                and cell.x0 - right_edge(before) <= _BESIDE) or (box is not None and box.ticked)
            # With no mark in the row's text and no drawn box found, a tick drawn as lines
            # cannot be told from none.
            confidence = LABELLED if marks or LEAD_EMPTY.match(text) or box else PROSE
            for key, pattern in _OPTION.items():
                if pattern.search(caption) and sum(
                        1 for _, c in captions if pattern.search(c.text)) == 1:
                    fields.put_span(key, ticked, Span(cell, 0, len(text)), confidence)


def cell_rows(items: list[Paragraph]) -> list[list[int]]:
    """Indexes of one-line cells grouped by page and height, each row of two or more left to
    right."""
    rows: list[list[int]] = []
    single = [i for i, p in enumerate(items) if len(p.segments) == 1]
    for index in sorted(single, key=lambda i: (items[i].page, items[i].top)):
        cell = items[index]
        if rows and items[rows[-1][0]].page == cell.page and abs(
                items[rows[-1][0]].top - cell.top) <= _ROW:
            rows[-1].append(index)
        else:
            rows.append([index])
    return [sorted(row, key=lambda i: items[i].x0) for row in rows if len(row) > 1]


def _rows(items: list[Paragraph]) -> list[list[Paragraph]]:
    """One-line cells grouped by page and height, each row left to right."""
    return [[items[i] for i in row] for row in cell_rows(items)]
