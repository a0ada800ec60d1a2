"""The order of day and month in all-figure dates ("02.03.2023", "02/03/2023"), settled for the
whole document, or the date goes to a person.

A US sender writes month first with slashes or dashes (03/02/2023); a sender abroad writes day
first, mostly with dots (02.03.2023), and sometimes says so ("DD.MM.YYYY", "D.M.Y", "dd/mm/yyyy").
The dates read are month first, so a day-first date whose day is 12 or less is read a wrong month:
a protest's deadline and a referral's limitations date rest on it. A document settles the
order by saying it, or by a date that can be read one way only (13.03.2023: day first; 02.14.2023:
month first). Slashes and dashes are month first unless the document says otherwise; dots, with
nothing to settle them, go to a person when the day and month could be swapped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from tradebots.facts import Extracted

DAY_FIRST, MONTH_FIRST = "day first", "month first"

_FIGURES = re.compile(r"(?<![\w./-])(?P<a>\d{1,2})(?P<s>[./-])(?P<b>\d{1,2})(?P=s)"
                      r"(?P<y>\d{4}|\d{2})(?![\w/-]|[.,]\d)")
# A stated order: "DD.MM.YYYY", "D.M.Y", "dd/mm/yy", "TT.MM.JJJJ", "(day/month/year)".
_SAID = (
    (DAY_FIRST, re.compile(r"(?i)(?<![a-z])(?:d{1,2}|t{1,2})[./-]m{1,2}[./-](?:y{1,4}|j{1,4})"
                           r"(?![a-z])|\bday[\s./-]+month[\s./-]+year\b")),
    (MONTH_FIRST, re.compile(r"(?i)(?<![a-z])m{1,2}[./-]d{1,2}[./-]y{1,4}(?![a-z])"
                             r"|\bmonth[\s./-]+day[\s./-]+year\b")),
)
# Where nothing settles the order: what a US sender means by each mark.
_USUAL = {"/": MONTH_FIRST, "-": MONTH_FIRST, ".": None}


def _said_order(text: str) -> str | None:
    said = {order for order, pattern in _SAID if pattern.search(text)}
    return said.pop() if len(said) == 1 else None


def orders(text: str) -> dict[str, str | None]:
    """For each mark ('.', '/', '-'), the order the document TEXT uses, or None when unsettled
    (nothing settles it, or the document prints both orders)."""
    said = _said_order(text)
    shown: dict[str, set[str]] = {mark: set() for mark in _USUAL}
    for found in _FIGURES.finditer(text):
        first, second = int(found["a"]), int(found["b"])
        if first > 12 >= second:
            shown[found["s"]].add(DAY_FIRST)
        elif second > 12 >= first:
            shown[found["s"]].add(MONTH_FIRST)
    settled: dict[str, str | None] = {}
    for mark, usual in _USUAL.items():
        seen = shown[mark] | ({said} if said else set())
        settled[mark] = seen.pop() if len(seen) == 1 else (usual if not seen else None)
    return settled


def _swappable(item: Extracted) -> re.Match[str] | None:
    """The all-figure date in ITEM's evidence that its value was read from, when its day and
    month could be swapped."""
    if item.evidence is None or not isinstance(item.value, date):
        return None
    for found in _FIGURES.finditer(item.evidence.text):
        first, second = int(found["a"]), int(found["b"])
        if (first, second) == (item.value.month, item.value.day) and first != second <= 12:
            return found
    return None


def settled(item: Extracted, where: str, order: dict[str, str | None]
            ) -> tuple[Extracted | None, str | None]:
    """ITEM with its day and month in the document's order; None and a doubt when unsettled."""
    found = _swappable(item)
    if found is None:
        return item, None
    mark = found["s"]
    if order[mark] == MONTH_FIRST:
        return item, None
    if order[mark] == DAY_FIRST:
        day_first = item.value.replace(month=item.value.day, day=item.value.month)
        return replace(item, value=day_first), None
    return None, (f"The {where} is printed {found.group(0)!r}: day and month could be either "
                  "way round, and the document does not settle which.")
