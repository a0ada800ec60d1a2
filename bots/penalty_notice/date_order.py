"""Every all-figure date of a referral in the order the referral uses (bots/common/reading/
date_order): the limitations date (19 U.S.C. 1621) and the barred entries rest on them."""

from __future__ import annotations

from dataclasses import replace

from bots.common.reading.date_order import orders, settled
from bots.penalty_notice.extract_entries import EntryRow
from tradebots.facts import Extracted


def settle_date_order(text: str, fields: dict[str, Extracted],
                      rows: list[EntryRow]) -> tuple[list[EntryRow], tuple[str, ...]]:
    """Every all-figure date read (the violation's in FIELDS, in place; each entry's, in the
    rows returned) in the order TEXT uses; one left unsettled is dropped with a doubt."""
    order = orders(text)
    doubts: list[str] = []
    if "violation_date" in fields:
        item, doubt = settled(fields["violation_date"], "date of the violation", order)
        if item is None:
            del fields["violation_date"]
        else:
            fields["violation_date"] = item
        doubts += [doubt] if doubt else []
    rows_settled: list[EntryRow] = []
    for row in rows:
        values = dict(row.values)
        if "entry_date" in values:
            item, doubt = settled(values["entry_date"], f"date of entry {row.number.value}",
                                  order)
            if item is None:
                del values["entry_date"]
            else:
                values["entry_date"] = item
            doubts += [doubt] if doubt else []
        rows_settled.append(replace(row, values=values))
    return rows_settled, tuple(doubts)
