"""Entries a referral lists apart as no part of the case: a record of prior violations (an
aggravating factor, 19 CFR 171 App. B (G)), entries reviewed and excluded, entries outside the
period, listed "for reference only".

Such a list is printed like the case's own entries table, and read as one it adds their duties to
the loss of duties (19 CFR 162.71(a)) and so to the penalty: a confident draft on a wrong loss.
A list is set apart only by a caption that says so in as many words; its rows are left out of the
case unless the referral lists the same entry among its own.
"""

from __future__ import annotations

import re
from collections import Counter

from bots.customs.identifiers import normalize_entry_number
from bots.penalty_notice.extract_entries import ENTRY_NUMBER, EntryRow

_CASE = r"(?:this|the\s+present|the\s+instant|the)\s+(?:case|referral|penalty|action|claim|matter)"
_APART = re.compile(
    rf"(?i)\bnot\s+(?:(?:part|a\s+part)\s+of|included\s+in|covered\s+by|the\s+subject\s+of"
    rf"|at\s+issue\s+in|considered\s+in)\s+{_CASE}"
    rf"|\bexcluded\b|\b(?:prior|previous|earlier|past)\s+(?:penalty\s+)?(?:violations?|cases?"
    r"|penalties|infractions?)\b|\bclosed\s+case\b|\bfor\s+(?:reference|information|the\s+record)"
    r"\s+only\b|\bno\s+violation\s+(?:was\s+)?found\b|\boutside\s+the\s+(?:period|scope)\b")
# A table's header or a row's wrapped tail: words of the columns, dates and figures, no sentence.
_COLUMN_WORDS = re.compile(r"(?i)\b(?:entry|entries|date|dt|duty|duties|value|val|liq\w*|owed"
                           r"|paid|deposited|status|number|loss|total)\b")
_FIGURES_ONLY = re.compile(r"^[\s$USD\d,./()-]*$")
# A caption that lists nothing apart: "Prior violations: None", "No prior violations".
_NONE_APART = re.compile(
    r"(?i):\s*(?:none|no|nil|n/?a|-+)\W*$|\bno\s+(?:prior|previous|earlier|past)\b")


def _caption(line: str) -> bool:
    """A line that sets the rows below it apart from the case (not itself a header or row)."""
    return bool(_APART.search(line)) and not _NONE_APART.search(line) and not _row_line(line)


def _row_line(line: str) -> bool:
    """A line of the listed rows: an entry's row, the header, or a cell's wrapped tail."""
    if ENTRY_NUMBER.search(line) or _FIGURES_ONLY.match(line):
        return True
    return len(_COLUMN_WORDS.findall(line)) >= 2 and not re.search(r"[a-z]\.\s*$", line)


def _numbers(line: str) -> list[str]:
    found = (normalize_entry_number(m.group(0)) for m in ENTRY_NUMBER.finditer(line))
    return [parsed.normalized for parsed in found if parsed is not None]


def listed_apart(text: str) -> set[str]:
    """The entry numbers TEXT lists only under a caption setting them apart from the case."""
    lines = text.split("\n")
    apart: Counter[str] = Counter()
    index = 0
    while index < len(lines):
        if not _caption(lines[index]):
            index += 1
            continue
        index += 1
        while index < len(lines) and lines[index].strip() and _row_line(lines[index]):
            apart.update(_numbers(lines[index]))
            index += 1
    everywhere = Counter(n for line in lines for n in _numbers(line))
    return {number for number, count in apart.items() if everywhere[number] == count}


def without_apart(text: str, rows: list[EntryRow]) -> list[EntryRow]:
    """ROWS without the entries TEXT lists apart from the case; all ROWS when that would leave
    none (a person then reads what the referral's entries are)."""
    apart = listed_apart(text)
    kept = [row for row in rows if row.number.value not in apart]
    return kept if kept else rows
