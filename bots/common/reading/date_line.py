"""A line that is wholly a date: "March 7, 2025", "the seventh day of March, 2025", or a date in
words with its figures after it in parentheses, "the seventh day of March, 2025 (March 7, 2025)"."""

from __future__ import annotations

import re
from datetime import date

from bots.common.reading.dates import find_dates

_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
          "seventeenth", "eighteenth", "nineteenth")
# "twentieth" = 20, "twenty-first" = 21, ..., "thirtieth", "thirty-first".
_ORDINALS: dict[str, int] = {
    **{word: i + 1 for i, word in enumerate(_UNITS)},
    **{word: i + 10 for i, word in enumerate(_TEENS)},
    "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 21 + i for i, word in enumerate(_UNITS)},
    "thirty-first": 31,
}
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
# Deeds and formal letters spell the day: "the twentieth day of May, 2025".
_WORDS_DAY_OF = re.compile(
    r"(?:(?:the|this)\s+)?(?P<d>[a-z]+(?:[-\s][a-z]+)?)\s+day\s+of\s+(?P<m>[a-z]{3,9})\.?,?\s+"
    r"(?P<y>\d{4})(?!\w)", re.I)
_FIGURES = re.compile(r"\s*\(\s*(?P<inner>[^()]+?)\s*\)\s*")
# A line that is only a date may use styles too ambiguous inside running text (where
# "2008.11.10" is a tariff number): "2025.09.24" (year first, dotted or slashed) and the
# military "14JUL25" / "14 JUL 2025". A leading article goes too: "The 23rd day of May, 2025".
_YEAR_FIRST = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<s>[./])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})")
_MILITARY = re.compile(r"(?P<d>\d{1,2})\s?(?P<m>[A-Za-z]{3})\s?(?P<y>\d{4}|\d{2})")
_ARTICLE = re.compile(r"(?:the|this)\s+(?=\d)", re.I)
# All figures whose first number cannot be a month, "27.10.2025", "16/09/2025": day first, the
# only way they read (a swappable "11.04.2025" is read month first, its order settled elsewhere:
# bots/common/reading/date_order).
_DAY_FIRST_ONLY = re.compile(r"(?P<d>1[3-9]|2\d|3[01])(?P<s>[./-])(?P<m>0?[1-9]|1[0-2])(?P=s)"
                             r"(?P<y>(?:19|20)\d\d)")


def _in_words(text: str) -> tuple[date, int] | None:
    """The date spelled at the start of `text` and where it ends, or None."""
    match = _WORDS_DAY_OF.match(text)
    if match is None:
        return None
    day = _ORDINALS.get(re.sub(r"\s+", "-", match["d"].casefold()))
    month = next((i + 1 for i, m in enumerate(_MONTHS) if m.startswith(match["m"].casefold()[:3])),
                 0)
    if day is None or not month:
        return None
    try:
        return date(int(match["y"]), month, day), match.end()
    except ValueError:
        return None


def date_line(text: str) -> date | None:
    """The date when `text` is a date and nothing else; a parenthesised restatement of the same
    date is part of it, a different date in it is not (then None: which one is meant is unsure)."""
    text = _ARTICLE.sub("", text.strip(), count=1)
    alone = _alone(text)
    if alone is not None:
        return alone
    spelled = _in_words(text)
    if spelled is not None:
        value, end = spelled
    else:
        first = next(iter(find_dates(text)), None)
        if first is None or first.start != 0:
            return None
        value, end = first.value, first.end
    rest = text[end:]
    if not rest.strip():
        return value
    figures = _FIGURES.fullmatch(rest)
    if figures is None:
        return None
    again = date_line(figures["inner"])
    return value if again == value else None


def _alone(text: str) -> date | None:
    """A line wholly in a style read only on a line of its own: "2025.09.24", "14JUL25",
    "27.10.2025"."""
    match = (_YEAR_FIRST.fullmatch(text) or _MILITARY.fullmatch(text)
             or _DAY_FIRST_ONLY.fullmatch(text))
    if match is None:
        return None
    month = match["m"]
    number = int(month) if month.isdigit() else next(
        (i + 1 for i, m in enumerate(_MONTHS) if m.startswith(month.casefold())), 0)
    year = int(match["y"]) + (2000 if len(match["y"]) == 2 else 0)
    try:
        return date(year, number, int(match["d"]))
    except ValueError:
        return None
