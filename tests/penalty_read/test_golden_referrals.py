"""Referrals from other hands, kept as regression documents: every scored key is read right.

One per layout: a memorandum with a ruled table and dates as "October 21, 2024" (docx), a report
of findings with an unruled table and USD amounts (rl), a case initiation sheet (html), an audit
referral in prose for a noncommercial importation, and a report with an overpaid entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.penalty_read.scoring import score_file

GOLDEN = sorted((Path(__file__).parent / "corpus_b").glob("*.json"))


def test_the_golden_set_holds_every_layout_family() -> None:
    assert {path.stem.split("_")[2] for path in GOLDEN} == {"docx", "rl", "html"}


@pytest.mark.parametrize("truth", GOLDEN, ids=[p.stem for p in GOLDEN])
def test_every_scored_value_and_decision_is_right(truth: Path) -> None:
    scored = score_file(truth)
    assert scored.misses == []
    assert scored.outcome_have == scored.outcome_want
