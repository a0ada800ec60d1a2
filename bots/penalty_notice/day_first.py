"""All-figure dates that can only be day first: "13.03.2023", "27/09/23" (no month 13 or 27).

The shared reader takes all-figure dates month first, as US senders print them, and finds no
date in "13.03.2023". A sender abroad prints the day first; where the first figure cannot be a
month the date reads one way only. Ambiguous ones ("02.03.2023") are settled for the whole
referral by date_order.
"""

from __future__ import annotations

import re
from datetime import date

from bots.common.reading.dates import find_dates

# Rewriting a stream's day-first dates is shared with the protest bot: it lives with the readers.
from bots.common.reading.day_first import with_day_first_as_iso

__all__ = ["parse_date_either_way", "with_day_first_as_iso"]

_DAY_FIRST = re.compile(r"(?<![\w./-])(?P<d>1[3-9]|2\d|3[01])(?P<s>[./-])(?P<m>0?[1-9]|1[0-2])"
                        r"(?P=s)(?P<y>\d{4}|\d{2})(?![\w/-]|[.,]\d)")
_CENTURY_PIVOT = 70  # two-digit years 70-99 are the 1900s, as the shared reader takes them


def parse_date_either_way(text: str) -> date | None:
    """The first date printed in TEXT, a date that can only be day first included."""
    found = find_dates(text)
    first = found[0] if found else None
    for match in _DAY_FIRST.finditer(text):
        if first is not None and first.start < match.start():
            break
        year = int(match["y"])
        if len(match["y"]) == 2:
            year += 1900 if year >= _CENTURY_PIVOT else 2000
        try:
            return date(year, int(match["m"]), int(match["d"]))
        except ValueError:
            continue
    return first.value if first else None
