"""A violation dated in a relative clause (issue 13, round 32: the forty-second hand).

"We find that the violation, which began on 21 February 2024, resulted from grossly negligent
conduct": the cue "the violation began" with a clause's "which" between, and its siblings ("the
violations that first occurred on", "the violation - which commenced"). Unread, the date went to
a person as missing, though the referral gives it (19 U.S.C. 1621 runs from it).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

_LETTER = [
    "Regulatory Audit - Referral for Penalty Action",
    "Case 2025-3002-291728-01",
    "This referral concerns Tamarack Toy Company (importer number 68-5525086), whose address is 65",
    "Birch Hollow Road, Burlington, VT 05401. Our audit found that the company declared desk lamps",
    "at values that did not match its purchase records.",
    "{told}",
    "No prior disclosure was made.",
    "The entries concerned are:",
    "  - Entry H9B-2379017-4, entered 21 February 2024, liquidated; entered value $19,914.36, duty",
    "     deposited $3,561.44, duty lawfully owed $7,839.50.",
    "The domestic value of the merchandise is $156,983.00.",
]


@pytest.mark.parametrize("told", [
    "We find that the violation, which began on 21 February 2024, resulted from grossly negligent "
    "conduct.",
    "The violations, which first occurred on 21 February 2024, were grossly negligent.",
    "The violation that commenced on February 21, 2024 resulted from grossly negligent conduct.",
    "The violation - which started 2024-02-21 - resulted from grossly negligent conduct.",
])
def test_a_violation_dated_in_a_clause(tmp_path: Path, told: str) -> None:
    lines = [line.format(told=told) for line in _LETTER]
    reading = extract_penalty(draw_referral(tmp_path / "r.pdf", lines))
    assert reading.facts.violation_date == date(2024, 2, 21)
    assert reading.facts.culpability == "gross_negligence"
