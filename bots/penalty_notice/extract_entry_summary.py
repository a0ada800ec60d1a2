"""An entries table split in two, keyed by the entry number: a summary of each entry's date and
liquidation status, and a detail of its value and duties.

    TABLE 1 - SUMMARY                          TABLE 2 - DETAIL
    Entry No.      Entry Date   Liq. Status    Entry No.      Entered Value  Duty Paid  Duty Owed
    FB3-7131855-1  04/13/2023   Y              FB3-7131855-1  39257.51       1256.24    2488.74

The detail is the entries table; the summary's date and status belong to the detail row of the
same entry number. Read apart, the entries lost their dates and their liquidation, so the loss of
duties could not be parted into actual and potential (19 CFR 162.71(a)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bots.penalty_notice.extract_entries import EntryRow

# What a summary gives of an entry; the detail's own cells win where both print one.
SUMMARY_FIELDS = frozenset(("entry_date", "liquidated"))


def with_summary(rows: Sequence[EntryRow], summary: Sequence[EntryRow]) -> list[EntryRow]:
    """ROWS with the date and status the summary prints for the same entry number. A number the
    summary lists twice with different values is no key: those rows are left as they are."""
    by_number: dict[str, EntryRow | None] = {}
    for row in summary:
        number = str(row.number.value)
        known = by_number.get(number, row)
        by_number[number] = row if known is not None and _same(known, row) else None
    merged = []
    for row in rows:
        told = by_number.get(str(row.number.value))
        if told is None:
            merged.append(row)
            continue
        extra = {field: value for field, value in told.values.items()
                 if field in SUMMARY_FIELDS and field not in row.values}
        merged.append(replace(row, values={**row.values, **extra}) if extra else row)
    return merged


def _same(one: EntryRow, other: EntryRow) -> bool:
    return all(one.values[key].value == other.values[key].value
               for key in one.values.keys() & other.values.keys())
