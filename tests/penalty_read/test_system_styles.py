"""Sender behaviour of case systems and audit reports (issue 13, round 8): dates printed the way
case systems and spreadsheets print them (13SEP22, 01-OCT-2021, 2021.08.04), a caption with its
value set in under it, a party whose name holds a bracketed word, a clerk's "Prior discl.", and
an audit's "report of findings and referral" that never says "penalty" or "violation"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.common.reading.dates import find_dates
from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import Line, draw_referral

HEADER = [(60.0, "Entry Number"), (140.0, "Entered"), (210.0, "Liq."), (250.0, "Value"),
          (330.0, "Duty Paid"), (410.0, "Duty Owed")]


def _labelled(title: str, pairs: list[tuple[str, str]], x: float = 200.0) -> list[Line]:
    """A title, then each label at the margin with its value in a column at `x`."""
    return [title, *[[(72.0, label), (x, value)] for label, value in pairs]]


def _row(entered: str) -> Line:
    return [(60.0, "285-8497759-0"), (140.0, entered), (210.0, "N"), (250.0, "$107,729.39"),
            (330.0, "$4,309.18"), (410.0, "$11,850.24")]


@pytest.mark.parametrize(("printed", "day"), [
    ("13SEP22", date(2022, 9, 13)), ("01-OCT-2021", date(2021, 10, 1)),
    ("01-Oct-21", date(2021, 10, 1)), ("13 SEP 22", date(2022, 9, 13)),
    ("13.Sep.2022", date(2022, 9, 13)), ("SEP-13-2022", date(2022, 9, 13)),
    ("2021.08.04", date(2021, 8, 4)), ("2021/08/04", date(2021, 8, 4)),
])
def test_a_case_systems_date_styles_are_dates(printed: str, day: date) -> None:
    assert [m.value for m in find_dates(f"entered {printed}.")] == [day]


@pytest.mark.parametrize("printed", ["31FEB22", "ABC13SEP22", "v2021.08.04.1", "13SEP2"])
def test_look_alikes_are_no_dates(printed: str) -> None:
    assert find_dates(printed) == []


@pytest.mark.parametrize(("printed", "day"), [
    ("13SEP22", date(2022, 9, 13)), ("01-OCT-2021", date(2021, 10, 1)),
    ("2021.08.04", date(2021, 8, 4)),
])
def test_a_referral_dated_in_a_systems_style_is_read(
    tmp_path: Path, printed: str, day: date
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "FP&F PENALTY CASE 2026-1001-975952-01", f"Date of violation: {printed}",
        "Culpability: negligence", HEADER, _row(printed)])
    facts = extract_penalty(pdf).facts
    assert facts.violation_date == day
    assert facts.entries[0].entry_date == day


def test_a_caption_with_its_value_set_in_under_it(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "FP&F PENALTY COMPUTATION WORKSHEET (19 U.S.C. 1592)",
        "Case No.", [(81.0, "2026-1001-975952-01")],
        "Violator", [(81.0, "Lakeshore Lamp & Light Co.")],
        "Address", [(81.0, "90 Wharf Street, Duluth, MN 55802")],
        "Culpability", [(81.0, "Negligence")], HEADER, _row("10/02/2023")])
    extraction = extract_penalty(pdf)
    assert extraction.facts.party_name == "Lakeshore Lamp & Light Co."
    assert extraction.facts.party_address == "90 Wharf Street, Duluth, MN 55802"
    assert extraction.fields["party_name"].confidence >= 0.95  # read under its caption


@pytest.mark.parametrize("name", ["Marigold Textiles (USA) Inc.", "Harbor Tools (H.K.) Ltd."])
def test_a_name_with_a_bracketed_word_is_read_whole(tmp_path: Path, name: str) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "IMPORT SPECIALIST FINDINGS - REFERRAL TO FINES, PENALTIES & FORFEITURES",
        f"2. The importer of record is {name}, 5 Loom Court, Suite 300, Charlotte, NC 28202.",
        "5. Culpability found: negligence.", HEADER, _row("10/02/2023")])
    facts = extract_penalty(pdf).facts
    assert facts.party_name == name
    assert facts.party_address == "5 Loom Court, Suite 300, Charlotte, NC 28202"


@pytest.mark.parametrize(("said", "made"), [
    ("Prior discl.: Y (valid, 19 CFR 162.74)", True), ("Prior discl.: N", False),
    ("Prior disc.: yes", True),
])
def test_a_clerks_abbreviated_disclosure_label_is_read(
    tmp_path: Path, said: str, made: bool
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "FP&F PENALTY CASE 2026-1001-975952-01", "Culpability: fraud", said,
        HEADER, _row("10/02/2023")])
    extraction = extract_penalty(pdf)
    assert extraction.facts.prior_disclosure is made
    assert extraction.fields["prior_disclosure"].confidence > 0.7  # read, not defaulted


def test_an_audit_report_of_findings_and_referral_is_a_referral(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "Regulatory Audit and Agency Advisory Services", "Report of findings and referral",
        "Case 2024-1703-713935-01. The audit of Old Harbor Lighting Co., 19 Wharf Street,",
        "Portland, ME 04101 found that the company knowingly undervalued its entries.",
        "We find the conduct to be fraud.", HEADER, _row("10/02/2023")])
    facts = extract_penalty(pdf).facts
    assert facts.culpability == "fraud"
    assert facts.case_number == "2024-1703-713935-01"


@pytest.mark.parametrize(("sentence", "day"), [
    ("found that the company knowingly undervalued its entries, beginning 9-9-22.",
     date(2022, 9, 9)),
    ("found that the company misstated the origin, beginning the 14th day of September, 2022.",
     date(2022, 9, 14)),
    ("The importer declared the goods under a lower-rate provision starting on 2022-10-03.",
     date(2022, 10, 3)),
    ("The violations began on March 3, 2022, with the first entry.", date(2022, 3, 3)),
])
def test_the_date_an_act_began_dates_the_violation(
    tmp_path: Path, sentence: str, day: date
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "Report of findings and referral - case 2024-1703-713935-01", sentence,
        "We find the conduct to be fraud.", HEADER, _row("10/02/2023")])
    extraction = extract_penalty(pdf)
    assert extraction.facts.violation_date == day
    assert extraction.fields["violation_date"].confidence <= 0.85  # a sentence's cue


def test_a_period_beginning_without_an_act_dates_no_violation(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "Report of findings and referral - case 2024-1703-713935-01",
        "The audit covered the period beginning 01/01/2020.", "Culpability: fraud.",
        HEADER, _row("10/02/2023")])
    assert extract_penalty(pdf).facts.violation_date is None


@pytest.mark.parametrize(("labels", "sep"), [
    (("Viol. date", "Culp.", "Dom. value", "Dut. value"), ":"),
    (("Dt. of viol.", "Culp.", "Dom. val.", "Dut. val."), ":"),
    (("Viol. dt.", "Culpability", "Dom.value", "Dut.value"), ""),
])
def test_a_clerks_abbreviated_labels_are_read(
    tmp_path: Path, labels: tuple[str, str, str, str], sep: str
) -> None:
    dated, culp, dv, dut = labels
    pdf = draw_referral(tmp_path / "r.pdf", [
        *_labelled("FP&F CASE 2026-1001-975952-01", [
            (f"{dated}{sep}", "May 26, 2023"), (f"{culp}{sep}", "NEG"),
            (f"{dv}{sep}", "$162,539.00"), (f"{dut}{sep}", "$125,020.00")], x=180.0),
        HEADER, _row("10/02/2023")])
    facts = extract_penalty(pdf).facts
    assert facts.violation_date == date(2023, 5, 26)
    assert facts.culpability == "negligence"
    assert facts.domestic_value == Decimal("162539.00")
    assert facts.dutiable_value == Decimal("125020.00")


@pytest.mark.parametrize("statement", [
    "The importer misdescribed the merchandise on the entry summaries, so that a lower rate "
    "was declared.",
    "The broker misdescribed the goods, so that a lower duty rate was claimed on each entry.",
])
def test_a_misdescription_that_lowered_the_rate_is_a_classification_violation(
    tmp_path: Path, statement: str
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "Penalty Computation Worksheet - case 2024-5301-854461-01", "Culpability: negligence",
        HEADER, _row("10/02/2023"), statement])
    facts = extract_penalty(pdf).facts
    assert facts.violation_type == "classification"
    assert facts.material_facts is not None and "misdescribed" in facts.material_facts


@pytest.mark.parametrize(("case", "party", "ior", "dated"), [
    ("Case ID", "Company name", "IRS No.", "Period of violation"),
    ("File No.", "Name of firm", "Tax ID number", "Violation period"),
    ("Matter #", "Entity name", "Federal tax identification no.", "Date of violation"),
])
def test_other_forms_wording_of_the_header_is_read(
    tmp_path: Path, case: str, party: str, ior: str, dated: str
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        *_labelled("FINES, PENALTIES AND FORFEITURES - REFERRAL", [
            (f"{case}:", "2026-1001-975952-01"), (f"{party}:", "Sable Ridge Apparel Group"),
            (f"{ior}:", "40-1297006"), (f"{dated}:", "05/26/2023 - 11/30/2023"),
            ("Culpability:", "Negligence")], x=220.0),
        HEADER, _row("10/02/2023")])
    extraction = extract_penalty(pdf)
    facts = extraction.facts
    assert facts.case_number == "2026-1001-975952-01"
    assert facts.party_name == "Sable Ridge Apparel Group"
    assert facts.importer_number == "40-1297006"
    assert facts.violation_date == date(2023, 5, 26)
    assert extraction.fields["importer_number"].confidence >= 0.95


@pytest.mark.parametrize(("printed", "level"), [
    ("FRD - deliberate false statement", "fraud"), ("FRD", "fraud"),
    ("GN", "gross_negligence"), ("GR NEG", "gross_negligence"), ("NEG.", "negligence"),
])
def test_a_case_systems_culpability_code_is_read_as_a_weak_cue(
    tmp_path: Path, printed: str, level: str
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "FP&F CASE 2026-1001-975952-01", "Culpability", [(81.0, printed)],
        HEADER, _row("10/02/2023")])
    extraction = extract_penalty(pdf)
    assert extraction.facts.culpability == level
    assert extraction.fields["culpability"].confidence < 0.85  # a code, not the level's name


@pytest.mark.parametrize(("sentence", "goods"), [
    ("3. The merchandise, LED table lamps with fabric shades, model TL-7, was entered as shown "
     "below.", "LED table lamps with fabric shades, model TL-7"),
    ("The imported goods, cordless angle grinders without battery, were declared at a lower "
     "value.", "cordless angle grinders without battery"),
    ("The merchandise, insulated food jars, 16 oz., style nos. FJ-16 and FJ-18, was entered.",
     "insulated food jars, 16 oz., style nos. FJ-16 and FJ-18"),
])
def test_goods_named_between_commas_describe_the_merchandise(
    tmp_path: Path, sentence: str, goods: str
) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "FP&F CASE 2026-1001-975952-01", sentence, "Culpability: negligence",
        HEADER, _row("10/02/2023")])
    assert extract_penalty(pdf).facts.merchandise == goods


@pytest.mark.parametrize("sentence", [
    "The merchandise, valued at $193,807.00, was entered at the port.",
    "The merchandise, described in the invoices, was entered at the port.",
])
def test_an_aside_about_the_goods_is_no_description(tmp_path: Path, sentence: str) -> None:
    # 162.77(b)(1)(i): only a description of the goods goes into the notice.
    pdf = draw_referral(tmp_path / "r.pdf", [
        "FP&F CASE 2026-1001-975952-01", sentence, "Culpability: negligence",
        HEADER, _row("10/02/2023")])
    assert extract_penalty(pdf).facts.merchandise is None
