"""The boxes of an attached CBP Form 7501 entry summary that can corroborate a letter: box 1
(filer code / entry number), box 7 (entry date) and box 23 (importer number). Box 3 (summary
date) and box 11 (import date) print dates too, and are never the entry date (19 CFR 141.61;
CBP Form 7501 instructions).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

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
    number: tuple[str, Evidence] | None = None
    for line in lines:
        for segment in line:
            for match in _ENTRY_NUMBER.finditer(segment.text):
                parsed = parse_entry_number(match.group(0).replace(" ", ""))
                if parsed is not None:
                    printed = f"{parsed[0]}-{parsed[1]}-{parsed[2]}"
                    number = (printed, evidence_of(_words_of(segment, match.start(), match.end())))
                    break
            if number:
                break
        if number:
            break
    if number is None:
        return None
    found = _entry_date(lines)
    importer = _importer_number(lines)
    return EntrySummaryRead(number[0], found[0] if found else None, number[1],
                            found[1] if found else None, importer[0] if importer else None,
                            importer[1] if importer else None)


def entry_numbers_in(text: str) -> list[str]:
    """Every valid entry number a text prints, as XXX-NNNNNNN-C."""
    found = []
    for match in _ENTRY_NUMBER.finditer(text):
        parsed = parse_entry_number(match.group(0).replace(" ", ""))
        if parsed is not None:
            found.append(f"{parsed[0]}-{parsed[1]}-{parsed[2]}")
    return found


def _importer_number(lines: Sequence[Sequence[Segment]]) -> tuple[str, Evidence] | None:
    """Box 23's number, after its caption on the line or under it."""
    words = [[w for s in line for w in s.words] for line in lines]
    for row, line in enumerate(words):
        text, starts = _joined(line)
        for caption in _IMPORTER_NO.finditer(text):
            after = text[caption.end():].split()
            parsed = parse_importer_number(after[0]) if after else None
            if parsed is not None:
                at = caption.end() + text[caption.end():].index(after[0])
                return parsed.normalized, evidence_of(_span(line, starts, at, at + len(after[0])))
            label = _span(line, starts, caption.start(), caption.end())
            for below in words[row + 1:row + 3]:
                under = [w for w in below if w.x1 > label[0].x0 - 4 and w.x0 < label[-1].x1 + 40]
                found = next((p for w in under if (p := parse_importer_number(w.text))), None)
                if found is not None:
                    return found.normalized, evidence_of(under)
    return None


def _entry_date(lines: Sequence[Sequence[Segment]]) -> tuple[date, Evidence] | None:
    """Box 7's date: after its caption on the line, else the date printed under the caption."""
    words = [[w for s in line for w in s.words] for line in lines]
    for row, line in enumerate(words):
        text, starts = _joined(line)
        for caption in _ENTRY_DATE.finditer(text):
            if _NOT_ENTRY_DATE.search(text[:caption.start()]):
                continue
            after = next(find_dates(text[caption.end():]), None)
            gap = text[caption.end():caption.end() + after.start] if after else ""
            if after is not None and len(gap.split()) == 0:
                at = caption.end() + after.start
                return after.value, evidence_of(_span(line, starts, at, at + len(after.text)))
            label = _span(line, starts, caption.start(), caption.end())
            below = _date_below(words[row + 1:row + 3], label)
            if below is not None:
                return below
    return None


def _date_below(lines: list[list[Word]], label: list[Word]) -> tuple[date, Evidence] | None:
    left, right, bottom = label[0].x0, label[-1].x1, label[-1].bottom
    for line in lines:
        under = [w for w in line if w.x1 > left - 4 and w.x0 < right + 40
                 and w.top - bottom < _BELOW]
        found = next(find_dates(" ".join(w.text for w in under)), None)
        if found is not None:
            return found.value, evidence_of(under)
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
