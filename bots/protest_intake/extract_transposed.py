"""An entries grid drawn with ONE COLUMN PER ENTRY: a row of entry numbers beside its caption
("Entry No. | X | Y"), then a row per date ("Date of Entry | d1 | d2", "Liquidated | l1 | l2");
each date is its column's entry's (19 CFR 174.13(a)(3), (a)(4)). Read in prose order, every date
would follow the last number and be taken for it."""

from __future__ import annotations

import re

from bots.common.reading.column_grid import ColumnGrid, column_grids
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
# "Liquidated", "Date of Liquidation", "Liq. date", "Liquidation"; where no liquidation is
# protested, the decision's date under its own name (174.13(a)(4)): "Petition Decision",
# "Date of decision", "Decided", "Excluded".
_LIQUIDATION_CAPTION = re.compile(r"(?i)liquidat|\bliq\b|\bdecision\b|\bdecided\b"
                                  r"|\bexclu(?:ded|sion)\b|\bdenied\b|\brefused\b")
_ENTRY_CAPTION = re.compile(
    r"(?i)\b(?:date\s+of\s+entry|entry\s+(?:date|dt\b\.?)|date\s+entered|entered(?:\s+on)?\W*$"
    r"|ent\.?\s+(?:date|dt\b\.?)|date\s+of\s+importation|import(?:ation)?\s+date)")

Dated = dict[tuple[int, float, float], tuple[Extracted | None, Extracted | None]]


def transposed_dates(document: PdfDocument) -> Dated:
    """Each number cell of a one-column-per-entry grid, keyed by (page, x0, top) of its
    number, with the entry and liquidation dates printed in its column."""
    found: Dated = {}
    for page in document.page_numbers:
        for grid in column_grids(document.reading_lines(page), _is_number,
                                 lambda text: _NUMBERS_CAPTION.match(text) is not None, (0,)):
            found.update(_columns(grid))
    return found


def _is_number(text: str) -> bool:
    match = _ENTRY_NUMBER.match(text)
    return match is not None and normalize_entry_number("-".join(match.groups())) is not None


def _columns(grid: ColumnGrid) -> Dated:
    """Each number's dates from the captioned date rows of its grid, each date in its column."""
    dates: dict[int, dict[str, Extracted]] = {i: {} for i in range(len(grid.heads))}
    for row in grid.rows[1:]:
        kind = _row_kind(row.caption)
        if kind is None:
            continue  # another row of the grid ("Value", "Port"): no date of its entries
        for column, cell in enumerate(row.cells):
            found = find_dates(cell.text) if cell else []
            if cell and len(found) == 1:
                dates[column].setdefault(kind, Extracted(found[0].value, evidence_of(cell.words),
                                                         LABELLED))
    return {(n.page, n.x0, n.top): (dates[i].get("entry"), dates[i].get("liquidation"))
            for i, n in enumerate(grid.heads) if dates[i]}


def _row_kind(caption: Segment) -> str | None:
    """Which date a row holds, by its caption; None for a row that is no date row."""
    if find_dates(caption.text) or _NUMBERS_CAPTION.match(caption.text):
        return None
    if _LIQUIDATION_CAPTION.search(caption.text):
        return "liquidation"
    return "entry" if _ENTRY_CAPTION.search(caption.text) else None
