"""An entries table's amount printed as bare digits where its column's other rows print cents
("3210321" under "39,924.29"): its decimal point (and separators) may have been lost, as a
scan's OCR drops them. The referral goes to a person; from a scan the amount is read as cents,
by a weaker cue, so the person sees the likely figure."""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from bots.penalty_notice.extract_entries import EntryRow
from tradebots.facts import Extracted

LOST_POINT = 0.6  # an amount whose decimal point was put back: a guess a person confirms
_MONEY = ("entered_value", "duty_paid", "duty_owed")
_CENTS = re.compile(r"\d\.\d{2}\b")
_BARE = re.compile(r"\d{3,}")


def with_lost_points(rows: list[EntryRow], scanned: bool) -> tuple[list[EntryRow], tuple[str, ...]]:
    """ROWS (their bare amounts read as cents when SCANNED) and a doubt per amount so printed."""
    doubts: list[str] = []
    fixed: list[EntryRow] = []
    for row in rows:
        values = dict(row.values)
        for field in _MONEY:
            item = values.get(field)
            if item is None or not _lost_point(rows, row, field):
                continue
            doubts.append(f"Entry {row.number.value}: the {field.replace('_', ' ')} is printed "
                          f"'{_printed(item)}' with no cents where the other rows print "
                          "them; its decimal point may have been lost.")
            if scanned and isinstance(item.value, Decimal):
                cents = (item.value / 100).quantize(Decimal("0.01"))
                values[field] = replace(item, value=cents, confidence=LOST_POINT)
        fixed.append(EntryRow(row.number, values))
    return fixed, tuple(doubts)


def _lost_point(rows: list[EntryRow], row: EntryRow, field: str) -> bool:
    others = [_printed(r.values[field]) for r in rows if r is not row and field in r.values]
    return (_BARE.fullmatch(_printed(row.values[field]).strip()) is not None and bool(others)
            and all(_CENTS.search(text) for text in others))


def _printed(item: Extracted) -> str:
    return item.evidence.text if item.evidence is not None else ""
