"""Sender behaviour of a sixth hand (issue 13, round 6): a numbered box form whose captions
("4. IOR", "5. REMARKS") stand alone over their values, a "SEACATS Case" box, a "Subject party:"
label, a sum written in words with its figure in brackets, and a disclosure told in the passive."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

ROW = [(60.0, "285-8497759-0"), (140.0, "10/02/2023"), (210.0, "N"), (250.0, "$107,729.39"),
       (330.0, "$4,309.18"), (410.0, "$11,850.24")]
HEADER = [(60.0, "Entry Number"), (140.0, "Entered"), (210.0, "Liq."), (250.0, "Value"),
          (330.0, "Duty Paid"), (410.0, "Duty Owed")]
NEGLIGENCE = "The evidence supports negligence."
TITLE = "Referral for 19 U.S.C. 1592 penalty"


def test_a_numbered_box_caption_ends_the_box_above_it(tmp_path: Path) -> None:
    # "5. REMARKS" names no field the reader knows; it still ends the address box.
    pdf = draw_referral(tmp_path / "r.pdf", [
        "PENALTY CASE REFERRAL", "1. PENALTY CASE NO.", "2025-4601-158187-01",
        "2. SUBJECT PARTY", "Acme Widgets, Inc.", "3. ADDRESS", "12 Elm Street, Dayton, OH 45402",
        "5. REMARKS", "See the audit.", "4. IOR", "31-1234567", "6. CULPABILITY", "negligence",
        HEADER, ROW, "The domestic value of the merchandise is $417,319.00."])
    extraction = extract_penalty(pdf)
    assert extraction.facts.party_name == "Acme Widgets, Inc."
    assert extraction.facts.party_address == "12 Elm Street, Dayton, OH 45402"
    assert extraction.facts.importer_number == "31-1234567"
    assert extraction.fields["importer_number"].confidence >= 0.95


def test_a_seacats_case_box_and_a_subject_party_label_are_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "Fines, Penalties and Forfeitures Office", [(72.0, "ROUTING SLIP"),
                                                    (360.0, "SEACATS Case")],
        [(360.0, "2025-4601-158187-01")],
        "Subject party: Acme Widgets, Inc.", "Address: 12 Elm Street, Dayton, OH 45402",
        NEGLIGENCE, HEADER, ROW, "The domestic value of the merchandise is $417,319.00."])
    facts = extract_penalty(pdf).facts
    assert facts.case_number == "2025-4601-158187-01"
    assert facts.party_name == "Acme Widgets, Inc."


@pytest.mark.parametrize(("sentence", "value"), [
    ("The domestic value of the merchandise is Five hundred sixty-seven thousand dollars "
     "($567,000.00).", Decimal("567000.00")),
    ("The domestic value is Fourteen thousand three hundred seventy-six dollars ($14,376.00).",
     Decimal("14376.00")),
])
def test_a_sum_in_words_is_read_from_its_figure(tmp_path: Path, sentence: str,
                                                value: Decimal) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "Party: Acme Widgets, Inc.", NEGLIGENCE, HEADER, ROW, sentence])
    assert extract_penalty(pdf).facts.domestic_value == value


@pytest.mark.parametrize(("sentence", "made"), [
    ("The record shows that the violation was disclosed before any investigation began.", True),
    ("The errors were voluntarily disclosed to CBP in writing.", True),
    ("The record shows that the violation was not disclosed.", False),
])
def test_a_disclosure_told_in_the_passive_is_read(tmp_path: Path, sentence: str,
                                                  made: bool) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "Party: Acme Widgets, Inc.", NEGLIGENCE, HEADER, ROW, sentence,
        "The domestic value of the merchandise is $417,319.00."])
    assert extract_penalty(pdf).facts.prior_disclosure is made


def test_a_labelled_party_whose_address_wraps_keeps_the_name_alone(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "Subject party: Bayou Home Goods, LLC, 2400 Tchoupitoulas Street, New",
        "Orleans, LA 70130", NEGLIGENCE, HEADER, ROW,
        "The domestic value of the merchandise is $417,319.00."])
    facts = extract_penalty(pdf).facts
    assert facts.party_name == "Bayou Home Goods, LLC"
    assert facts.party_address == "2400 Tchoupitoulas Street, New Orleans, LA 70130"


def test_a_row_pushed_past_its_tab_stops_is_read_in_order(tmp_path: Path) -> None:
    # The long date pushed the row's cells one tab stop right: each amount under the next header.
    shifted = [(60.0, "285-8497760-8"), (140.0, "November 17th, 2023"), (250.0, "N"),
               (330.0, "$2,825.90"), (410.0, "$56.52"), (490.0, "$84.78")]
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "Party: Acme Widgets, Inc.", NEGLIGENCE, HEADER, ROW, shifted,
        "The domestic value of the merchandise is $417,319.00."])
    extraction = extract_penalty(pdf)
    second = extraction.facts.entries[1]
    assert (second.entered_value, second.duty_paid, second.duty_owed) == (
        Decimal("2825.90"), Decimal("56.52"), Decimal("84.78"))
    assert not extraction.facts.doubts


def test_a_date_and_a_mark_joined_in_one_column_are_read_apart(tmp_path: Path) -> None:
    # "Entry Date" filled its tab stop, so "Liquidated?" joined it: each cell is a date, a mark.
    header = [(60.0, "Entry No."), (140.0, "Entry Date Liquidated?"), (260.0, "Entered Value"),
              (340.0, "Duty Paid"), (420.0, "Duty Owed")]
    rows = [[(60.0, "285-8497759-0"), (140.0, "April 1, 2022 Open"), (260.0, "311476.01"),
             (340.0, "11836.09"), (420.0, "19468.87")],
            [(60.0, "285-8497760-8"), (140.0, "March 18, 2023 Liquidated"), (260.0, "315654.72"),
             (340.0, "100.00"), (420.0, "46085.59")]]
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "Party: Acme Widgets, Inc.", NEGLIGENCE, header, *rows,
        "The domestic value of the merchandise is $1,417,319.00."])
    first, second = extract_penalty(pdf).facts.entries
    assert (first.entry_date, first.liquidated) == (date(2022, 4, 1), False)
    assert (second.entry_date, second.liquidated) == (date(2023, 3, 18), True)


def test_a_row_missing_its_entered_value_goes_to_a_person(tmp_path: Path) -> None:
    # A blank value cell, not a shift: the duties stay where they stand and a person checks.
    blank = [(60.0, "285-8497760-8"), (140.0, "11/17/2023"), (210.0, "N"),
             (330.0, "$56.52"), (410.0, "$84.78")]
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "Party: Acme Widgets, Inc.", NEGLIGENCE, HEADER, ROW, blank,
        "The domestic value of the merchandise is $417,319.00."])
    facts = extract_penalty(pdf).facts
    second = facts.entries[1]
    assert (second.entered_value, second.duty_paid, second.duty_owed) == (
        None, Decimal("56.52"), Decimal("84.78"))
    assert any("285-8497760-8" in doubt for doubt in facts.doubts)
