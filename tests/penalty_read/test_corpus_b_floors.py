"""The accuracy reached on corpus-b's penalty referrals, kept as floors (not timings).

The corpus sits beside the repository (../shared/corpus-b); without it this test fails, since a
floor that is not measured protects nothing.
"""

from __future__ import annotations

from tests.penalty_read.scoring import CORPUS_B, Scored, score_file

VALUES_FLOOR = 1.0
DECISIONS_FLOOR = 1.0
OUTCOMES_FLOOR = 1.0
DOCUMENTS_FULLY_RIGHT_FLOOR = 1.0


def test_corpus_b_penalty_referrals_meet_the_floors_with_no_confidently_wrong_outcome() -> None:
    truths = sorted(CORPUS_B.glob("*.json"))
    assert len(truths) >= 40, f"corpus-b penalty referrals not found at {CORPUS_B}"
    scored: list[Scored] = [score_file(path) for path in truths]
    misses = [miss for s in scored for miss in s.misses]
    values = sum(s.values_right for s in scored) / sum(s.values for s in scored)
    decisions = sum(s.decisions_right for s in scored) / sum(s.decisions for s in scored)
    with_outcome = [s for s in scored if s.outcome_want is not None]
    outcomes = sum(s.outcome_have == s.outcome_want for s in with_outcome) / len(with_outcome)
    fully_right = sum(not s.misses for s in scored) / len(scored)
    assert [s.name for s in scored if s.confidently_wrong] == []
    assert values >= VALUES_FLOOR, misses
    assert decisions >= DECISIONS_FLOOR, misses
    assert outcomes >= OUTCOMES_FLOOR, misses
    assert fully_right >= DOCUMENTS_FULLY_RIGHT_FLOOR, misses
