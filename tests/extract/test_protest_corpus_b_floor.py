"""Accuracy floors on ../shared/corpus-b/protest (documents written by another hand): values and
outcomes right, and no outcome confidently wrong. The corpus must be there: absent, this fails."""

from __future__ import annotations

from pathlib import Path

from tests.extract.corpus_b_scoring import Score

REPO_ROOT = Path(__file__).resolve().parents[2]
CORPUS = REPO_ROOT.parent / "shared" / "corpus-b" / "protest"
VALUES_FLOOR = 0.99
OUTCOMES_FLOOR = 0.98


def test_protests_from_another_hand_are_read_to_the_floors() -> None:
    truths = sorted(CORPUS.glob("*.json"))
    assert len(truths) >= 60, f"corpus-b protests not found under {CORPUS}"
    score = Score()
    for truth in truths:
        score.add(truth)
    assert score.confidently_wrong == 0, score.misses
    assert score.values_right / score.values >= VALUES_FLOOR, score.misses
    assert score.outcomes_right / score.outcomes >= OUTCOMES_FLOOR, score.misses
