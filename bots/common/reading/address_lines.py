"""The lines of one address typed under its first: a suite, floor, building or street on lines of
their own, down to the city line ("418 Harborview Parkway" / "Suite 210" / "Tacoma, WA 98402").

Only lines that are parts of an address may stand between the first line and the city line, so a
form's next caption or a sentence under the value never joins the address."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.parties import STATE_ZIP
from tradebots.pdf.words import Segment, Word

# A unit, floor, building or dock line ("Suite 210", "Ste. 4", "2nd Floor", "Building C, Dock 4",
# "#210"), a street line (a number first) or a post office box.
_PART_LINE = re.compile(
    r"(?i)^\s*(?:(?:suite|ste\.?|floor|fl\.?|unit|room|rm\.?|building|bldg\.?|dock|apt\.?"
    r"|apartment|door|gate|hangar|warehouse|wing|level|mail\s*stop|ms)\s*[#\w-]"
    r"|\d+(?:st|nd|rd|th)\s+floor\b|#\s*\d|\d{1,6}[A-Za-z]?\s+[A-Za-z]|p\.?\s*o\.?\s+box\b)"
    r"[^:]{0,48}$")
MAX_PARTS = 2  # lines an address may hold between its first line and its city line


def city_line(text: str) -> bool:
    """Whether TEXT is an address's last line: its state and ZIP code close it."""
    return bool(STATE_ZIP.search(text)) and ":" not in text


def lines_down_to_city(lines: list[str]) -> list[str] | None:
    """LINES (those typed under an address's first line, in order) down to and with the city
    line, when every line before it is a part of an address; None otherwise."""
    for index, line in enumerate(lines[:MAX_PARTS + 1]):
        if city_line(line):
            return lines[:index + 1]
        if not _PART_LINE.match(line):
            return None
    return None


def part_line(text: str) -> bool:
    """Whether TEXT is a line an address may hold before its city line."""
    return bool(_PART_LINE.match(text))


def lines_set_under(lines: Sequence[Sequence[Segment]], first: Word,
                    last: Word) -> list[str] | None:
    """The address lines typed under a value whose first and last words are FIRST and LAST, on
    the page whose LINES are given: each line set where the value starts (give or take a
    character: a typist's indent), close under the one before, down to the city line."""
    index = next((i for i, line in enumerate(lines) if any(last in s.words for s in line)), None)
    if index is None:
        return None
    texts: list[str] = []
    bottom = last.bottom
    for line in lines[index + 1:index + 2 + MAX_PARTS]:
        under = [s for s in line if abs(s.x0 - first.x0) <= first.height]
        if not under or under[0].top - bottom > last.height:
            return None
        texts.append(under[0].text)
        bottom = under[0].bottom
        if city_line(under[0].text):
            return lines_down_to_city(texts)
    return None
