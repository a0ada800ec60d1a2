"""The twenty-fifth hand's corpus: deterministic per seed, well-formed truths, every scored "
"value printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.corpus_twentyfifth import penalties, protests, rulings
from bench.corpus_twentyfifth.checks import truth_problems, unprinted
from bench.corpus_twentyfifth.generate import generate, plan

FULL = {"protest": 24, "ruling-request": 12, "penalty-case": 12}


def test_plan_is_deterministic_per_seed() -> None:
    first = [(producer, doc.truth, doc.blocks) for producer, doc in plan(1, FULL)]
    again = [(producer, doc.truth, doc.blocks) for producer, doc in plan(1, FULL)]
    other = [doc.truth for _, doc in plan(2, FULL)]
    assert first == again
    assert [truth for _, truth, _ in first] != other


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_truths_are_well_formed_and_cover_every_case(seed: int) -> None:
    docs = plan(seed, {"protest": 32, "ruling-request": 14, "penalty-case": 16})
    problems = {doc.case: truth_problems(doc.truth) for _, doc in docs if truth_problems(doc.truth)}
    assert problems == {}
    cases = {(doc.kind, doc.case) for _, doc in docs}
    expected = (
        {("protest", c) for c in protests.CASES}
        | {("ruling-request", c) for c in rulings.CASES}
        | {("penalty-case", c) for c in penalties.CASES}
    )
    assert cases == expected
    assert {producer for producer, _ in docs} == {"dompdf", "scribus"}


@pytest.mark.slow
def test_a_generated_sample_prints_every_scored_value(tmp_path: Path) -> None:
    counts = {"protest": 2, "ruling-request": 2, "penalty-case": 2}
    made = generate(tmp_path, 4, counts)
    planned = [doc.truth for _, doc in plan(4, counts)]
    written = [json.loads(pdf.with_suffix(".json").read_text()) for pdf in made]
    assert written == json.loads(json.dumps(planned))
    assert {pdf.name.split("_")[2] for pdf in made} == {"dompdf", "scribus"}
    missing = {
        pdf.name: unprinted(pdf, truth)
        for pdf, truth in zip(made, written, strict=False)
        if unprinted(pdf, truth)
    }
    assert missing == {}
