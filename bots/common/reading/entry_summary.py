"""The boxes of an attached CBP Form 7501 entry summary that can corroborate a letter: box 1
(filer code / entry number), box 7 (entry date) and box 23 (importer number). Box 3 (summary
date) and box 11 (import date) print dates too, and are never the entry date (19 CFR 141.61;
CBP Form 7501 instructions).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from bots.customs.entry_numbers import parse_entry_number
from bots.customs.identifiers import parse_importer_number
from tradebots.facts import Evidence
from tradebots.pdf import Segment, Word, evidence_of, find_dates

# "7. Entry Date", "(7) ENTRY DATE", "Entry Dt": never the summary date or the import date.
_ENTRY_DATE = re.compile(r"(?<![\w.])(?:\(?7[.)]?\s*)?entry\s+d(?:ate|t\.?)\b\s*:?", re.I)
_NOT_ENTRY_DATE = re.compile(r"(?:summary|import|export|liquidation)\s*$", re.I)
_ENTRY_NUMBER = re.compile(r"\b([A-Z0-9]{3})[-\s]?(\d{7})[-\s]?(\d)\b")
_IMPORTER_NO = re.compile(r"(?<![\w.])(?:\(?23[.)]?\s*)?importer\s+(?:no|number|#)\b\.?\s*:?", re.I)
_BELOW = 30.0  # points: a box's value printed under its caption
T = TypeVar("T")


@dataclass(frozen=True)
class EntrySummaryRead:
    """An attached entry summary's entry number and entry date, each with where it stands."""

    entry_number: str
    entry_date: date | None
    evidence: Evidence
    date_evidence: Evidence | None
    importer_number: str | None = None
    importer_evidence: Evidence | None = None


def read_entry_summary(lines: Sequence[Sequence[Segment]]) -> EntrySummaryRead | None:
    """The entry number and entry date a 7501's lines print, or None without a valid number."""
    number = next(((printed, evidence_of(_words_of(segment, at, end)))
                   for line in lines for segment in line
                   for printed, at, end in _entry_numbers(segment.text)), None)
    if number is None:
        return None
    found = _box(lines, _ENTRY_DATE, _first_date, _NOT_ENTRY_DATE)
    importer = _box(lines, _IMPORTER_NO, _first_importer_number)
    return EntrySummaryRead(number[0], found[0] if found else None, number[1],
                            found[1] if found else None, importer[0] if importer else None,
                            importer[1] if importer else None)


def entry_numbers_in(text: str) -> list[str]:
    """Every valid entry number a text prints, as XXX-NNNNNNN-C."""
    return [printed for printed, _, _ in _entry_numbers(text)]


def _entry_numbers(text: str) -> list[tuple[str, int, int]]:
    found = []
    for match in _ENTRY_NUMBER.finditer(text):
        parsed = parse_entry_number(match.group(0).replace(" ", ""))
        if parsed is not None:
            found.append((f"{parsed[0]}-{parsed[1]}-{parsed[2]}", match.start(), match.end()))
    return found


def _first_date(text: str) -> tuple[date, int, int] | None:
    found = next(find_dates(text), None)
    return (found.value, found.start, found.end) if found else None


def _first_importer_number(text: str) -> tuple[str, int, int] | None:
    for token in re.finditer(r"\S+", text):
        parsed = parse_importer_number(token.group(0))
        if parsed is not None:
            return parsed.normalized, token.start(), token.end()
    return None


def _box(lines: Sequence[Sequence[Segment]], caption: re.Pattern[str],
         find: Callable[[str], tuple[T, int, int] | None],
         not_after: re.Pattern[str] | None = None) -> tuple[T, Evidence] | None:
    """A box's value: right after its caption on the line, else printed under the caption (a
    caption NOT_AFTER follows, "Summary Date" for "Date", is another box's)."""
    words = [[w for s in line for w in s.words] for line in lines]
    for row, line in enumerate(words):
        text, starts = _joined(line)
        for label in caption.finditer(text):
            if not_after is not None and not_after.search(text[:label.start()]):
                continue
            hit = find(text[label.end():])
            if hit is not None and not text[label.end():][:hit[1]].strip():
                at = label.end() + hit[1]
                return hit[0], evidence_of(_span(line, starts, at, label.end() + hit[2]))
            over = _span(line, starts, label.start(), label.end())
            for below in words[row + 1:row + 3]:
                under = [w for w in below if w.x1 > over[0].x0 - 4 and w.x0 < over[-1].x1 + 40
                         and w.top - over[-1].bottom < _BELOW]
                hit = find(" ".join(w.text for w in under))
                if hit is not None:
                    return hit[0], evidence_of(under)
    return None


def _joined(words: list[Word]) -> tuple[str, list[int]]:
    starts, at = [], 0
    for word in words:
        starts.append(at)
        at += len(word.text) + 1
    return " ".join(w.text for w in words), starts


def _span(words: list[Word], starts: list[int], start: int, end: int) -> list[Word]:
    return [w for w, at in zip(words, starts, strict=True) if at < end and at + len(w.text) > start]


def _words_of(segment: Segment, start: int, end: int) -> list[Word]:
    words = list(segment.words)
    _, starts = _joined(words)
    return _span(words, starts, start, end) or words
