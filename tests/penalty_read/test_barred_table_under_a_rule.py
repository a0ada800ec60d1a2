"""Referrals of senders in general (issue 13, round 27): a spreadsheet pasted as text, its cells
parted by bars, a typed rule ("-----+-----") under the header and a single entry's row: the rule
stands between header and row, and the bars are no columns of their own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

LETTER = [
    "Penalty referral - case no. 2025-1801-220417-01",
    "We refer Osprey Marine Supply Inc., 14 Dock Street, Tampa, FL 33602 for a penalty under",
    "19 U.S.C. 1592; culpability: negligence. The violation occurred on 2023-05-11. No prior",
    "disclosure was made. The importer declared knitted cotton beach towels under a provision at",
    "a lower rate. Domestic value: $8,120.00.",
    "",
]
ROW = "3B9-2366598-1 | 2023-05-11 | Y          | 5849.00       | 116.90    | 241.36"
SNAKE = "entry_no      | entry_date | liq_status | entered_value | duty_paid | duty_owed"
DASHES = "--------------+------------+------------+---------------+-----------+----------"

SIBLINGS = [
    # The hand's class: an export padded for a fixed font printed in a proportional one, a
    # rule of dashes and crossings under the header, a total under the single row.
    [SNAKE, DASHES, ROW,
     "TOTAL         |            |            | 5849.00       | 116.90    | 241.36"],
    # A rule of equals signs, captions in words, no total.
    ["Entry No.     | Entry Date | Liquidated | Entered Value | Duty Paid | Duty Owed",
     "==============|============|============|===============|===========|==========", ROW],
    # Bars that also border the line.
    ["| Entry Number  | Date       | Liq.       | Entered Value | Duty Paid | Duty Owed |",
     "|---------------|------------|------------|---------------|-----------|-----------|",
     f"| {ROW} |"],
    # Two rows under the rule.
    [SNAKE, DASHES, ROW,
     "G7D-2888743-2 | 2023-06-02 | Y          | 2271.00       | 45.42     | 90.84"],
]


@pytest.mark.parametrize("table", SIBLINGS)
def test_a_barred_rows_table_under_a_typed_rule(tmp_path: Path, table: list[str]) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", [*LETTER, *table]))
    first = reading.facts.entries[0]
    assert first.entry_number == "3B9-2366598-1"
    assert first.entry_date == date(2023, 5, 11)
    assert first.liquidated is True
    assert (first.entered_value, first.duty_paid, first.duty_owed) == (
        Decimal("5849.00"), Decimal("116.90"), Decimal("241.36"))
    assert len(reading.facts.entries) == (2 if len(table) == 4 and "TOTAL" not in table[3] else 1)
