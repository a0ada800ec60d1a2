"""Two entries columns printed as one: "Entry Date Liquidated?" over "April 1, 2022 Liquidated".

A word processor's tab-aligned table joins two cells when the first fills its tab stop: the
header names both fields in one cell and each row's cell holds the entry date, then its mark.
The date is read first and the mark from what follows it, never from the date itself (a date in
a liquidation column means liquidated, which would decide actual loss, 19 CFR 162.71(a)). A date
wider than its column runs into the mark with no gap ("September 8, 2022No"): the two are parted
after the date's last figure, as a weaker cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from bots.common.reading.dates import find_dates
from tradebots.facts import Extracted
from tradebots.pdf import Cell

# The entry's date named before a liquidation word; "Date Liquidated" alone is a liquidation date.
# The mark's column is named by meaning: "Liquidated?", "Liq.", "Status", "Final".
_JOINED = re.compile(
    r"(?i)\b(?:entry\s+(?:date|dt\b\.?)|date\s+of\s+entry)\W+.*\b(?:liq|status|final)")


def joined_columns(mapped: dict[str, int], header: list[str]) -> dict[str, int]:
    """The map with the entry date placed in the liquidation column when one header cell names
    both; unchanged otherwise."""
    position = mapped.get("liquidated")
    if "entry_date" in mapped or position is None or position >= len(header):
        return mapped
    if not _JOINED.search(header[position]):
        return mapped
    return mapped | {"entry_date": position}


# A date that fills its column to the mark's edge runs into the mark with no gap ("September 8,
# 2022No", "2022-09-08LIQ", "08/19/2022Y"): the letters after the date's last figure.
_MARK_RUN_ON = re.compile(r"(?<=\d)(?=[A-Za-z][A-Za-z.-]*\s*$)")


def ran_on(text: str, mark_of: Callable[[str], Any]) -> str | None:
    """TEXT parted between a date and the mark run into it ("September 8, 2022 No"); None when
    TEXT shows a date as printed, or no date and mark run together."""
    if find_dates(text):
        return None
    parted = _MARK_RUN_ON.sub(" ", text, count=1)
    tail = parted[parted.rfind(" ") + 1:]
    # Parted only where what follows the figures is a mark and what precedes them a date.
    return parted if parted != text and mark_of(tail) is not None and find_dates(parted) else None


def split_joined(text: str, mark_of: Callable[[str], Any]) -> tuple[Any, Any]:
    """The entry date and the liquidation mark of a joined cell; None for what is not printed."""
    found = next(iter(find_dates(text)), None)
    if found is None:
        parted = ran_on(text, mark_of)
        return split_joined(parted, mark_of) if parted is not None else (None, None)
    rest = text[text.find(found.text) + len(found.text):].strip()
    return found.value, (mark_of(rest) if rest else None)


def joined_values(found: Cell | None, mark_of: Callable[[str], Any], confidence: float,
                  parted: float) -> dict[str, Extracted]:
    """The entry date and liquidation mark of one cell under a joined header; PARTED caps the
    confidence of a date and mark told apart where no gap shows (a weaker cue)."""
    if found is None:
        return {}
    day, mark = split_joined(found.text, mark_of)
    if ran_on(found.text, mark_of) is not None:
        confidence = min(confidence, parted)
    read = {"entry_date": day, "liquidated": mark}
    return {key: Extracted(value, found.evidence(), confidence)
            for key, value in read.items() if value is not None}
