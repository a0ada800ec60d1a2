"""The entries table of a penalty referral: number, date, liquidation, value and duties per entry.

Columns are placed by their header wording, so their order and extra columns (a loss or
difference column, a total row) do not matter. A table that runs onto another page continues
under a repeated header, or under none: a header-less ruled table with as many columns as the
last entries table is read as its continuation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from bots.customs.identifiers import normalize_entry_number
from tradebots.facts import Extracted
from tradebots.pdf import Cell, PdfDocument, Table, parse_money, parse_us_date, read_tables

TABLE_CELL = 0.95
CHECK_DIGIT_FAILED = 0.5  # a number whose check digit disagrees: misread or mistyped

# Tried in order, so "Loss of duties" is set aside before "duties" could claim it.
_COLUMNS: tuple[tuple[str | None, re.Pattern[str]], ...] = (
    (None, re.compile(r"(?i)loss|difference|increase|additional|penalty")),
    ("duty_paid", re.compile(r"(?i)paid|deposit")),
    ("duty_owed", re.compile(r"(?i)owed|owing|correct|lawful|\bdue\b|should")),
    ("entered_value", re.compile(r"(?i)value")),
    ("entry_date", re.compile(r"(?i)entry\s+date|date\s+of\s+entry|date\s+entered")),
    ("liquidated", re.compile(r"(?i)liquidat|status")),
    ("entry_number", re.compile(r"(?i)entry")),
)
_REQUIRED = {"entry_number", "duty_paid", "duty_owed"}
_NOT_LIQUIDATED = re.compile(r"(?i)unliquidated|not\s+liquidated|pending|open|\bno\b|^\W*$")
_LIQUIDATED = re.compile(r"(?i)liquidated|final|closed|\byes\b")

ColumnMap = dict[str, int]


@dataclass(frozen=True)
class EntryRow:
    """One entry as the table gives it; each value read with its cell's evidence."""

    number: Extracted
    values: dict[str, Extracted]


def column_map(cells: list[str]) -> ColumnMap | None:
    """Contract field -> column index for a header row; None when the row is not a header."""
    mapped: ColumnMap = {}
    for index, text in enumerate(cells):
        for field, pattern in _COLUMNS:
            if pattern.search(text):
                if field is not None and field not in mapped:
                    mapped[field] = index
                break
    return mapped if mapped.keys() >= _REQUIRED else None


def liquidated_of(text: str) -> bool | None:
    """Liquidated, from a status word, a yes/no or a liquidation date."""
    if parse_us_date(text) is not None:
        return True
    if _NOT_LIQUIDATED.search(text):
        return False
    if _LIQUIDATED.search(text):
        return True
    return None


_PARSERS: dict[str, Callable[[str], date | Decimal | bool | None]] = {
    "entry_date": parse_us_date,
    "liquidated": liquidated_of,
    "entered_value": parse_money,
    "duty_paid": parse_money,
    "duty_owed": parse_money,
}


def read_entry_rows(document: PdfDocument) -> list[EntryRow]:
    """Every row of every entries table, page by page, in printed order."""
    rows: list[EntryRow] = []
    last: tuple[ColumnMap, int] | None = None
    for page in document.page_numbers:
        for table in read_tables(document, page):
            texts = table.texts()
            start, columns = _header(texts)
            if columns is None:
                if last is None or not texts or len(texts[0]) != last[1]:
                    continue
                columns, start = last[0], 0
            last = (columns, len(texts[0]))
            rows += [r for r in (_row(table, i, columns) for i in range(start, len(texts))) if r]
    return rows


def _header(texts: list[list[str]]) -> tuple[int, ColumnMap | None]:
    # The header is the first row; a title row spanning the table may come before it.
    for index, cells in enumerate(texts[:2]):
        mapped = column_map(cells)
        if mapped is not None:
            return index + 1, mapped
    return 0, None


def _row(table: Table, index: int, columns: ColumnMap) -> EntryRow | None:
    cells = table.rows[index]

    def cell(field: str) -> Cell | None:
        position = columns.get(field)
        return cells[position] if position is not None and position < len(cells) else None

    number_cell = cell("entry_number")
    parsed = normalize_entry_number(number_cell.text) if number_cell and number_cell.text else None
    if number_cell is None or parsed is None:
        return None  # a total line, a note or a blank row
    confidence = TABLE_CELL if parsed.check_digit_ok else CHECK_DIGIT_FAILED
    number = Extracted(parsed.normalized, number_cell.evidence(), confidence)
    values: dict[str, Extracted] = {}
    for field, parse in _PARSERS.items():
        found = cell(field)
        if found is None:
            continue
        value = parse(found.text)
        if value is not None:
            values[field] = Extracted(value, found.evidence(), TABLE_CELL)
    return EntryRow(number, values)
