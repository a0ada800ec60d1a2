"""Entries pasted as comma-separated lines (issue 13, round 33).

A referral sent by e-mail lists its entries as a spreadsheet's export typed into the body: a header
of field names and one line per entry, the cells parted by commas. Each entry's date, liquidation
and money are read as an aligned table's; commas inside a cell (thousands, a written date) stay.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.comma_rows import comma_cells
from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import REFERRAL_HEAD, draw_referral

_HEADER = "Entry Number, Entry Date, Liquidated, Entered Value, Duty Paid, Duty Owed"
_ROWS = {
    "spaced": ["QBX-1234567-1, 03/03/2023, Yes, 41250.00, 1031.25, 2681.25",
               "QBX-2345678-2, 06/14/2023, No, 38900.00, 972.50, 2528.50"],
    "money signs": ["QBX-1234567-1, 03/03/2023, Yes, $41,250.00, $1,031.25, $2,681.25",
                    "QBX-2345678-2, 06/14/2023, No, $38,900.00, $972.50, $2,528.50"],
    "quoted dates": ['QBX-1234567-1, "March 3, 2023", Liquidated, 41250.00, 1031.25, 2681.25',
                     'QBX-2345678-2, "June 14, 2023", Unliquidated, 38900.00, 972.50, 2528.50'],
}


_EXPORT = "entry_number,entry_date,liquidated,entered_value,duty_paid,duty_owed"
_HEADERS = {"export": _EXPORT}
_ROWS["export"] = ["QBX-1234567-1,2023-03-03,true,41250.00,1031.25,2681.25",
                   "QBX-2345678-2,2023-06-14,false,38900.00,972.50,2528.50"]


@pytest.mark.parametrize("variant", sorted(_ROWS))
def test_comma_separated_entries_are_read_as_a_table(tmp_path: Path, variant: str) -> None:
    """A spreadsheet's export keeps its snake_case header: its words name the columns."""
    header = _HEADERS.get(variant, _HEADER)
    lines = [*REFERRAL_HEAD[:-1], "The entries are listed below.", header, *_ROWS[variant]]
    entries = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts.entries
    assert [e.entry_number for e in entries] == ["QBX-1234567-1", "QBX-2345678-2"]
    assert [e.entry_date for e in entries] == [date(2023, 3, 3), date(2023, 6, 14)]
    assert [e.liquidated for e in entries] == [True, False]
    assert [e.entered_value for e in entries] == [Decimal("41250.00"), Decimal("38900.00")]
    assert [e.duty_paid for e in entries] == [Decimal("1031.25"), Decimal("972.50")]
    assert [e.duty_owed for e in entries] == [Decimal("2681.25"), Decimal("2528.50")]


# Rows typed with no space after their commas (round 34): one printed word per row. Where every
# amount carries its cents, a comma after the cents parts two cells and one inside a figure sets
# its thousands apart, so the cells are told apart surely and read.
_JOINED = {
    "plain figures": ["QBX-1234567-1,03/03/2023,Y,41250.00,1031.25,2681.25",
                      "QBX-2345678-2,06/14/2023,N,38900.00,972.50,2528.50"],
    "thousands": ["QBX-1234567-1,03/03/2023,Y,41,250.00,1,031.25,2,681.25",
                  "QBX-2345678-2,06/14/2023,N,38,900.00,972.50,2,528.50"],
    "amounts joined": ["QBX-1234567-1, 03/03/2023, Yes, $41,250.00,$1,031.25,$2,681.25",
                       "QBX-2345678-2, 06/14/2023, No, $38,900.00,$972.50,$2,528.50"],
}


@pytest.mark.parametrize("variant", sorted(_JOINED))
def test_cells_run_together_are_read_when_every_amount_has_cents(
        tmp_path: Path, variant: str) -> None:
    lines = [*REFERRAL_HEAD[:-1], "The entries are listed below.", _HEADER, *_JOINED[variant]]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert [e.entry_number for e in facts.entries] == ["QBX-1234567-1", "QBX-2345678-2"]
    assert [e.entered_value for e in facts.entries] == [Decimal("41250.00"), Decimal("38900.00")]
    assert [e.duty_paid for e in facts.entries] == [Decimal("1031.25"), Decimal("972.50")]
    assert [e.duty_owed for e in facts.entries] == [Decimal("2681.25"), Decimal("2528.50")]
    assert not facts.doubts


def test_amounts_run_together_in_an_aligned_row_are_read(tmp_path: Path) -> None:
    rows = [[(72, "Entry No."), (150, "Date"), (210, "Liq."),
             (250, "Entered Value, Duty Paid, Duty Owed")],
            [(72, "QBX-1234567-1"), (150, "03/03/2023"), (210, "Yes"),
             (250, "$41,250.00,$1,031.25,$2,681.25")],
            [(72, "QBX-2345678-2"), (150, "06/14/2023"), (210, "No"),
             (250, "$38,900.00,$972.50,$2,528.50")]]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", [*REFERRAL_HEAD, *rows])).facts
    assert [(e.duty_paid, e.duty_owed) for e in facts.entries] == [
        (Decimal("1031.25"), Decimal("2681.25")), (Decimal("972.50"), Decimal("2528.50"))]


@pytest.mark.parametrize("rows", [
    # no cents: "41,250,1,031" is 41,250 and 1,031, or 41, 250 and 1,031, or ...
    ["QBX-1234567-1,03/03/2023,Y,41,250,1,031,2,681",
     "QBX-2345678-2,06/14/2023,N,38,900,972,2,528"],
    ["QBX-1234567-1,03/03/2023,Y,41,250,1,031.25,2,681.25",
     "QBX-2345678-2,06/14/2023,N,38,900,972.50,2,528.50"],
])
def test_cells_that_cannot_be_told_apart_go_to_a_person_not_a_guess(
        tmp_path: Path, rows: list[str]) -> None:
    lines = [*REFERRAL_HEAD[:-1], "The entries are listed below.", _HEADER, *rows]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines)).facts
    assert facts.doubts
    assert all(e.entered_value in (None, Decimal("41250.00"), Decimal("38900.00"))
               and e.duty_owed in (None, Decimal("2681.25"), Decimal("2528.50"))
               for e in facts.entries)


def test_a_cells_own_commas_stay_and_the_length_is_kept() -> None:
    row = 'QBX-1234567-1, "March 3, 2023", Y, 41,250.00, 1031.25,2681.25'
    spaced = comma_cells(row)
    assert len(spaced) == len(row)
    assert "March 3, 2023" in spaced and "41,250.00" in spaced
    assert "1031.25 2681.25" in spaced


def test_prose_with_commas_is_left_alone() -> None:
    prose = "The importer, as the audit found, declared $41,250.00 for entry QBX-1234567-1."
    assert comma_cells(prose) == prose
