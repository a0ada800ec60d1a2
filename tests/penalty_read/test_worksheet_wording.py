"""Referrals as worksheets and audit letters write them (issue 13, fourth and fifth hands): the
culpability ticked among printed boxes or given in the regulation's words, clerks' labels
(EIN, D.V., earliest violation), the party after "The party is", list items marked LIQ/UNLIQ,
a currency word printed in its own column, and a mark column a run-together header hides."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import IN_SENTENCE
from bots.penalty_notice.extract_violation import kind_of
from tests.penalty_read.drawn import Line, draw_referral

ENTRIES: list[Line] = [
    "Entry No.        Entry Date    Liquidated?   Entered Value   Duty Paid    Duty Owed",
    "938-5546495-9    09/23/2023    N             $992.27         $31.75       $531.75",
]


def worksheet(tmp_path: Path, *lines: Line, entries: list[Line] = ENTRIES) -> Path:
    """A case-initiation worksheet: label/value lines, then the entries."""
    return draw_referral(tmp_path / "referral.pdf", [
        "CASE INITIATION - 19 U.S.C. 1592",
        "Case 2025-1303-302265-01",
        "Subject Lumen Arc Lighting Corporation",
        "Address 4400 Alameda Street, Vernon, CA 90058",
        *lines,
        *entries,
    ])


@pytest.mark.parametrize(("boxes", "level"), [
    ("[X] Negligence [ ] Gross negligence [ ] Fraud", "negligence"),
    ("[ ] Negligence [X] Gross negligence [ ] Fraud", "gross_negligence"),
    ("[ ] Negligence [ ] Gross negligence [X] Fraud", "fraud"),
    ("Negligence [ ] Gross negligence [ ] Fraud [X]", "fraud"),
])
def test_the_ticked_culpability_is_read_not_the_other_printed_levels(
    tmp_path: Path, boxes: str, level: str
) -> None:
    reading = extract_penalty(worksheet(tmp_path, f"Culpability {boxes}",
                                        "Prior disclosure [ ] Yes [X] No"))
    assert reading.facts.culpability == level
    assert not reading.facts.doubts
    assert reading.fields["culpability"].evidence is not None


@pytest.mark.parametrize("boxes", [
    "[ ] Negligence [ ] Gross negligence [ ] Fraud",
    "[X] Negligence [ ] Gross negligence [X] Fraud",
])
def test_no_level_or_two_ticked_leaves_the_culpability_to_a_person(
    tmp_path: Path, boxes: str
) -> None:
    assert extract_penalty(worksheet(tmp_path, f"Culpability {boxes}")).facts.culpability is None


@pytest.mark.parametrize(("line", "level"), [
    # Boxes drawn as shapes leave only the mark in the text.
    ("Culpability Negligence Gross negligence X Fraud", "fraud"),
    ("Culpability X Negligence Gross negligence Fraud", "negligence"),
    ("Culpability Negligence Gross negligence Fraud", None),
])
def test_levels_listed_on_one_line_are_read_only_by_their_mark(
    tmp_path: Path, line: str, level: str | None
) -> None:
    assert extract_penalty(worksheet(tmp_path, line)).facts.culpability == level


@pytest.mark.parametrize(("line", "level"), [
    # 19 CFR Part 171 App. B (B)(1) and (B)(3): each level in the guidelines' own definition.
    ("Level of culpability failure to exercise reasonable care", "negligence"),
    ("Culpability: a knowing and voluntary false statement", "fraud"),
    ("Culpability: with wanton disregard for the relevant facts", "gross_negligence"),
])
def test_a_level_given_in_the_regulations_words_is_read(
    tmp_path: Path, line: str, level: str
) -> None:
    assert extract_penalty(worksheet(tmp_path, line)).facts.culpability == level


def test_an_abbreviated_level_is_read_as_a_weak_cue(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "referral.pdf", [
        "Regulatory Audit - Referral for Penalty Action",
        "Case Number: 2025-2704-906201-01",
        "We consider the level of culpability to be Neg..",
        *ENTRIES,
    ])
    reading = extract_penalty(path)
    assert reading.facts.culpability == "negligence"
    assert reading.fields["culpability"].confidence < IN_SENTENCE


@pytest.mark.parametrize(("line", "disclosed"), [
    ("Prior disclosure Yes X No", False),
    ("Prior disclosure X Yes No", True),
    ("Prior disclosure [ ] Yes [X] No", False),
])
def test_a_disclosure_answered_by_a_mark_takes_the_marked_answer(
    tmp_path: Path, line: str, disclosed: bool
) -> None:
    reading = extract_penalty(worksheet(tmp_path, "Culpability fraud", line))
    assert reading.facts.prior_disclosure is disclosed
    assert not reading.facts.doubts


def test_a_disclosure_with_both_answers_and_no_mark_goes_to_a_person(tmp_path: Path) -> None:
    reading = extract_penalty(worksheet(tmp_path, "Culpability fraud", "Prior disclosure Yes No"))
    assert any("prior disclosure" in doubt for doubt in reading.facts.doubts)


@pytest.mark.parametrize(("line", "noncommercial"), [
    ("Commercial importation Yes X No", True),
    ("Commercial importation [X] Yes [ ] No", False),
    ("Commercial importation [ ] Yes [X] No", True),
    ("Noncommercial importation? [X] Yes [ ] No", True),
    ("Noncommercial importation? [ ] Yes [X] No", False),
    ("Commercial importation: No", True),
])
def test_a_yes_no_question_on_commercial_importation_is_answered_by_its_tick(
    tmp_path: Path, line: str, noncommercial: bool
) -> None:
    reading = extract_penalty(worksheet(tmp_path, "Culpability NEGLIGENCE", line))
    assert reading.facts.noncommercial is noncommercial
    assert reading.fields["noncommercial"].evidence is not None


def test_clerks_labels_give_the_importer_number_the_domestic_value_and_the_date(
    tmp_path: Path
) -> None:
    facts = extract_penalty(worksheet(
        tmp_path, "EIN 93-7628490", "Culpability NEGLIGENCE", "Earliest violation: 09/23/2023",
        "D.V. of merchandise USD 1,438.00",
    )).facts
    assert facts.importer_number == "93-7628490"
    assert facts.violation_date == date(2023, 9, 23)
    assert facts.domestic_value == Decimal("1438.00")


@pytest.mark.parametrize(("sentence", "name"), [
    ("The party is Tallgrass Pet Products LLC, 1650 W. 3rd Street, Tulsa, OK 74127, importer "
     "number 69-4483902.", "Tallgrass Pet Products LLC"),
    ("Auditee: Juniper & Oak Furnishings LLC, 8800 Warehouse Row, High Point, NC 27260; "
     "importer number 90-7248003.", "Juniper & Oak Furnishings LLC"),
])
def test_the_party_named_in_a_sentence_keeps_its_whole_name(
    tmp_path: Path, sentence: str, name: str
) -> None:
    path = draw_referral(tmp_path / "referral.pdf", [
        "Regulatory Audit - Referral for Penalty Action",
        "Penalty Case No. 2025-2704-311334-01",
        sentence,
        "The facts support a finding of GROSS NEGLIGENCE.",
        *ENTRIES,
    ])
    assert extract_penalty(path).facts.party_name == name


def test_entries_listed_with_status_codes_keep_their_liquidation(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "referral.pdf", [
        "Regulatory Audit - Referral for Penalty Action",
        "Penalty Case No. 2025-2704-311334-01",
        "We consider the level of culpability to be Fraud.",
        "Entries examined:",
        "- 191-0227506-2, entered 06/13/2023, LIQ; entered value $40398.95; duty paid",
        "$1009.97; duty owed $3433.91",
        "- 191-7045925-9, entered 08/19/2023, UNLIQ; entered value $44151.04; duty paid",
        "$2207.55; duty owed $5518.89",
    ])
    entries = extract_penalty(path).facts.entries
    assert [e.liquidated for e in entries] == [True, False]
    assert entries[0].duty_owed == Decimal("3433.91")


def test_a_currency_word_in_its_own_column_leaves_the_amount_beside_it(tmp_path: Path) -> None:
    # "Value (USD)" heads two columns: "USD" under "Value", the amount under "(USD)".
    cells: list[Line] = [
        [(62, "Entry Number"), (153, "Date of Entry"), (225, "Liq. Status"), (274, "Value"),
         (298, "(USD)"), (368, "Duties Deposited"), (451, "Duties Lawfully Owed")],
        [(62, "967-6109341-6"), (153, "09/24/2022"), (225, "LIQ"), (274, "USD"),
         (294, "112,618.97"), (368, "USD"), (388, "4,504.76"), (451, "USD"), (471, "15,766.66")],
        [(62, "967-7468155-3"), (153, "10/17/2022"), (225, "LIQ"), (274, "USD"),
         (294, "78,940.03"), (368, "USD"), (388, "3,947.00"), (451, "USD"), (471, "8,683.40")],
    ]
    path = draw_referral(tmp_path / "referral.pdf", [
        "PENALTY CASE SUMMARY", "Case 2025-1703-197825-01", "Culpability fraud", *cells,
    ], font_size=7)
    entries = extract_penalty(path).facts.entries
    assert [e.entered_value for e in entries] == [Decimal("112618.97"), Decimal("78940.03")]
    assert [e.duty_paid for e in entries] == [Decimal("4504.76"), Decimal("3947.00")]


def test_a_mark_column_a_run_together_header_hides_is_still_read(tmp_path: Path) -> None:
    cells: list[Line] = [
        [(40, "Entry # Entry Dt. Status"), (250, "Value"), (320, "Deposited"),
         (400, "Correct Duty")],
        [(40, "9GB-6149652-1 Oct. 8, 2020 Y"), (250, "63,722.66"), (320, "1,593.07"),
         (400, "2,432.01")],
        [(40, "9GB-0284513-3 Dec. 1, 2020 N"), (250, "73,820.52"), (320, "2,879.00"),
         (400, "6,270.72")],
    ]
    path = worksheet(tmp_path, "Culpability: grossly negligent", entries=cells)
    reading = extract_penalty(path)
    assert [e.liquidated for e in reading.facts.entries] == [True, False]
    assert not any("liquidated" in doubt for doubt in reading.facts.doubts)


def test_a_lower_rate_provision_is_a_classification_violation() -> None:
    assert kind_of("Post-entry review showed that the party declared the goods under a "
                   "provision with a lower rate than the one that applies.") == "classification"


@pytest.mark.parametrize(("sentence", "disclosed"), [
    ("The violator disclosed the violation before CBP learned of it (19 U.S.C. 1592(c)(4)).",
     True),
    ("The violation was found at audit; there was no disclosure.", False),
    ("The importer never voluntarily disclosed the errors.", False),
])
def test_a_disclosure_told_as_the_act_is_read(
    tmp_path: Path, sentence: str, disclosed: bool
) -> None:
    reading = extract_penalty(worksheet(tmp_path, "Culpability: negligence", sentence))
    assert reading.facts.prior_disclosure is disclosed
    found = reading.fields["prior_disclosure"]
    assert found.evidence is not None  # read from the sentence, not defaulted
    assert found.confidence < IN_SENTENCE


def test_a_disclosure_cited_by_its_law_but_not_read_goes_to_a_person(tmp_path: Path) -> None:
    reading = extract_penalty(worksheet(
        tmp_path, "Culpability: negligence", "See 19 CFR 162.74 as to the tender of duties."))
    assert any("prior disclosure" in doubt for doubt in reading.facts.doubts)


def test_a_lone_y_or_n_in_a_list_item_is_its_liquidation_read_weakly(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "referral.pdf", [
        "Regulatory Audit - Referral for Penalty Action",
        "Case Number: 2025-4601-977992-01",
        "We consider the level of culpability to be FRAUD.",
        "Entries examined:",
        "- GFI-3579720-9, entered April 2, 2023, N; entered value $114278.94; duty paid $3656.93;",
        "duty owed $12227.85",
        "- GFI-2194871-7, entered May 24, 2023, Y; entered value $21503.58; duty paid $860.14;",
        "duty owed $2472.91",
    ])
    reading = extract_penalty(path)
    assert [e.liquidated for e in reading.facts.entries] == [False, True]
    assert reading.fields["entries[1].liquidated"].confidence < IN_SENTENCE
