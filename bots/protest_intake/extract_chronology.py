"""A chronology of events, one a line with its date at the line's head or end ("December 1,
2023 | Entry X made at Houston; date of entry", "Entry X liquidated ... 10/10/2024"): each
entry's date of entry and of liquidation (19 CFR 174.13(a)(3), (a)(4))."""

from __future__ import annotations

import re

from bots.common.reading.dates import find_dates
from bots.protest_intake.extract_entries import (
    ENTRY_IN_TEXT,
    EntryRead,
    is_entry_number,
    number_read,
)
from bots.protest_intake.extract_fields import PROSE
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

# What happened on the line's date: the goods entered, or the entry liquidated (or set to be:
# a bulletin notice's date is the liquidation's). "Entry" itself names the number, not an event.
_LIQUIDATED = re.compile(r"(?i)\bliquidat\w*|\bdate\s+of\s+(?:liquidation|decision)\b")
_ENTERED = re.compile(r"(?i)\b(?:made|entered|filed|lodged|presented|released|date\s+of\s+entry"
                      r"|entry\s+date)\b")
_EDGE = re.compile(r"^[\s.;:,|\u2013\u2014-]*$")  # nothing but punctuation beside the date
_KINDS = ("entry_date", "liquidation_date")


def read_chronology(stream: TextStream) -> list[EntryRead]:
    """One read per entry named on a dated event line, with every date its events give; an
    entry given two dates for one event is left to the other readers."""
    numbers: dict[str, Extracted] = {}
    dated: dict[tuple[str, str], Extracted | None] = {}
    start = 0
    for line in stream.text.split("\n"):
        offset, start = start, start + len(line) + 1
        found = [m for m in ENTRY_IN_TEXT.finditer(stream.text, offset, offset + len(line))
                 if is_entry_number(m)]
        dates = find_dates(line)
        if len(found) != 1 or len(dates) != 1:
            continue
        date = dates[0]
        # The date is the line's own column: at its head or at its end, the event beside it.
        if not (_EDGE.match(line[:date.start]) or _EDGE.match(line[date.end:])):
            continue
        event = line[:date.start] + " " + line[date.end:]
        kinds = [kind for kind, cue in zip(_KINDS, (_ENTERED, _LIQUIDATED), strict=True)
                 if cue.search(event)]
        if len(kinds) != 1:
            continue
        number = number_read(stream, found[0])
        numbers.setdefault(number.value, number)
        key = (number.value, kinds[0])
        item = Extracted(date.value, stream.evidence(offset + date.start, offset + date.end),
                         PROSE)
        kept = dated.get(key, item)
        dated[key] = item if kept is not None and kept.value == date.value else None
    return [EntryRead(number, dated.get((value, _KINDS[0])), dated.get((value, _KINDS[1])))
            for value, number in numbers.items()
            if any(dated.get((value, kind)) is not None for kind in _KINDS)]

