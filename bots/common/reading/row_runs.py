"""Table rows whose cells the layout broke (tab stops too narrow, an amount wrapped to the next
line, "$" left apart from its figure): each row read as the run of text from its key (an entry
number) to the next key, its values typed by what they are: dates, money, and the words left."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bots.common.reading.dates import find_dates
from bots.common.reading.money import GROUP_GAP, parse_money

# An amount in a broken row: with a currency (which may stand apart, even a line above), or
# with cents or separators; a bare "3" or "2024" is not money.
# An OCR layer may set a space after a thousands comma ("$95, 444.57"): a group of three
# digits closed by cents or by the next group after ", " is the same amount, never a second one.
_SPACED = r"(?<=,)\s(?=\d{3}(?:\.\d{2}\b|,\s?\d{3}))"
# After a currency, thousands may be set apart by a space or a thin space ("$41 250.00"): a
# group of three digits closed by cents or by the next group is the same amount.
_GROUP = rf"(?<=\d){GROUP_GAP}(?=\d{{3}}(?:\.\d{{2}}\b|{GROUP_GAP}\d{{3}}))"
_MONEY = re.compile(
    r"(?<![\w.,])(?:(?:US\s*\$|USD\s*\$?|\$)\s*-?\s*\d(?:[\d,]|" + _SPACED + "|" + _GROUP + r")*"
    r"(?:\.\d{1,2})?"
    r"|-?\d{1,3}(?:,(?:" + _SPACED + r")?\d{3})+(?:\.\d{1,2})?|-?\d+\.\d{2})(?:\s*USD\b)?(?![\d,])",
    re.IGNORECASE,
)
# A line of prose (four words running) or a total closes the last row; so does a new list item
# or a labelled value ("- Domestic value: 278,627.00", "Dutiable value: $1"): a row's wrapped
# cell starts with no bullet and no "Label:" of words.
_CLOSES = re.compile(r"(?i)^\s*(?:total|sum)\b|(?:[A-Za-z]+[,;]?\s+){3}[A-Za-z]{2,}"
                     r"|^\s*[\u2022\u2023\u25aa\u25e6\u00b7\u2219*\u2013-]\s+[A-Za-z]"
                     r"|^\s*[A-Za-z][A-Za-z.'()/]*(?:\s+[A-Za-z.'()/]+){0,4}\s*:\s"
                     # A memo's or a cable's next numbered paragraph ("8. DOMESTIC VALUE ..."),
                     # or a caption of words set before its figure with no colon ("DOMESTIC
                     # VALUE USD 170,560.00"): a wrapped cell is figures, a word alone or the
                     # row's status in words ("Not liquidated 1,234.56").
                     r"|^\s*\d{1,2}[.)]\s+[A-Za-z]{2,}"
                     r"|^\s*(?!(?:not|un\w*|liq\w*|final|open|pending|suspended|extended"
                     r"|deemed|yes|no)\b)[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){1,3}\s+"
                     r"(?:US\s*\$|USD|\$)?\s*\d")
_HEADER_LINES = 3


@dataclass(frozen=True)
class RunValue:
    """One value of a run, with its span in the text it was read from."""

    start: int
    end: int
    value: date | Decimal | str


@dataclass(frozen=True)
class RowRun:
    """A row: its key's span, its dates, its amounts and its other words, in printed order."""

    key: re.Match[str]
    dates: list[RunValue]
    amounts: list[RunValue]
    words: list[RunValue]


def row_runs(text: str, key: re.Pattern[str]) -> list[RowRun]:
    """Every run of text from one key to the next (or to prose or a total line), typed."""
    keys = list(key.finditer(text))
    runs = []
    for index, found in enumerate(keys):
        end = keys[index + 1].start() if index + 1 < len(keys) else _closing(text, found.end())
        runs.append(_typed(text, found, end))
    return runs


def header_above(text: str, key: re.Pattern[str]) -> list[str]:
    """The lines just above the first key's line (a header whose words wrapped, perhaps under
    a title), top to bottom; callers try the nearest lines first."""
    first = key.search(text)
    if first is None:
        return []
    lines = text[:text.rfind("\n", 0, first.start()) + 1].split("\n")[:-1]
    header: list[str] = []
    for line in reversed(lines[-_HEADER_LINES:]):
        if not line.strip() or line.rstrip().endswith("."):
            break
        header.insert(0, line)
    return header


def _closing(text: str, start: int) -> int:
    line_end = text.find("\n", start)
    offset = len(text) if line_end < 0 else line_end + 1
    while offset < len(text):
        end = text.find("\n", offset)
        end = len(text) if end < 0 else end
        if _CLOSES.search(text[offset:end]):
            return offset
        offset = end + 1
    return len(text)


def _typed(text: str, found: re.Match[str], end: int) -> RowRun:
    start = found.end()
    chunk = text[start:end]
    dates = [RunValue(start + m.start, start + m.end, m.value) for m in find_dates(chunk)]
    taken = [(d.start - start, d.end - start) for d in dates]
    amounts = []
    for match in _MONEY.finditer(chunk):
        if any(a < match.end() and match.start() < b for a, b in taken):
            continue  # "15, 2023" inside a date is not money
        value = parse_money(re.sub(r",\s+", ",", " ".join(match.group(0).split())))
        if value is not None:
            amounts.append(RunValue(start + match.start(), start + match.end(), value))
            taken.append((match.start(), match.end()))
    words = [RunValue(start + m.start(), start + m.end(), m.group(0))
             for m in re.finditer(r"[A-Za-z][\w.?/-]*", chunk)
             if not any(a <= m.start() < b for a, b in taken)]
    return RowRun(found, dates, amounts, words)
