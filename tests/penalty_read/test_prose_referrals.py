"""Referrals that state their values in sentences and list entries in bullets."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.contract import extract_json
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import IN_SENTENCE, LABELLED
from tests.penalty_read.drawn import draw_referral

TODAY = date(2025, 8, 17)


def memo(*body: str) -> list[str]:
    return [
        "MEMORANDUM",
        "SUBJECT: Referral for penalty action under 19 U.S.C. 1592 - FP&F Case No. "
        "2025-1001-632456-01",
        "1. Violator. Tidewater Marine Supply Co., 700 Boush Street, Norfolk, VA 23510. "
        "Importer No.: 91-",
        "3454468.",
        "2. Violation. Assists were not declared. Date of violation: October 21, 2024.",
        *body,
        "7. Values. Domestic value: $363,103.00.",
    ]


BULLETS = [
    "6. Entries.",
    "- Entry D9G-9756772-1, entered October 21, 2024, unliquidated; entered value $23,613.31,",
    "  duty paid $590.33, duty owed $1,534.88.",
    "- Entry D9G-0630110-5, entered 02/06/2025, liquidated; entered value $93,961.17, duty paid",
    "  $2,349.03, duty owed $6,107.48.",
]


def test_entries_listed_in_bullets_are_read_with_their_figures(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "m.pdf", memo("3. Culpability. NEGLIGENCE.",
                                                 "4. Prior disclosure. None was filed.", *BULLETS))
    extraction = extract_penalty(pdf)
    first, second = extraction.facts.entries
    assert (first.entry_number, first.entry_date, first.liquidated) == (
        "D9G-9756772-1", date(2024, 10, 21), False)
    assert (first.entered_value, first.duty_paid, first.duty_owed) == (
        Decimal("23613.31"), Decimal("590.33"), Decimal("1534.88"))
    assert (second.entry_date, second.liquidated, second.duty_owed) == (
        date(2025, 2, 6), True, Decimal("6107.48"))
    assert extraction.facts.party_name == "Tidewater Marine Supply Co."
    assert extraction.facts.party_address == "700 Boush Street, Norfolk, VA 23510"
    assert extraction.facts.importer_number == "91-3454468"
    assert extraction.facts.case_number == "2025-1001-632456-01"
    # A value read in a sentence is less sure than one beside its label in a form.
    assert extraction.fields["violation_date"].confidence == IN_SENTENCE < LABELLED


@pytest.mark.parametrize(
    ("sentence", "made"),
    [
        ("4. Prior disclosure. No prior disclosure was filed.", False),
        ("4. Prior disclosure. Prior disclosure: None", False),
        ("4. PRIOR DISCLOSURE: NOT FILED", False),
        ("4. Prior Disclosure (19 CFR 162.74): No", False),
        ("4. The importer did not file a prior disclosure.", False),
        ("4. A valid prior disclosure under 19 CFR 162.74 was filed on February 22, 2023.", True),
        ("4. Prior disclosure: Yes (filed 01/10/2022)", True),
        ("4. THE PARTY MADE A VALID PRIOR DISCLOSURE ON 13 AUGUST 2022.", True),
        ("4. The party made no prior disclosure.", False),
    ],
)
def test_prior_disclosure_is_read_from_its_wordings(
    tmp_path: Path, sentence: str, made: bool
) -> None:
    body = memo("3. Culpability. Negligence.", sentence, *BULLETS)
    pdf = draw_referral(tmp_path / "pd.pdf", body)
    facts = extract_penalty(pdf).facts
    assert facts.prior_disclosure is made
    assert facts.doubts == ()


def test_a_prior_disclosure_the_reader_cannot_settle_goes_to_a_person(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "pd.pdf", memo(
        "3. Culpability. Negligence.",
        "4. Prior disclosure. The question of a prior disclosure is under review by counsel.",
        *BULLETS))
    result = extract_json(pdf, today=TODAY)
    assert result["decision"]["outcome"] == "needs_human"
    assert "PEN-READ" in {f["rule"] for f in result["findings"]}


@pytest.mark.parametrize(
    ("sentence", "level"),
    [
        ("3. Culpability assessed: Grossly negligent - wanton disregard of the facts.",
         "gross_negligence"),
        ("3. Level of culpability: Fraud - knowing and intentional false statements.", "fraud"),
        ("3. The importer acted negligently in failing to declare the assists.", "negligence"),
    ],
)
def test_culpability_is_read_from_its_wordings(tmp_path: Path, sentence: str, level: str) -> None:
    pdf = draw_referral(tmp_path / "c.pdf", memo(sentence, "4. No prior disclosure.", *BULLETS))
    assert extract_penalty(pdf).facts.culpability == level


def test_a_text_naming_two_levels_without_a_finding_leaves_the_culpability_open(
    tmp_path: Path,
) -> None:
    pdf = draw_referral(tmp_path / "c.pdf", memo(
        "3. Case type: commercial fraud / negligence penalty.", "4. No prior disclosure.",
        *BULLETS))
    result = extract_json(pdf, today=TODAY)
    assert result["values"]["culpability"] is None
    assert result["decision"]["outcome"] == "needs_human"


COLUMNS = (50.0, 140.0, 215.0, 290.0, 365.0, 440.0)


def cells(*texts: str) -> list[tuple[float, str]]:
    return [(x, t) for x, t in zip(COLUMNS, texts, strict=False) if t]


def test_a_letter_naming_the_party_by_its_legal_form_and_dates_in_day_month_order(
    tmp_path: Path,
) -> None:
    pdf = draw_referral(tmp_path / "letter.pdf", [
        "Fines, Penalties and Forfeitures Office",
        "RE: Penalty case 2025-2704-000777-01",
        "This office refers Acme Widgets, Inc., 12 Harbor Way, Suite 300, Long Beach, CA 90802",
        "(IOR No. 12-3456789) under 19 U.S.C. 1592. The violation occurred on 3 January 2023.",
        "We find the importer was grossly negligent. The importer did not file a prior disclosure.",
        "The domestic value of the merchandise is $120,000 and the dutiable value is $80,000.",
        cells("Entry", "Entered", "Liquidated", "Value", "Paid", "Owed"),
        cells("112-8477237-0", "3 January 2023", "Yes", "$40,000", "$1,000", "$3,000"),
        cells("112-9005488-8", "9 February 2023", "No", "$40,000", "$1,000", "$3,000"),
    ])
    facts = extract_penalty(pdf).facts
    assert (facts.party_name, facts.party_address) == (
        "Acme Widgets, Inc.", "12 Harbor Way, Suite 300, Long Beach, CA 90802")
    assert (facts.violation_date, facts.culpability, facts.prior_disclosure) == (
        date(2023, 1, 3), "gross_negligence", False)
    assert [e.entry_date for e in facts.entries] == [date(2023, 1, 3), date(2023, 2, 9)]
    assert [e.liquidated for e in facts.entries] == [True, False]


def test_a_form_that_abbreviates_prior_disclosure_as_pd_is_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "grid.pdf", [
        "PENALTY REFERRAL - 19 U.S.C. 1592",
        cells("Case No.:", "2025-2704-000777-01"),
        cells("Importer of Record:", "Acme Widgets, Inc."),
        cells("Culpability:", "Negligence"),
        cells("PD:", "Yes"),
        cells("PD date:", "01/10/2024"),
        cells("Entry No.", "Entry Date", "Liq.", "Entered Value", "Duty Paid", "Duty Owed"),
        cells("112-8477237-0", "01/03/2023", "Y", "$40,000.00", "$1,000.00", "$3,000.00"),
    ])
    facts = extract_penalty(pdf).facts
    assert (facts.party_name, facts.prior_disclosure) == ("Acme Widgets, Inc.", True)


def test_a_count_after_the_value_cue_is_not_taken_for_the_domestic_value(tmp_path: Path) -> None:
    body = memo("3. Culpability. Negligence.", "4. No prior disclosure.", *BULLETS)
    body[-1] = "7. Values. The domestic value of the 2 entries is $117,574.48."
    facts = extract_penalty(draw_referral(tmp_path / "v.pdf", body)).facts
    assert facts.domestic_value == Decimal("117574.48")
