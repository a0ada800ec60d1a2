"""Referrals of senders in general (issue 13, round 27): the violation's date told as what the
first violation dates from ("the first violation dating from 2023-12-22") or as the date the first
false statement was made; the case number after the referral a letter is titled by."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "Violator: Osprey Marine Supply Inc.",
    "Address: 14 Dock Street, Tampa, FL 33602",
    "Culpability: Negligence",
    "Prior Disclosure: No",
    "Domestic Value: $81,200.00",
    "The importer declared knitted cotton beach towels under a provision at a lower rate.",
]
ROWS = [
    "ENTRY NO        ENTRY DATE    LIQ   ENTERED VALUE   DUTY PAID   DUTY OWED",
    "B7D-0071947-5   05/11/2023    Y     58,495.00       1,169.90    2,413.66",
]

DATED = [
    # The hand's classes: "dating from" an ISO date; the first false statement made on a date.
    ("the violation is assessed as negligent, the first violation dating from 2023-05-11.",
     date(2023, 5, 11)),
    ("The first false statement was made on 11 May 2023.", date(2023, 5, 11)),
    # Other wordings of both.
    ("The violations date back to May 11, 2023, when the first entry was filed.",
     date(2023, 5, 11)),
    ("The earliest false statement was\nmade on 05/11/2023, on the entry below.",
     date(2023, 5, 11)),
    ("Violations dating from 11-MAY-2023 are referred.", date(2023, 5, 11)),
]


@pytest.mark.parametrize(("sentence", "when"), DATED)
def test_the_violation_dated_by_its_wording(tmp_path: Path, sentence: str, when: date) -> None:
    lines = ["Case No.: 2025-1801-220417-01", *HEAD, *sentence.split("\n"), *ROWS]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.violation_date == when


@pytest.mark.parametrize("title", [
    "Penalty referral 2025-1801-220417-01",
    "PENALTY REFERRAL NO. 2025-1801-220417-01",
    "Referral # 2025-1801-220417-01 - Osprey Marine Supply Inc.",
])
def test_a_letter_titled_by_its_referral_gives_the_case_number(
        tmp_path: Path, title: str) -> None:
    lines = [title, *HEAD, "The violation occurred on May 11, 2023.", *ROWS]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.case_number == "2025-1801-220417-01"


def test_a_case_number_wins_over_the_referral_title(tmp_path: Path) -> None:
    lines = ["Referral 2025-77-1", "Case No.: 2025-1801-220417-01", *HEAD,
             "The violation occurred on May 11, 2023.", *ROWS]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.case_number == "2025-1801-220417-01"
