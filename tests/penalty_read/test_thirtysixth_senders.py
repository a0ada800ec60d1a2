"""Referrals of senders in general (issue 13, round 30, the thirtysixth and thirtyseventh hands).

- A worksheet pads its labels to one width with dot leaders, so the longest labels keep only two
  or three dots before the value ("DOMESTIC VALUE .. 119818.00"): still a label and its value.
- A narrative opens with its case number as a sentence of its own ("Case 2024-...-01. Acme
  Corp., whose address is ..."): the number and its word are no part of the party's name.
- A sentence wrapped so that a line opens with a party's word ("The" over "party made a prior
  disclosure ..."): the words after it are the sentence going on, not the party's name.
- "whose importer number is 45-1730200": the number after its words and a verb.
- A case export whose label column is too narrow runs the value into its label ("Prior
  disclosureNone filed"): the value starts inside the label's last word.
- A person or a firm with no legal form opens a sentence tied to its address by a connector
  ("Harriet Oyelaran, whose address is ..."); a case system asks "Import type"; a list item's
  cells are separated by bars with a lone Y/N for the liquidation.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from bots.penalty_notice.extract import PenaltyExtraction, extract_penalty
from bots.penalty_notice.extract_header import LABELLED
from tests.penalty_read.drawn import Line, draw_referral

_WORKSHEET = [
    "LOSS OF DUTY COMPUTATION - ACCOUNTING WORKSHEET",
    "CASE ............ 2024-2809-838968-01",
    "PARTY ........... Pinecrest Footwear Company",
    "ADDRESS ......... 35 Tannery Row, Brockton, MA 02301",
    "IOR ............. 56-1434072",
    "VIOLATION DATE .. 2022-04-22",
    "CULPABILITY ..... Negligence",
    "Entry            Dt entered   Status  Value     Paid     Owed",
    "9E1-0003495-8    2022-04-22   LIQ     21675.21  650.25   1300.50",
]


def _worksheet(tmp_path: Path, *tail: str) -> PenaltyExtraction:
    path = draw_referral(tmp_path / "w.pdf", [*_WORKSHEET, *tail,
                                               "Prepared by B. Ashworth, Accounting."],
                         font="Courier")
    return extract_penalty(path)


@pytest.mark.parametrize(("lines", "domestic", "dutiable"), [
    (["DOMESTIC VALUE .. 119818.00", "DUTIABLE VALUE .. 86200.00"], "119818.00", "86200.00"),
    (["DOMESTIC VALUE .. 295,075.00 USD", "DUTIABLE VALUE .. 203,500.00 USD"],
     "295075.00", "203500.00"),
    (["Domestic value ... $104,907.00", "Dutiable value ... $86,700.00"], "104907.00", "86700.00"),
    # another mark's leader: an ellipsis character, middle dots, an underscore rule
    (["DOMESTIC VALUE \u2026 119818.00", "DUTIABLE VALUE \u00b7\u00b7 86200.00"],
     "119818.00", "86200.00"),
    (["DOMESTIC VALUE ___ 119818.00", "DUTIABLE VALUE ______ 86200.00"], "119818.00", "86200.00"),
])
def test_a_label_padded_to_two_or_three_leader_dots_gives_its_value(
        tmp_path: Path, lines: list[str], domestic: str, dutiable: str) -> None:
    facts = _worksheet(tmp_path, *lines).facts
    assert facts.domestic_value == Decimal(domestic)
    assert facts.dutiable_value == Decimal(dutiable)


@pytest.mark.parametrize(("line", "made"), [
    ("PRIOR DISCL .. YES", True),
    ("PRIOR DISCL ... NO", False),
    ("PRIOR DISCLOSURE .. YES", True),
    ("PRIOR DISCL ___ YES", True),
])
def test_a_short_leadered_abbreviation_is_still_its_label(
        tmp_path: Path, line: str, made: bool) -> None:
    reading = _worksheet(tmp_path, "DOMESTIC VALUE .. 119818.00", line)
    assert reading.facts.prior_disclosure is made
    assert reading.fields["prior_disclosure"].evidence is not None


def _narrative(tmp_path: Path, lines: list[str]) -> PenaltyExtraction:
    path = draw_referral(tmp_path / "n.pdf", [
        "Case narrative - fines, penalties and forfeitures", *lines,
        "- Entry 9E1-2027919-5, entered June 14, 2021, liquidated: entered value USD 79,443.80,",
        "  duty paid USD 1,588.87, duty owed USD 7,149.93.",
        "The domestic value of the merchandise is USD 226,872.00. No prior disclosure was made.",
        "Gunnar Halvorsen, Special Agent",
    ])
    return extract_penalty(path)


@pytest.mark.parametrize(("opening", "name"), [
    ("Case 2024-3002-376955-01. Ostrava Glassworks USA Corp., whose address is 2250 Kiln Street,",
     "Ostrava Glassworks USA Corp."),
    ("File no. 2025-0901-517324-01. Bluefin Cookware LLC, of 2250 Kiln Street,",
     "Bluefin Cookware LLC"),
    ("Ref. 2024-1001-294958-01. Calloway Pet Products, Inc., located at 2250 Kiln Street,",
     "Calloway Pet Products, Inc."),
    # the number, or a date, closing the sentence's opening clause
    ("In case 2024-3002-376955-01, Ostrava Glassworks USA Corp., whose address is 2250 Kiln"
     " Street,", "Ostrava Glassworks USA Corp."),
    ("On June 14, 2021, Bluefin Cookware LLC, whose address is 2250 Kiln Street,",
     "Bluefin Cookware LLC"),
])
def test_a_case_number_that_ends_its_own_sentence_is_no_part_of_the_name(
        tmp_path: Path, opening: str, name: str) -> None:
    facts = _narrative(tmp_path, [
        opening,
        "Toledo, OH 43604 and whose importer number is 45-1730200, made the entries below. Date",
        "of violation: June 14, 2021. Culpability: Gross negligence.",
    ]).facts
    assert facts.party_name == name
    assert facts.party_address == "2250 Kiln Street, Toledo, OH 43604"


@pytest.mark.parametrize("wording", [
    "and whose importer number is 45-1730200, made the entries below.",
    "and whose IOR number was 45-1730200, made the entries below.",
    "(importer no. is 45-1730200) made the entries below.",
    "and whose IOR is 45-1730200, made the entries below.",
])
def test_an_importer_number_told_with_a_verb_is_read(tmp_path: Path, wording: str) -> None:
    facts = _narrative(tmp_path, [
        "Case 2024-3002-376955-01. Ostrava Glassworks USA Corp., whose address is 2250 Kiln",
        f"Street, Toledo, OH 43604 {wording}",
        "Date of violation: June 14, 2021. Culpability: Gross negligence.",
    ]).facts
    assert facts.importer_number == "45-1730200"


@pytest.mark.parametrize("wrapped", [
    "party made a prior disclosure under 19 CFR 162.74 before any investigation began.",
    "violator filed a prior disclosure under 19 CFR 162.74 before any investigation began.",
    "importer of record tendered the duties with a prior disclosure under 19 CFR 162.74.",
])
def test_a_sentence_wrapped_after_its_article_names_no_party(
        tmp_path: Path, wrapped: str) -> None:
    reading = _narrative(tmp_path, [
        "Case 2026-0901-517324-01. Redwing Marine Supply Corp., whose address is 1 Wharf Street,",
        "Pier 9, Tacoma, WA 98421 and whose importer number is 35-2606249, made the entries below.",
        "Date of violation: April 17, 2023. Culpability: Fraud. The",
        wrapped,
    ])
    assert reading.facts.party_name == "Redwing Marine Supply Corp."
    assert reading.facts.party_address == "1 Wharf Street, Pier 9, Tacoma, WA 98421"


_EXPORT: list[Line] = [
    "CASETRACK 4.2 | PENALTY CASE SUMMARY (EXPORT)",
    [(72.0, "Case No."), (150.0, "2025-3002-393724-01"), (330.0, "Port"), (420.0, "3002")],
    [(72.0, "Party"), (150.0, "Kestrel Lighting Group, Inc."), (330.0, "IOR No."),
     (420.0, "51-6560547")],
    [(72.0, "Party address"), (150.0, "51 Lamplighter Drive, Charlotte, NC 28217")],
    [(72.0, "Import type"), (150.0, "Commercial"), (330.0, "Violation date"),
     (420.0, "Apr. 10, 2020")],
]
_ENTRIES: list[Line] = [
    [(72.0, "Entry #"), (170.0, "Entry Dt."), (260.0, "Liq?"), (310.0, "Entered Value"),
     (400.0, "Duty Deposited"), (490.0, "Correct Duty")],
    [(72.0, "H4F-6110371-7"), (170.0, "Apr. 10, 2020"), (260.0, "Open"), (310.0, "$ 110,696.65"),
     (400.0, "$ 4,427.87"), (490.0, "$ 20,001.89")],
    "NARRATIVE",
    "Review of the importer's entries of insulated beverage bottles found the declared values",
    "understated the duty owed. Referred to FP&F for a pre-penalty determination.",
]


def _export(tmp_path: Path, *glued: tuple[str, str]) -> PenaltyExtraction:
    # The value set hard against its label, as a narrow label column prints it.
    lines = [[(72.0, label), (72.0 + stringWidth(label, "Helvetica", 8.5), value)]
             for label, value in glued]
    return extract_penalty(draw_referral(tmp_path / "e.pdf", [*_EXPORT, *lines, *_ENTRIES]))


@pytest.mark.parametrize(("value", "made"), [
    ("None filed", False), ("Not made", False), ("Filed 3/1/2020", True)])
def test_a_disclosure_run_into_its_label_is_read_whole(
        tmp_path: Path, value: str, made: bool) -> None:
    reading = _export(tmp_path, ("Culpability", "GROSS NEGLIGENCE"), ("Prior disclosure", value))
    assert reading.facts.prior_disclosure is made


@pytest.mark.parametrize(("label", "value", "expected"), [
    ("Domestic value", "$ 414,354.00", Decimal("414354.00")),
    ("Dutiable value", "USD 200,000.00", Decimal("200000.00")),
])
def test_an_amount_run_into_its_label_is_read_whole(
        tmp_path: Path, label: str, value: str, expected: Decimal) -> None:
    reading = _export(tmp_path, ("Culpability", "GROSS NEGLIGENCE"), (label, value))
    key = "domestic_value" if label.startswith("Domestic") else "dutiable_value"
    assert getattr(reading.facts, key) == expected


def test_a_culpability_run_into_its_label_is_read_whole(tmp_path: Path) -> None:
    reading = _export(tmp_path, ("Culpability", "Negligence"), ("Prior disclosure", "None filed"))
    assert reading.facts.culpability == "negligence"


@pytest.mark.parametrize(("opening", "name"), [
    ("Case 2025-5301-630170-01. Harriet Oyelaran, whose address is 2250 Kiln Street,",
     "Harriet Oyelaran"),
    ("Case 2025-5301-630170-01. Ostrava Glassworks USA, located at 2250 Kiln Street,",
     "Ostrava Glassworks USA"),
    ("Case 2025-5301-630170-01. Kestrel Lighting Group, with its principal place of business at"
     " 2250 Kiln Street,", "Kestrel Lighting Group"),
])
def test_a_party_without_a_legal_form_that_opens_the_sentence_before_its_address_is_read(
        tmp_path: Path, opening: str, name: str) -> None:
    reading = _narrative(tmp_path, [
        opening,
        "Toledo, OH 43604 and whose importer number is 45-1730200, made the entries below. Date",
        "of violation: June 14, 2021. Culpability: Gross negligence.",
    ])
    assert reading.facts.party_name == name
    assert reading.facts.party_address == "2250 Kiln Street, Toledo, OH 43604"


@pytest.mark.parametrize("opening", [
    # a date before the name: where the name starts is not told
    "On June 14, 2021 Harriet Oyelaran, whose address is 2250 Kiln Street,",
    # the office that refers the case is no party
    "The Office of Fines, Penalties and Forfeitures, located at 2250 Kiln Street,",
    "The importer, whose address is 2250 Kiln Street,",
])
def test_no_name_is_taken_where_the_sentence_does_not_open_with_one(
        tmp_path: Path, opening: str) -> None:
    reading = _narrative(tmp_path, [
        opening,
        "Toledo, OH 43604 and whose importer number is 45-1730200, made the entries below. Date",
        "of violation: June 14, 2021. Culpability: Gross negligence.",
    ])
    assert reading.facts.party_name is None


@pytest.mark.parametrize(("label", "value", "noncommercial"), [
    ("Import type", "Commercial", False),
    ("Import type:", "Noncommercial", True),
    ("Type of import", "Non-commercial (personal use)", True),
])
def test_a_case_systems_import_type_is_the_commercial_label(
        tmp_path: Path, label: str, value: str, noncommercial: bool) -> None:
    lines = [*_EXPORT[:4], [(72.0, label), (150.0, value)], [(72.0, "Culpability"),
                                                            (150.0, "Negligence")], *_ENTRIES]
    reading = extract_penalty(draw_referral(tmp_path / "t.pdf", lines))
    assert reading.facts.noncommercial is noncommercial
    assert reading.fields["noncommercial"].confidence == LABELLED


def _glued(label: str, value: str) -> list[tuple[float, str]]:
    return [(72.0, label), (72.0 + stringWidth(label, "Helvetica", 8.5), value)]


def test_every_kind_of_value_run_into_its_label_is_read_whole(tmp_path: Path) -> None:
    # A party, an importer number, a date and an amount each set hard against their label.
    lines = [_EXPORT[0], _EXPORT[1],
             [(72.0, "Party address"), (150.0, "51 Lamplighter Drive, Charlotte, NC 28217")],
             _glued("Party", "Kestrel Lighting Group, Inc."), _glued("IOR No.", "51-6560547"),
             _glued("Violation date", "12-JUL-2024"), _glued("Culpability", "Negligence"),
             _glued("Domestic value", "414,354.00"), *_ENTRIES]
    facts = extract_penalty(draw_referral(tmp_path / "g.pdf", lines)).facts
    assert facts.party_name == "Kestrel Lighting Group, Inc."
    assert facts.importer_number == "51-6560547"
    assert str(facts.violation_date) == "2024-07-12"
    assert facts.domestic_value == Decimal("414354.00")


@pytest.mark.parametrize(("first", "second", "marks"), [
    ("| N |", "| Y |", [False, True]),
    ("|Y|", "|N|", [True, False]),
    ("| N |", "| N |", [False, False]),
])
def test_a_lone_mark_between_a_list_items_bars_is_its_liquidation(
        tmp_path: Path, first: str, second: str, marks: list[bool]) -> None:
    reading = extract_penalty(draw_referral(tmp_path / "b.pdf", [
        "FINES, PENALTIES & FORFEITURES -- 1592 CASE WORKSHEET",
        "CASE NUMBER ......... 2021-2704-506746-01",
        "VIOLATOR ............ Pemberton's Fine Ceramics Ltd.",
        "CULPABILITY ......... FRAUD",
        "ENTRIES:",
        f"  - BEH-3490427-5 | entered 03/08/2021 {first} value 43,183.88 USD | paid 1,079.60 USD"
        " | owed 1,046.21 USD",
        f"  - BEH-4079505-5 | entered 05/18/2021 {second} value 29,755.28 USD | paid 743.88 USD"
        " | owed 743.88 USD",
        "PREPARED BY: Tobias R. Whitcombe, Paralegal Specialist",
    ]))
    assert [e.liquidated for e in reading.facts.entries] == marks
    assert not any("liquidated could not be read" in d for d in reading.facts.doubts)


def test_a_labels_own_number_before_its_colon_is_no_value(tmp_path: Path) -> None:
    # "Address1:" numbers the label (a form's first address line); the value follows the colon.
    reading = extract_penalty(draw_referral(tmp_path / "a.pdf", [
        "PENALTY CASE REFERRAL - 19 U.S.C. 1592", "Case Number: 2025-2704-000411-01",
        "Violator: Alder Point Housewares Inc.", "Address1: 18 Quarry Road, Reno, NV 89502",
        "Culpability: Negligence", "Importer Number: 88-1204417",
        "Entry 4KC-1186502-7, filed May 6, 2022 (liquidated): entered value $60,000.00; duty",
        "paid $1,200.00; duty owed $4,800.00.",
    ]))
    assert reading.facts.party_address == "18 Quarry Road, Reno, NV 89502"
