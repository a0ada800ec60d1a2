"""Referrals as a fax's OCR layer gives them (issue 13, round 15): a status word misread, a space
set after a thousands comma, a row whose amounts the scan merged, an address whose street line
ends in a word no list holds, a speck read as a mark of its own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.common.reading.row_runs import row_runs
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_entries import ENTRY_NUMBER, liquidated_of
from bots.penalty_notice.extract_party import split_name_address
from tests.penalty_read.drawn import draw_referral

HEAD = ["CASE REFERRAL TO FP&F", "Case: 2026-5301-508382-01",
        "Subject party: Mesquite Valley Tool Supply LLC", "72 Foundry Row",
        "Plattsburgh, NY 12901", "IOR No. 31-8738968",
        "Nature of violation: Misclassification of the goods under a lower rate of duty.",
        "Violation date: 16 September 2022", "Recommended culpability level: NEGLIGENCE"]
TAIL = ["Domestic value: 520,950.00. Dutiable value: 325,594.00.",
        "Referring officer: Marcus D. Oyelaran, Entry Branch"]


@pytest.mark.parametrize(("status", "liquidated"), [
    ("Unliguidated", False), ("Un1iquidated", False), ("Not liguidated", False),
    ("Liqu1dated", True), ("Iiquidated", True), ("7/19/22 Unliguidated", False),
])
def test_a_liquidation_word_as_ocr_misreads_it_is_read_by_meaning(
        status: str, liquidated: bool) -> None:
    assert liquidated_of(status) is liquidated


@pytest.mark.parametrize(("cells", "amounts"), [
    ("$95, 444.57/$3, 245.12|$3, 245.12", [Decimal("95444.57"), Decimal("3245.12"),
                                          Decimal("3245.12")]),
    ("1, 234, 567.00 | 2, 001.50 | 10.00", [Decimal("1234567.00"), Decimal("2001.50"),
                                           Decimal("10.00")]),
])
def test_a_space_after_a_thousands_comma_keeps_the_amount_whole(
        cells: str, amounts: list[Decimal]) -> None:
    runs = row_runs(f"FCA-5765554-7 | 4-11-2022|Yes| {cells}", ENTRY_NUMBER)
    assert [a.value for a in runs[0].amounts] == amounts


def test_two_amounts_after_a_comma_and_space_stay_two() -> None:
    runs = row_runs("FCA-5765554-7 4-11-2022 Yes 95, 444 units 3.00 4.00", ENTRY_NUMBER)
    assert [a.value for a in runs[0].amounts] == [Decimal("3.00"), Decimal("4.00")]


def test_a_fax_table_with_misread_status_and_spaced_amounts_is_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "fax.pdf", [*HEAD, "ENTRY DATE LIQ VALUE PAID OWED",
        "EFC-5110110-2]/16 September 2022 /Liquidated $76, 311.28 | $3, 052.45; $9, 157.35",
        "EFC-0151082-4|/4 January 2023 Unliguidated| $66, 251.98| $2, 650.08 | $10, 600.32",
        *TAIL])
    facts = extract_penalty(pdf).facts
    first, second = facts.entries
    assert (first.entered_value, first.duty_paid, first.duty_owed, first.liquidated) == (
        Decimal("76311.28"), Decimal("3052.45"), Decimal("9157.35"), True)
    assert (second.entry_date, second.liquidated, second.duty_owed) == (
        date(2023, 1, 4), False, Decimal("10600.32"))
    assert not facts.doubts


def test_a_row_whose_amounts_the_scan_merged_leaves_only_its_amounts_to_a_person(
        tmp_path: Path) -> None:
    # Before: one row with two amounts where the header names three dropped every entry.
    pdf = draw_referral(tmp_path / "fax.pdf", [*HEAD, "ENTRY DATE LIQ VALUE PAID] OWED",
        "F4C-7596857-1 | 08/11/2023 | Liquidated 71,473.26 | 2,430.09 | 2,430.09",
        "F4C-4894910-4 | 10/10/2023 | Unliquidated| 92,423.23 |3,142.39 | 3,142.39",
        "F4C-3587198-0| 12/14/2023 | Unliquidated | 118,006.1714,012.21 14,012.21", *TAIL])
    facts = extract_penalty(pdf).facts
    assert [e.entry_number for e in facts.entries] == [
        "F4C-7596857-1", "F4C-4894910-4", "F4C-3587198-0"]
    assert facts.entries[1].duty_paid == Decimal("3142.39")
    last = facts.entries[2]
    assert (last.entry_date, last.liquidated) == (date(2023, 12, 14), False)
    assert (last.entered_value, last.duty_paid, last.duty_owed) == (None, None, None)


@pytest.mark.parametrize(("printed", "address"), [
    ("X LLC\n72 Foundry Row\nPlattsburgh, NY 12901", "72 Foundry Row, Plattsburgh, NY 12901"),
    ("X LLC\n9 Elm Terrace\nSt. Louis, MO 63101", "9 Elm Terrace, St. Louis, MO 63101"),
    ("X LLC\n410 Depot Street *\nOntario, CA 91761", "410 Depot Street, Ontario, CA 91761"),
    ("X LLC\n18 Quay Loop ·\nNew Bedford, MA 02740", "18 Quay Loop, New Bedford, MA 02740"),
    # A city begun on the street line and wrapped is one city, not two parts.
    ("X LLC, 12 Main St., New\nOrleans, LA 70130", "12 Main St., New Orleans, LA 70130"),
])
def test_the_line_before_the_city_state_and_zip_is_a_comma_whatever_ends_the_street(
        printed: str, address: str) -> None:
    assert split_name_address(printed)[1] == address
