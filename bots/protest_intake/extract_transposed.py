"""An entries grid drawn with ONE COLUMN PER ENTRY: a row of entry numbers beside its caption
("Entry No. | X | Y"), then a row per date ("Date of Entry | d1 | d2", "Liquidated | l1 | l2");
each date is its column's entry's (19 CFR 174.13(a)(3), (a)(4)). Read in prose order, every date
would follow the last number and be taken for it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.common.reading.dates import find_dates
from bots.customs.identifiers import normalize_entry_number
from bots.protest_intake.extract_fields import LABELLED
from tradebots.facts import Extracted
from tradebots.pdf import PdfDocument, Segment, evidence_of

# The numbers row's caption: "Entry No.", "Entry Number", "CBP Entry", "Entry #", "Entries".
_NUMBERS_CAPTION = re.compile(
    r"(?i)^\W*(?:CBP\s+)?(?:entry|entries)(?:\s*(?:no\.?|number|nos\.?|numbers|#|summary\s+no\.?))?"
    r"\W*$")
_ENTRY_NUMBER = re.compile(r"^\s*([A-Z0-9]{3})(?:-\s*|\s+)?(\d{7})(?:-\s*|\s+)?(\d)\s*$")
# A date row's caption names which date it holds: "Date of Entry", "Entry Dt", "Entered",
# "Liquidated", "Date of Liquidation", "Liq. date", "Liquidation".
_LIQUIDATION_CAPTION = re.compile(r"(?i)liquidat|\bliq\b")
_ENTRY_CAPTION = re.compile(
    r"(?i)\b(?:date\s+of\s+entry|entry\s+(?:date|dt\b\.?)|date\s+entered|entered(?:\s+on)?\W*$"
    r"|ent\.?\s+(?:date|dt\b\.?)|date\s+of\s+importation|import(?:ation)?\s+date)")
_ROWS_BELOW = 8  # rows a grid prints under its numbers row (dates, values, notes)
_ALIGN = 6.0  # points: a date stands in its number's column, give or take


Dated = dict[tuple[int, float, float], tuple[Extracted | None, Extracted | None]]


def transposed_dates(document: PdfDocument) -> Dated:
    """Each number cell of a one-column-per-entry grid, keyed by (page, x0, top) of its
    number, with the entry and liquidation dates printed in its column."""
    found: Dated = {}
    for page in document.page_numbers:
        lines = document.reading_lines(page)
        for index, line in enumerate(lines):
            numbers = _numbers_row(line)
            if numbers:
                found.update(_columns(numbers, lines[index + 1:index + 1 + _ROWS_BELOW]))
    return found


def _numbers_row(line: Sequence[Segment]) -> list[Segment]:
    """The number cells of a row captioned as the entries' numbers, every other cell a number."""
    if len(line) < 2 or not _NUMBERS_CAPTION.match(line[0].text):
        return []
    cells = list(line[1:])
    if not all(_is_number(cell.text) for cell in cells):
        return []
    return cells


def _is_number(text: str) -> bool:
    match = _ENTRY_NUMBER.match(text)
    return match is not None and normalize_entry_number("-".join(match.groups())) is not None


def _columns(numbers: list[Segment], below: Sequence[Sequence[Segment]]) -> Dated:
    """Each number's dates from the captioned date rows under it, each date in its column."""
    dates: dict[int, dict[str, Extracted]] = {i: {} for i in range(len(numbers))}
    for line in below:
        if len(line) < 2:
            break  # the grid ends where a line has no cells beside its caption
        kind = _row_kind(line)
        if kind is None:
            continue  # another row of the grid ("Value", "Port"): no date of its entries
        for cell in line[1:]:
            column = _column_of(cell, numbers)
            found = find_dates(cell.text)
            if column is None or len(found) != 1:
                continue
            dates[column].setdefault(kind, Extracted(found[0].value, evidence_of(cell.words),
                                                     LABELLED))
    return {(n.page, n.x0, n.top): (dates[i].get("entry"), dates[i].get("liquidation"))
            for i, n in enumerate(numbers) if dates[i]}


def _row_kind(line: Sequence[Segment]) -> str | None:
    """Which date a row holds, by its caption; None for a row that is no date row."""
    if find_dates(line[0].text) or _NUMBERS_CAPTION.match(line[0].text):
        return None
    if _LIQUIDATION_CAPTION.search(line[0].text):
        return "liquidation"
    return "entry" if _ENTRY_CAPTION.search(line[0].text) else None


def _column_of(cell: Segment, numbers: list[Segment]) -> int | None:
    """The number whose column the cell stands in: it starts at the number's left edge, or
    overlaps the number alone."""
    x0, x1 = cell.x0, cell.bbox[2]
    starts = [i for i, n in enumerate(numbers) if abs(n.x0 - x0) <= _ALIGN]
    if len(starts) == 1:
        return starts[0]
    over = [i for i, n in enumerate(numbers) if n.x0 - _ALIGN <= x1 and n.bbox[2] + _ALIGN >= x0]
    return over[0] if len(over) == 1 else None
