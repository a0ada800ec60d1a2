"""A violation dated by a reference to the entries: "The violation began with the first entry
listed below", "Date of violation: date of the earliest entry (see table)".

The date of the violation is that of the first false act (19 U.S.C. 1621: five years from it),
so a referral that says it began with the first entry dates it by that entry. It is read only
when the first entry listed is also the earliest, so "first" cannot mean two things.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.dates import find_dates_across_lines
from bots.penalty_notice.extract_entries import EntryRow
from bots.penalty_notice.extract_header import INFERRED
from bots.penalty_notice.extract_prose import VIOLATION_DATE_CUE
from tradebots.facts import Extracted
from tradebots.pdf import TextStream

_REACH = 80  # characters after the cue, within its sentence, that may name the entry
# "the first entry", "the earliest of the entries", "the initial importation listed below".
_FIRST_ENTRY = re.compile(
    r"(?i)\b(?:first|earliest|initial|oldest)\s+(?:(?:listed|of\s+the)\s+)?"
    r"(?:entry|entries|importation|shipment|entry\s+summary)\b"
)
_SENTENCE_END = re.compile(r"\.(?:\s|$)|;|\n\s*\n")


def violation_at_first_entry(stream: TextStream, rows: Sequence[EntryRow]) -> Extracted | None:
    """The first entry's date where a violation cue names that entry instead of a date; None when
    no cue does, a date stands between, or the first listed entry is not the earliest."""
    dates = [row.values["entry_date"] for row in rows if "entry_date" in row.values]
    if not dates or len(dates) != len(rows) or dates[0].value != min(d.value for d in dates):
        return None
    for cue in stream.finditer(VIOLATION_DATE_CUE):
        window = stream.text[cue.end():cue.end() + _REACH]
        if (end := _SENTENCE_END.search(window)) is not None:
            window = window[:end.start()]
        named = _FIRST_ENTRY.search(window)
        if named is None or find_dates_across_lines(window[:named.start()]):
            continue
        return Extracted(dates[0].value, dates[0].evidence, INFERRED)
    return None
