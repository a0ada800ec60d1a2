"""Table cells wider than their columns that run into the next cell with no gap (issue 13,
round 34).

A memo's entries table set in narrow columns prints "ABC-9994879-87 May 2023" (the number's
check digit, then the date's day), "H2G-5464691-5June 7, 2023", "November 8, 2023Unliquidated"
and "$86,355.74 (U.S.)$3,483.88 (U.S.)". An entry number has one check digit after its second
group, and a date ends with its year: the cells are told apart where a date follows. An entry
left unread would leave the loss of duties short (19 CFR 162.71(a)).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_entries import ENTRY_NUMBER
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_HEADER = "Entry No.    Entry Date      Status       Entered Value   Duty Paid       Duty Owed"
_ROWS = {
    "day glued": ["ABC-9994879-87 May 2023      Unliquidated $86,355.74 (U.S.)$3,483.88 (U.S.)"
                  "$5,930.86 (U.S.)",
                  "ABC-5355838-520 September 2023Unliquidated $71,672.64 (U.S.)$897.18 (U.S.) "
                  "$5,233.14 (U.S.)"],
    "month glued": ["ABC-9994879-8May 7, 2023   Unliquidated $86,355.74 (U.S.)$3,483.88 (U.S.)"
                    "$5,930.86 (U.S.)",
                    "ABC-5355838-5September 20, 2023Unliquidated $71,672.64 (U.S.)$897.18 "
                    "(U.S.) $5,233.14 (U.S.)"],
    "numeric dates": ["ABC-9994879-805/07/2023   Unliquidated$86,355.74 $3,483.88 $5,930.86",
                      "ABC-5355838-509/20/2023   Unliquidated$71,672.64 $897.18 $5,233.14"],
    "abbreviated": ["ABC-9994879-87 May 2023   Unliquidated $86,355.74 $3,483.88 $5,930.86",
                    "ABC-5355838-520 Sep. 2023Unliquidated $71,672.64 $897.18 $5,233.14"],
}


@pytest.mark.parametrize("variant", sorted(_ROWS))
def test_cells_run_together_are_told_apart_at_the_date(tmp_path: Path, variant: str) -> None:
    lines = [*REFERRAL_HEAD, _HEADER, *_ROWS[variant]]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert [(e.entry_number, e.entry_date, e.liquidated, e.entered_value, e.duty_paid,
             e.duty_owed) for e in facts.entries] == [
        ("ABC-9994879-8", date(2023, 5, 7), False, Decimal("86355.74"), Decimal("3483.88"),
         Decimal("5930.86")),
        ("ABC-5355838-5", date(2023, 9, 20), False, Decimal("71672.64"), Decimal("897.18"),
         Decimal("5233.14"))]


@pytest.mark.parametrize("text", ["ABC-9994879-87", "ABC-9994879-87 units", "ABC-9994879-871"])
def test_a_number_run_into_other_figures_is_no_entry_number(text: str) -> None:
    assert ENTRY_NUMBER.search(text) is None
