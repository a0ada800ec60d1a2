"""A party's name under a rule typed as a line of dashes (issue 13, round 34).

A case summary sheet parts its sections with typed rules: "SECTION A - PARTY" over "------" over
the name, its street and city lines. The rule is no part of the name the notice is addressed to
(19 CFR 162.77).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from tests.penalty_read.drawn import draw_referral

_REST = [
    "IOR number 49-1413475",
    "SECTION B - VIOLATION",
    "Violation date: 25 July 2022",
    "Culpability: Gross negligence (19 U.S.C. 1592(c)(2))",
    "Prior disclosure: none.",
    "SECTION C - ENTRIES",
    "* Entry ABC-3444662-7 of 25 July 2022, final (liquidated): entered value 32,380.13 dollars;",
    "duty deposited 2,733.38 dollars; duty lawfully owed 5,062.52 dollars.",
    "Domestic value: USD 122,985.00",
]


@pytest.mark.parametrize("rule", ["-" * 60, "=" * 40, "_" * 50, "- " * 20])
def test_the_rule_above_the_name_is_no_part_of_it(tmp_path: Path, rule: str) -> None:
    lines = ["Penalty Case Summary Sheet", rule, "Case: 2026-2704-129938-01",
             "Prepared: 30 May 2023", rule, "SECTION A - PARTY", rule,
             "Ambervale Garden Tools Ltd.", "66 Hedgerow Court", "Rockford, IL 61101", *_REST]
    facts = extract_penalty(draw_referral(tmp_path / "r.pdf", lines, font="Courier")).facts
    assert facts.party_name == "Ambervale Garden Tools Ltd."
    assert facts.party_address == "66 Hedgerow Court, Rockford, IL 61101"
