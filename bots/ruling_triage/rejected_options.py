"""Tariff numbers a table of the options considered rules out: a row answered "No" (or
"Rejected") under a yes/no column ("Applies?", "Proposed?", "Selected?") names an alternative
the sender argues against, not a classification it proposes (19 CFR 177.2(b)(6))."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import Paragraph

# A column asking whether the row's number is the one proposed.
_CHOICE_HEADER = re.compile(r"\s*(?:applies|applicable|proposed|selected|chosen|adopted|accepted"
                            r"|preferred|correct)\s*\?\s*", re.I)
# The row's answer: ruled out.
_RULED_OUT = re.compile(r"\s*(?:no|n|rejected|ruled\s+out|not\s+(?:applicable|proposed|selected)"
                        r"|does\s+not\s+apply)\b(?!\s*\.?\s*\d)[^\n]{0,60}", re.I)
_SAME_LINE = 2.0  # points: cells of one printed row share their top, give or take
_COLUMN = 12.0  # points: an answer starts this close under its column's header

Row = tuple[int, float]  # page, top of a printed row


def ruled_out_rows(items: list[Paragraph]) -> list[Row]:
    """The printed rows a yes/no column answers "No", as (page, top)."""
    lines = [(p.page, s) for p in items for s in p.segments]
    rows: list[Row] = []
    for page, header in lines:
        if not _CHOICE_HEADER.fullmatch(header.text):
            continue
        rows += [(page, answer.top) for at, answer in lines
                 if at == page and answer.top > header.bottom
                 and abs(answer.x0 - header.x0) <= _COLUMN and _RULED_OUT.fullmatch(answer.text)]
    return rows


def on_ruled_out_row(paragraph: Paragraph, start: int, end: int, rows: list[Row]) -> bool:
    """Whether the text at START..END of PARAGRAPH stands on one of the ruled-out ROWS."""
    return any(paragraph.page == page and abs(word.top - top) <= _SAME_LINE
               for word in paragraph.words_at(start, end) for page, top in rows)

