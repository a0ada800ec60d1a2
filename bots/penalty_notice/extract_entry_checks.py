"""Whether an entries table's money may have been read from the wrong columns: each entry's
duties checked against a printed loss (or difference) column and against its entered value.
A doubt sends the referral to a person; the amounts decide the loss of duties (162.73)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from bots.penalty_notice.extract_entries import LOSS, EntryRow


def column_doubts(rows: list[EntryRow]) -> tuple[str, ...]:
    """One doubt per entry whose amounts do not reconcile."""
    doubts: list[str] = []
    if _running_total(rows):
        rows = [_without_loss(row) for row in rows]  # each row's loss reconciled, as a sum
    for row in rows:
        value = {key: item.value for key, item in row.values.items()}
        paid, owed = value.get("duty_paid"), value.get("duty_owed")
        loss, entered = value.get(LOSS), value.get("entered_value")
        number = row.number.value
        if _unreconciled(paid, owed, loss):
            doubts.append(f"Entry {number}: the printed loss {loss} is not the duty owed "
                          f"{owed} less the duty paid {paid}; the table's columns may have "
                          "been read shifted.")
        if isinstance(paid, Decimal) and isinstance(entered, Decimal) and paid > entered > 0:
            # A deposit above the declared value is a value and a duty column taken for each other
            # far more often than a real deposit (owed may exceed it: antidumping).
            doubts.append(f"Entry {number}: the duty paid {paid} exceeds the entered value "
                          f"{entered}; the table's columns may have been read shifted.")
    return tuple(doubts)


def _running_total(rows: list[EntryRow]) -> bool:
    """Whether the loss column is a running total ("Running LOD", "Cumulative loss", a ledger's
    balance): each row's printed loss is the losses of it and every row above, so that every
    row, not one by chance, reconciles only as a sum."""
    total, sums = Decimal(0), 0
    for row in rows:
        paid, owed, loss = (row.values[key].value if key in row.values else None
                            for key in ("duty_paid", "duty_owed", LOSS))
        if not (isinstance(paid, Decimal) and isinstance(owed, Decimal)
                and isinstance(loss, Decimal)):
            return False
        total += max(owed - paid, Decimal(0))
        if loss != total:
            return False
        sums += loss != max(owed - paid, Decimal(0))
    return sums > 0


def _without_loss(row: EntryRow) -> EntryRow:
    return replace(row, values={k: v for k, v in row.values.items() if k != LOSS})


def _unreconciled(paid: object, owed: object, loss: object) -> bool:
    # A loss column prints owed less paid, floored at zero; a difference column may not floor it.
    if not (isinstance(paid, Decimal) and isinstance(owed, Decimal) and isinstance(loss, Decimal)):
        return False
    return loss not in (owed - paid, max(owed - paid, Decimal(0)))


def overflowed(rows: list[EntryRow]) -> bool:
    """A row without the entered value its table gives every other row: a long cell pushed the
    row's cells past their tab stops, so each amount stands under the next column's header."""
    entered = ["entered_value" in row.values for row in rows]
    return any(entered) and not all(entered)


def shifted_everywhere(rows: list[EntryRow], runs: list[EntryRow]) -> bool:
    """Every row pushed one column on (each row's long date past its tab stop): no row has a cell
    under the entered value's header, while the row-by-row reading places one in every row."""
    return (bool(rows) and bool(runs) and not any("entered_value" in row.values for row in rows)
            and all("entered_value" in run.values for run in runs))


def overflow_doubts(rows: list[EntryRow]) -> tuple[str, ...]:
    """A doubt when rows still overflow their columns after the row-by-row reading."""
    if not overflowed(rows):
        return ()
    missing = [row.number.value for row in rows if "entered_value" not in row.values]
    return (f"Entry {', '.join(missing)}: no entered value under its column while the other rows "
            "have one; the row's amounts may stand under the wrong columns.",)
