"""Issue 13's floors on corpus-b (../shared/corpus-b beside the repository): the figures the
reader reached, asserted so that they cannot slip. The corpus must be there: a missing corpus
fails rather than skips."""

from __future__ import annotations

import pytest

from tests.ruling_read._score import CORPUS_B, Score, run


@pytest.fixture(scope="module")
def score() -> Score:
    pdfs = sorted(CORPUS_B.glob("*.pdf"))
    assert len(pdfs) >= 41, f"corpus-b ruling requests not found in {CORPUS_B}"
    result = Score()
    for pdf in pdfs:
        truth, output = run(pdf)
        result.add(pdf.stem, truth, output)
    return result


def test_no_outcome_is_confidently_wrong(score: Score):
    assert score.confidently_wrong == 0, "\n".join(score.wrong)


def test_at_least_99_percent_of_values_are_read_right(score: Score):
    assert score.values_right / score.values >= 0.99, "\n".join(score.wrong)


def test_at_least_98_percent_of_outcomes_are_right(score: Score):
    assert score.outcomes_right / score.documents >= 0.98, "\n".join(score.wrong)


def test_at_least_95_percent_of_documents_have_every_key_right(score: Score):
    assert score.fully_right / score.documents >= 0.95, "\n".join(score.wrong)
