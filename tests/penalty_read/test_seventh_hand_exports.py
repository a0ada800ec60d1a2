"""Sender behaviour of a seventh hand (issue 13, round 7): a case system's "key = value" export
(snake_case, camelCase or glued keys; a party and its address split by a semicolon), an importer
number in brackets after the party ("(IOR 29-1841129)"), the violation dated by a chronology's row,
and an amount labelled "value of the merchandise" that is no description of the goods."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

HEADER = [(60.0, "Entry Number"), (140.0, "Entered"), (210.0, "Liq."), (250.0, "Value"),
          (330.0, "Duty Paid"), (410.0, "Duty Owed")]
ROW = [(60.0, "285-8497759-0"), (140.0, "10/02/2023"), (210.0, "N"), (250.0, "$107,729.39"),
       (330.0, "$4,309.18"), (410.0, "$11,850.24")]
TITLE = "FP&F CASE SYSTEM -- PENALTY REFERRAL EXPORT"


def _export(keys: dict[str, str], aligned: bool) -> list[Line]:
    """Each key and its "= value": in one column each (aligned) or on one run of text."""
    if aligned:
        return [[(72.0, key), (200.0, f"= {value}")] for key, value in keys.items()]
    return [f"{key} = {value}" for key, value in keys.items()]


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("case", "party", "ior", "dated", "dv", "dut"), [
    ("case_no", "violator", "ior_no", "violation_date", "domestic_value", "dutiable_value"),
    ("CaseNumber", "PartyName", "ImporterNo", "ViolationDate", "DomesticValue", "DutiableValue"),
    ("penalty.case_no", "alleged_violator", "importer_of_record_no", "date_of_violation",
     "total_domestic_value", "total_dutiable_value"),
])
def test_a_key_value_export_is_read_by_its_keys_words(
    tmp_path: Path, aligned: bool, case: str, party: str, ior: str, dated: str, dv: str, dut: str,
) -> None:
    keys = {case: "2026-1001-975952-01",
            party: "SABLE RIDGE APPAREL GROUP; 7150 WESTHEIMER RD., SUITE 400, HOUSTON, TX 77063",
            ior: "40-1297006", dated: "May 26, 2023", "culpability": "ordinary negligence",
            dv: "USD 162,539.00", dut: "USD 125,020.00"}
    pdf = draw_referral(tmp_path / "r.pdf", [TITLE, *_export(keys, aligned), HEADER, ROW])
    extraction = extract_penalty(pdf)
    facts = extraction.facts
    assert facts.case_number == "2026-1001-975952-01"
    assert facts.party_name == "SABLE RIDGE APPAREL GROUP"
    assert facts.party_address == "7150 WESTHEIMER RD., SUITE 400, HOUSTON, TX 77063"
    assert facts.importer_number == "40-1297006"
    assert facts.violation_date == date(2023, 5, 26)
    assert facts.domestic_value == Decimal("162539.00")
    assert facts.dutiable_value == Decimal("125020.00")
    assert extraction.fields["importer_number"].confidence >= 0.95


def test_glued_keys_are_read_as_labels(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "case_no=2026-1001-975952-01", "ior_no=40-1297006", "culpability=negligence",
        "violation_date=2023-05-26", HEADER, ROW])
    facts = extract_penalty(pdf).facts
    assert facts.case_number == "2026-1001-975952-01"
    assert facts.importer_number == "40-1297006"
    assert facts.violation_date == date(2023, 5, 26)


@pytest.mark.parametrize("party", [
    ["Subject party: Kestrel Cycle Works Corp., 15 Ferry Landing, Portland, OR 97217 "
     "(IOR 29-1841129)"],
    ["Subject party: Kestrel Cycle Works Corp., 15 Ferry Landing, Portland, OR 97217 (IOR",
     "29-1841129)"],
    ["Subject party: Kestrel Cycle Works Corp., 15 Ferry Landing, Portland, OR 97217 "
     "(IOR# 29-1841129)"],
])
def test_an_importer_number_in_brackets_after_the_party_is_read(
    tmp_path: Path, party: list[str]
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "MEMORANDUM TO FILE - penalty case 2026-2704-982320-01", *party,
        "Level of culpability found: gross negligence.", HEADER, ROW])
    facts = extract_penalty(pdf).facts
    assert facts.importer_number == "29-1841129"
    assert facts.party_name == "Kestrel Cycle Works Corp."


@pytest.mark.parametrize(("row", "day"), [
    ("2023-04-01 First entry with the misdescribed goods (date of violation)", date(2023, 4, 1)),
    ("April 1, 2023 - first entry of the goods - violation date", date(2023, 4, 1)),
    ("04/01/2023  First false invoice filed; this is the date of the violation",
     date(2023, 4, 1)),
])
def test_a_chronology_row_dates_the_violation(tmp_path: Path, row: str, day: date) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "MEMORANDUM TO FILE - penalty case 2026-2704-982320-01", "Chronology", "Date Event", row,
        "2023-05-08 Second entry of the goods", "Level of culpability found: negligence.",
        HEADER, ROW])
    assert extract_penalty(pdf).facts.violation_date == day


def test_a_row_whose_cue_labels_a_later_date_gives_that_date(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "MEMORANDUM TO FILE - penalty case 2026-2704-982320-01",
        "03/01/2024 referral received; violation date: 2023-04-01",
        "Level of culpability found: negligence.", HEADER, ROW])
    assert extract_penalty(pdf).facts.violation_date == date(2023, 4, 1)


def test_the_value_of_the_merchandise_is_not_its_description(tmp_path: Path) -> None:
    # 162.77(b)(1)(i): an amount is no description; the notice's goods are left for a person.
    pdf = draw_referral(tmp_path / "r.pdf", [
        "MEMORANDUM TO FILE - penalty case 2026-2704-982320-01",
        "Level of culpability found: negligence.", HEADER, ROW,
        "Domestic value of the merchandise: 193,807.00", "Dutiable value: 149,080.00",
        "Loss of duties and proposed penalty to be computed under 19 CFR 171 App. B."])
    facts = extract_penalty(pdf).facts
    assert facts.merchandise is None
    assert facts.domestic_value == Decimal("193807.00")


def test_a_referral_forwarded_behind_quote_markers_is_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "From: FP&F Officer", "Subject: FW: penalty referral", "> ----- Forwarded message -----",
        "> Case number: 2026-1001-975952-01", "> Party: Sable Ridge Apparel Group",
        ">> Importer number: 40-1297006", "> > Date of violation: May 26, 2023",
        "> Culpability: negligence", HEADER, ROW])
    facts = extract_penalty(pdf).facts
    assert facts.case_number == "2026-1001-975952-01"
    assert facts.party_name == "Sable Ridge Apparel Group"
    assert facts.importer_number == "40-1297006"
    assert facts.violation_date == date(2023, 5, 26)


def test_a_pascal_style_assignment_is_read_as_a_label(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, "ior_no := 40-1297006", "case_no := 2026-1001-975952-01", "culpability := fraud",
        HEADER, ROW])
    facts = extract_penalty(pdf).facts
    assert facts.importer_number == "40-1297006"
    assert facts.case_number == "2026-1001-975952-01"


@pytest.mark.parametrize(("said", "made"), [
    ("PD = accepted (19 CFR 162.74)", True), ("PD: granted.", True), ("PD - verified", True),
    ("Prior disclosure: accepted by the port.", True), ("PD = NO", False),
    ("PD: not accepted.", False), ("PD = none", False),
])
def test_a_disclosure_abbreviated_pd_is_read_with_its_answer(
    tmp_path: Path, said: str, made: bool
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "MEMORANDUM TO FILE - penalty case 2026-2704-982320-01",
        f"Level of culpability found: intentional fraud. {said}", HEADER, ROW])
    extraction = extract_penalty(pdf)
    assert extraction.facts.prior_disclosure is made
    assert extraction.fields["prior_disclosure"].confidence >= 0.75  # read, not defaulted


def test_a_pd_answer_not_understood_goes_to_a_person(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "MEMORANDUM TO FILE - penalty case 2026-2704-982320-01",
        "Level of culpability found: intentional fraud. PD = pending review", HEADER, ROW])
    assert any("prior disclosure" in doubt for doubt in extract_penalty(pdf).facts.doubts)


def test_an_export_of_two_key_columns_reads_both(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        TITLE, [(72.0, "case_no = 2026-1001-975952-01"), (320.0, "ior_no = 40-1297006")],
        [(72.0, "ViolationDate"), (160.0, "= 2023-05-26"), (320.0, "culpability = negligence")],
        HEADER, ROW])
    facts = extract_penalty(pdf).facts
    assert facts.case_number == "2026-1001-975952-01"
    assert facts.importer_number == "40-1297006"
    assert facts.violation_date == date(2023, 5, 26)
    assert facts.culpability == "negligence"
