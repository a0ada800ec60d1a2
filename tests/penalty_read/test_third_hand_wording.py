"""Referrals in a third hand's wording (issue 13): a violation date named from behind, the
disclosure told before its name, an address printed on two lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

ENTRIES = [
    "Entry            Entered       Liq.   Value            Duty Deposited   Duty Lawfully Owed",
    "285-8497759-0    10/02/2023    Y      $107,729.39      $4,309.18        $11,850.24",
]


def referral(*lines: str) -> list[str]:
    return [
        "MEMORANDUM",
        "SUBJECT: Referral for penalty action under 19 U.S.C. 1592 - Case No. 2025-4601-158187-01",
        *lines,
        *ENTRIES,
        "The domestic value of the merchandise is $417,319.00.",
    ]


NEGLIGENCE = "The evidence supports negligence."
PARTY = ("This memorandum refers Cedar & Stone Home Goods LLC, 7700 Kingston Pike, Knoxville, "
         "TN 37919, importer number 66-9978838, for a penalty.")


@pytest.mark.parametrize("sentence", [
    "The first false entry was filed on 10/02/2023, which is the date of the violation.",
    "Beginning Oct. 2, 2023 (the date of violation), the importer declared the goods below.",
])
def test_a_date_the_cue_names_from_behind_is_the_violation_date(tmp_path: Path,
                                                                 sentence: str) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", referral(PARTY, sentence,
                                                     "The evidence supports negligence."))
    facts = extract_penalty(pdf).facts
    assert facts.violation_date == date(2023, 10, 2)


def test_a_date_far_before_the_cue_is_not_taken(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", referral(
        PARTY, "Audit began 01/05/2024. Nothing else is known about the date of the violation.",
        "The evidence supports negligence."))
    assert extract_penalty(pdf).facts.violation_date is None


def test_a_disclosure_told_then_named_in_parentheses_is_a_prior_disclosure(
        tmp_path: Path) -> None:
    told = "The party disclosed the violation to CBP before it learned of any inquiry"
    never = "The party never disclosed the violation to CBP (prior disclosure: none)."
    made = draw_referral(tmp_path / "a.pdf",
                         referral(PARTY, NEGLIGENCE, f"{told} (prior disclosure)."))
    denied = draw_referral(tmp_path / "b.pdf", referral(PARTY, NEGLIGENCE, never))
    assert extract_penalty(made).facts.prior_disclosure is True
    assert extract_penalty(denied).facts.prior_disclosure is False


def test_an_address_on_two_lines_keeps_the_comma_after_the_street(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "REPORT OF FINDINGS - 19 U.S.C. 1592", "Case: 2025-4601-852527-01",
        "Subject: Lakeshore Audio Components, Inc.", "505 Washington Avenue N",
        "Minneapolis, MN 55401", "Importer of record no. 78-8967134", NEGLIGENCE,
        *ENTRIES, "The domestic value of the merchandise is $417,319.00."])
    assert extract_penalty(pdf).facts.party_address == (
        "505 Washington Avenue N, Minneapolis, MN 55401")
