"""Entries told outside a table (issue 13, round 22, the second sweep): each entry typed as
"Column: cell" pairs, or as a sentence in a tagged memo. The liquidation is the answer in its
column's cell, not the column's label; an amount without cents or with spaced thousands ends at
the clause's comma; a compact date may be followed by one."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.common.reading.dates import find_dates
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.model import PenaltyEntry
from tests.penalty_read.drawn import REFERRAL_HEAD as HEAD
from tests.penalty_read.drawn import draw_referral

FACTS = ["Facts", "The importer declared glazed stoneware dinnerware under a provision for",
         "hotel ware at a lower rate of duty."]


def _entries(tmp_path: Path, entries: list[str]) -> tuple[PenaltyEntry, ...]:
    path = draw_referral(tmp_path / "referral.pdf", [*HEAD, *entries, *FACTS])
    return extract_penalty(path).facts.entries


@pytest.mark.parametrize(("label", "yes", "no"), [
    ("Liquidated?", "Yes", "No"), ("Liq", "Y", "N"), ("Liq. Status", "X", ""),
])
def test_a_liquidation_answered_in_its_pair_is_the_cell_not_the_label(
        tmp_path: Path, label: str, yes: str, no: str) -> None:
    # Before: the label's word "Liquidated"/"Liq" read as the entry liquidated, so an open entry's
    # loss counted as actual, not potential (19 CFR 162.73(a)).
    entries = _entries(tmp_path, [
        f"Entry Number: K4P-1204417-2  Entry Date: March 2, 2023  {label}: {yes}",
        "Entered Value: $30,000.00  Duty Paid: $600.00  Duty Owed: $1,800.00",
        f"Entry Number: K4P-1209953-9 ; Entry Date: May 4, 2023 ; {label}: {no}",
        "Entered Value: $20,000.00 ; Duty Paid: $400.00 ; Duty Owed: $1,200.00",
    ])
    assert [e.liquidated for e in entries] == [True, False]


def test_amounts_in_an_entry_sentence_end_at_the_clause_comma(tmp_path: Path) -> None:
    # Before: "$28 600.00" read as 28.00, and "$806," (no cents) as nothing, which dropped the
    # entry with its duties unread.
    entries = _entries(tmp_path, [
        "entry K4P-1204417-2, entered March 2, 2023, liquidated, entered value $28 600.00, duty",
        "deposited $572.00, duty lawfully owed $2 002.00",
        "entry K4P-1209953-9, entered May 4, 2023, liquidated, entered value $12,400, duty",
        "deposited $806, duty lawfully owed $744",
    ])
    assert [(e.entered_value, e.duty_paid, e.duty_owed) for e in entries] == [
        (Decimal("28600.00"), Decimal("572.00"), Decimal("2002.00")),
        (Decimal("12400.00"), Decimal("806.00"), Decimal("744.00"))]


def test_a_compact_date_before_a_comma_is_the_entry_date(tmp_path: Path) -> None:
    # Before: "entered 20230302, liquidated" gave no entry date (the comma read as a digit group's).
    entries = _entries(tmp_path, [
        "entry K4P-1204417-2, entered 20230302, liquidated, entered value $30,000.00, duty",
        "deposited $600.00, duty lawfully owed $1,800.00",
    ])
    assert entries[0].entry_date == date(2023, 3, 2)
    assert find_dates("ref 20230302,5") == []  # a decimal comma continues a number


def test_a_domestic_value_without_cents_before_a_comma_is_read(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "value.pdf", [
        *HEAD[:8], "The domestic value of the merchandise is $216,000, as appraised.",
        "Entries:", "entry K4P-1204417-2, entered March 2, 2023, liquidated, entered value",
        "$30,000.00, duty deposited $600.00, duty lawfully owed $1,800.00", *FACTS])
    assert extract_penalty(path).facts.domestic_value == Decimal("216000.00")
