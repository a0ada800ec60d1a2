"""Protests from other hands kept as regression cases: a Form 19 replica with [X]/[ ] boxes, a
firm letter signed "X, by its attorneys", a broker's letter citing no law, a pleading with a
caption, and an in-house memo whose justification is only promised. Every scored key is right."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.corpus_b_scoring import Score

FOLDER = Path(__file__).parent / "corpus_b"
CASES = sorted(FOLDER.glob("*.json"))


def test_the_golden_set_spans_all_three_producers() -> None:
    assert {p.stem.split("_")[2] for p in CASES} == {"docx", "rl", "html"}


@pytest.mark.parametrize("truth", CASES, ids=lambda p: p.stem)
def test_every_scored_key_is_read_right(truth: Path) -> None:
    score = Score()
    score.add(truth)
    assert score.misses == []

