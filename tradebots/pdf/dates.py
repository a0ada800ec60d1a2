"""Dates as US documents print them: 01/05/2024, 1/5/24, Jan. 5, 2024, 5 January 2024, ISO."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
DATE_PATTERN = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
    r"|(?P<nm>\d{1,2})(?P<sep>[/.-])(?P<nd>\d{1,2})(?P=sep)(?P<ny>\d{4}|\d{2})"
    rf"|(?P<tm>{_MONTH})\.?\s+(?P<td>\d{{1,2}}){_ORDINAL},?\s+(?P<ty>\d{{4}})"
    rf"|(?P<dd>\d{{1,2}}){_ORDINAL}[\s-]+(?P<dm>{_MONTH})\.?,?[\s-]+(?P<dy>\d{{4}})"
    r")(?![\w-])",
    re.IGNORECASE,
)
# Two-digit years: 70-99 are the 1900s; customs entries start long after 1970.
_CENTURY_PIVOT = 70


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: date


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 1900 if year >= _CENTURY_PIVOT else 2000
    return year


def _from_match(match: re.Match[str]) -> date | None:
    groups = match.groupdict()
    try:
        if groups["iy"]:
            return date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        if groups["ny"]:
            return date(_year(groups["ny"]), int(groups["nm"]), int(groups["nd"]))
        if groups["ty"]:
            month = _MONTHS[groups["tm"][:3].lower()]
            return date(int(groups["ty"]), month, int(groups["td"]))
        month = _MONTHS[groups["dm"][:3].lower()]
        return date(int(groups["dy"]), month, int(groups["dd"]))
    except ValueError:  # 02/30/2024 and the like: printed like a date, but none
        return None


def find_dates(text: str) -> Iterator[DateMatch]:
    """Every valid date in `text`, in order, with its character span."""
    for match in DATE_PATTERN.finditer(text):
        value = _from_match(match)
        if value is not None:
            yield DateMatch(match.start(), match.end(), match.group(0), value)


def parse_us_date(text: str) -> date | None:
    """The first date printed in `text`, or None."""
    return next((m.value for m in find_dates(text)), None)
