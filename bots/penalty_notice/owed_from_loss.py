"""The duty owed of an entries table that prints the duty paid and the loss, not the duty owed
("Duty paid | Additional duty owed", "Deposited | Underpayment", "Paid | Loss of duty").

Such a table's third amount is the loss, owed less paid (19 CFR 162.71(a)); placed by its order
it was taken for the duty owed and the loss read short by the duty paid. The duty owed is the
duty paid and the loss together, read with the lower confidence of a value not printed.
"""

from __future__ import annotations

from decimal import Decimal

from bots.penalty_notice.extract_entries import CONTENT_ONLY, LOSS, EntryRow
from tradebots.facts import Extracted


def with_owed_from_loss(rows: list[EntryRow]) -> list[EntryRow]:
    """ROWS, each that gives the duty paid and the loss but no duty owed given its duty owed."""
    filled: list[EntryRow] = []
    for row in rows:
        paid, loss = row.values.get("duty_paid"), row.values.get(LOSS)
        if ("duty_owed" not in row.values and paid is not None and loss is not None
                and isinstance(paid.value, Decimal) and isinstance(loss.value, Decimal)):
            owed = Extracted(paid.value + loss.value, loss.evidence,
                             min(CONTENT_ONLY, loss.confidence))
            row = EntryRow(row.number, row.values | {"duty_owed": owed})
        filled.append(row)
    return filled
