"""Dates in every style senders print: 03/07/2025, 3/7/25, March 7, 2025, Mar. 7, 2025,
7 March 2025, 2025-03-07, FEB 15 2024 (a stamp), "the 7th day of March, 2025", "the 7th of March,
2025", "March the 7th, 2025", March 7,2025, Mar.7, 2025, and the styles
of case systems and spreadsheets: 07MAR25, 07-MAR-2025, 7Jul2024, MAR-07-2025, and year first
with any separator (2025.03.07, 2025/03/07, 2025-Mar-07, 2025 March 7) or none (20250307)."""

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
# Pleadings and certificates write "this 7th day of March, 2025", "the 7th of March, 2025" and
# "March the 7th, 2025"; hurried typists "March 7,2025" and "Mar.7, 2025".
_DAY_OF = re.compile(
    r"(?<!\w)(?P<d>\d{1,2})(?:(?:st|nd|rd|th)\s+(?:day\s+)?|\s+day\s+)of\s+"
    r"(?P<m>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})(?!\w)",
    re.I,
)
_MONTH_FIRST_LOOSE = re.compile(
    r"(?<![A-Za-z])(?P<m>[A-Za-z]{3,9})(?:\.\s*|\s+the\s+)(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s*"
    r"(?P<y>\d{4})(?![\w-])"
    r"|(?<![A-Za-z])(?P<m2>[A-Za-z]{3,9})\s+(?P<d2>\d{1,2})(?:st|nd|rd|th)?,(?P<y2>\d{4})(?![\w-])",
    re.I,
)
_ABBREVIATED = r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?"
_YEAR = r"(?P<y>\d{4}|\d{2})"
# Two digits followed by a four-digit year are a day, not a year: a numbered row "1 November 17,
# 2024" is November 17, 2024, never 1 November 2017.
_YEAR_NOT_DAY = r"(?P<y>\d{4}|\d{2}(?!,?\s+(?:19|20)\d\d(?!\d)))"
# A mainframe's 07MAR25, 07-MAR-2025, 7Jul2024 or 07 MAR 25 (the separator the same on both
# sides), a month-first MAR-07-2025, and year first, which is never ambiguous: 2025.03.07,
# 2025/03/07 (ISO's order, other marks; ISO's dashes are the short forms'), 2025-Mar-07 and
# 2025 March 7.
_SYSTEM_STYLES = (
    re.compile(rf"(?<![\w.-])(?P<d>\d{{1,2}})(?P<s>[-. ]?){_ABBREVIATED}(?P=s){_YEAR_NOT_DAY}"
               r"(?![\w-])", re.I),
    re.compile(rf"(?<![\w.-]){_ABBREVIATED}-(?P<d>\d{{1,2}})-{_YEAR}(?![\w-])", re.I),
    re.compile(r"(?<![\w.-])(?P<y>(?:19|20)\d\d)(?P<s>[./])(?P<n>\d{1,2})(?P=s)(?P<d>\d{1,2})"
               r"(?![\w-]|\.\d)"),
    # A system's compact year-month-day, 20250307 (ISO's basic form): eight digits standing
    # alone, of this era (a 1900s code such as an 8-digit tariff number "19011010" is no date); a
    # longer run of digits, or one after "#", is a number; a clause's comma may follow it.
    re.compile(r"(?<![\w.,/#-])(?P<y>199\d|20\d\d)(?P<n>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
               r"(?![\w/-]|[.,]\d)"),
    # The month capitalised, as a name is ("in 2025 may 7 items ship" is no date).
    re.compile(r"(?<![\w.-])(?P<y>(?:19|20)\d\d)[\s-](?P<m>[A-Z][A-Za-z]{2,8})\.?[\s-]"
               r"(?P<d>\d{1,2})(?![\w-]|\.\d)"),
)
_CENTURY_PIVOT = 70  # two-digit years 70-99 are the 1900s, as tradebots.pdf.dates reads them

# Two table cells printed without a gap: "August 9, 2004August 3, 2005", and day first
# "8 February 202413 December 2024" (the cut only after a whole year, never inside one).
_MONTH_AHEAD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s"
# A pleading's "... 2024the 17th day of May, 2025" likewise.
_GLUED = re.compile(rf"(?<=\d{{4}})(?={_MONTH_AHEAD}|the\s+\d)"
                    rf"|(?<=(?<!\d)(?:19|20)\d\d)(?=(?:[1-9]|[12]\d|3[01])\s+{_MONTH_AHEAD})",
                    re.I)
def _day_of(text: str) -> Iterator[DateMatch]:
    for match in _DAY_OF.finditer(text):
        month = _month_number(match.group("m")[:3])
        try:
            value = date(int(match.group("y")), month, int(match.group("d")))
        except ValueError:
            continue
        yield DateMatch(match.start(), match.end(), match.group(0), value)


def _month_first_loose(text: str) -> Iterator[DateMatch]:
    for match in _MONTH_FIRST_LOOSE.finditer(text):
        month_name = match.group("m") or match.group("m2")
        month = _month_number(month_name) if len(month_name) >= 3 else 0
        day, year = match.group("d") or match.group("d2"), match.group("y") or match.group("y2")
        try:
            value = date(int(year), month, int(day))
        except ValueError:
            continue
        yield DateMatch(match.start(), match.end(), match.group(0), value)


def _system_styles(text: str) -> Iterator[DateMatch]:
    for pattern in _SYSTEM_STYLES:
        for match in pattern.finditer(text):
            parts = match.groupdict()
            year = int(parts["y"])
            if len(parts["y"]) == 2:
                year += 1900 if year >= _CENTURY_PIVOT else 2000
            month = int(parts["n"]) if parts.get("n") else _month_number(parts["m"])
            try:
                value = date(year, month, int(parts["d"]))
            except ValueError:
                continue
            yield DateMatch(match.start(), match.end(), match.group(0), value)


def _month_number(name: str) -> int:
    """1-12 for a month's name or its abbreviation; 0 (no date) for any other word."""
    return next((i + 1 for i, full in enumerate(_MONTHS) if full.startswith(name.lower())), 0)


def find_dates(text: str) -> list[DateMatch]:
    """Every valid date in `text`, in reading order, with its span; overlaps keep the longer."""
    cuts = [0, *(m.start() for m in _GLUED.finditer(text)), len(text)]
    found: list[DateMatch] = []
    for start, end in pairwise(cuts):
        found.extend(replace(m, start=m.start + start, end=m.end + start)
                     for m in _dates_in(text[start:end]))
    return found


def _dates_in(text: str) -> list[DateMatch]:
    found = sorted([*_find_short_forms(text), *_day_of(text), *_month_first_loose(text),
                    *_system_styles(text)],
                   key=lambda m: (m.start, -m.end))
    result: list[DateMatch] = []
    for item in found:
        if result and item.start < result[-1].end:
            continue
        result.append(item)
    return result


def find_dates_across_lines(text: str) -> list[DateMatch]:
    """find_dates, with a date broken over two lines at a hyphen or a slash read whole; spans and
    texts are `text`'s own."""
    kept = [i for i, char in enumerate(text) if not (char == "\n" and _broken_at(text, i))]
    joined = "".join(text[i] for i in kept)
    return [DateMatch(kept[m.start], kept[m.end - 1] + 1, text[kept[m.start]:kept[m.end - 1] + 1],
                      m.value) for m in find_dates(joined)]


def _broken_at(text: str, newline: int) -> bool:
    """A date broken over two lines at a hyphen ("2010-10-" / "24") or, in justified text, at
    a slash either side of the break ("12" / "/20/23", "12/" / "20/23")."""
    before, after = text[newline - 1:newline], text[newline + 1:newline + 2]
    return before == "-" or (before == "/" and after.isdigit()) or (
        before.isdigit() and after == "/")


def parse_date(text: str) -> date | None:
    """The first date printed in `text`, or None."""
    found = find_dates(text)
    return found[0].value if found else None


__all__ = ["DateMatch", "find_dates", "find_dates_across_lines", "parse_date"]
