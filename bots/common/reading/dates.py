"""Dates in every style senders print: 03/07/2025, 3/7/25, March 7, 2025, Mar. 7, 2025,
7 March 2025, 2025-03-07, FEB 15 2024 (a stamp), "the 7th day of March, 2025", and year first
with any separator (2025.03.07, 2025/03/07, 2025-Mar-07, 2025 March 7), and a system's compact
stamp (07MAR25, 07-MAR-25)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from itertools import pairwise

from tradebots.pdf.dates import DateMatch
from tradebots.pdf.dates import find_dates as _find_short_forms

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# Pleadings and certificates write "this 7th day of March, 2025".
_DAY_OF = re.compile(
    r"(?<!\w)(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})"
    r"(?!\w)",
    re.I,
)

# Two table cells printed without a gap: "August 9, 2004August 3, 2005", and day first
# "8 February 202413 December 2024" (the cut only after a whole year, never inside one).
_MONTH_AHEAD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s"
# A pleading's "... 2024the 17th day of May, 2025" likewise.
_GLUED = re.compile(rf"(?<=\d{{4}})(?={_MONTH_AHEAD}|the\s+\d)"
                    rf"|(?<=(?<!\d)(?:19|20)\d\d)(?=(?:[1-9]|[12]\d|3[01])\s+{_MONTH_AHEAD})",
                    re.I)
# Year first is never ambiguous: year, month, day, whatever the separator (ISO's dashes are read
# by the short forms). A month name may stand in the middle ("2025-Mar-07", "2025 March 7").
_YEAR_FIRST = re.compile(
    r"(?<![\w.-])(?P<y>(?:19|20)\d\d)(?:(?P<sep>[./])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"|[\s-](?P<name>[A-Z][A-Za-z]{2,8})\.?[\s-](?P<nd>\d{1,2}))(?![\w-]|\.\d)"
)


# A system's compact stamp: day, month's three letters, year, run together or hyphenated
# ("10MAY24", "07-JUL-24", "7Jul2024"); two-digit years as the short forms read them.
_COMPACT = re.compile(
    r"(?<![\w-])(?P<d>\d{1,2})(?P<sep>-?)(?P<m>[A-Za-z]{3})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w-])"
)
_CENTURY_PIVOT = 70  # as the short forms: 70-99 are the 1900s


def _compact(text: str) -> Iterator[DateMatch]:
    for match in _COMPACT.finditer(text):
        month = _month_number(match.group("m"))
        year = int(match.group("y"))
        if len(match.group("y")) == 2:
            year += 1900 if year >= _CENTURY_PIVOT else 2000
        try:
            value = date(year, month, int(match.group("d")))
        except ValueError:
            continue
        yield DateMatch(match.start(), match.end(), match.group(0), value)


def _month_number(name: str) -> int:
    return next((i + 1 for i, full in enumerate(_MONTHS) if full.startswith(name.lower())), 0)


def _year_first(text: str) -> Iterator[DateMatch]:
    for match in _YEAR_FIRST.finditer(text):
        name = match.group("name")
        month = _month_number(name) if name else int(match.group("m"))
        day = match.group("nd") if name else match.group("d")
        try:
            value = date(int(match.group("y")), month, int(day))
        except ValueError:
            continue
        yield DateMatch(match.start(), match.end(), match.group(0), value)


def _day_of(text: str) -> Iterator[DateMatch]:
    for match in _DAY_OF.finditer(text):
        name = match.group("m").lower()
        month = next((i + 1 for i, full in enumerate(_MONTHS) if full.startswith(name[:3])), 0)
        try:
            value = date(int(match.group("y")), month, int(match.group("d")))
        except ValueError:
            continue
        yield DateMatch(match.start(), match.end(), match.group(0), value)


def find_dates(text: str) -> list[DateMatch]:
    """Every valid date in `text`, in reading order, with its span; overlaps keep the longer."""
    cuts = [0, *(m.start() for m in _GLUED.finditer(text)), len(text)]
    found: list[DateMatch] = []
    for start, end in pairwise(cuts):
        found.extend(replace(m, start=m.start + start, end=m.end + start)
                     for m in _dates_in(text[start:end]))
    return found


def _dates_in(text: str) -> list[DateMatch]:
    found = sorted([*_find_short_forms(text), *_day_of(text), *_year_first(text),
                    *_compact(text)],
                   key=lambda m: (m.start, -m.end))
    result: list[DateMatch] = []
    for item in found:
        if result and item.start < result[-1].end:
            continue
        result.append(item)
    return result


def find_dates_across_lines(text: str) -> list[DateMatch]:
    """find_dates, with a date broken at a hyphen over two lines ("2010-10-" / "24") read whole;
    spans and texts are `text`'s own."""
    kept = [i for i, char in enumerate(text) if not (char == "\n" and text[i - 1:i] == "-")]
    joined = "".join(text[i] for i in kept)
    return [DateMatch(kept[m.start], kept[m.end - 1] + 1, text[kept[m.start]:kept[m.end - 1] + 1],
                      m.value) for m in find_dates(joined)]


def parse_date(text: str) -> date | None:
    """The first date printed in `text`, or None."""
    found = find_dates(text)
    return found[0].value if found else None


__all__ = ["DateMatch", "find_dates", "find_dates_across_lines", "parse_date"]
