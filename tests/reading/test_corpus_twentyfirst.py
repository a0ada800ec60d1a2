"""The twenty-first hand (iText 5, libharu): deterministic, well-formed truths, values printed."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_twentyfirst import law
from bench.corpus_twentyfirst.check import unprinted
from bench.corpus_twentyfirst.generate import generate, plan

FULL = {"protests": 24, "rulings": 12, "penalties": 12}
SAMPLE = {"protests": 7, "rulings": 6, "penalties": 6}  # every style once, both producers
ENTRY = re.compile(r"^[A-Z0-9]{3}-\d{7}-\d$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _truths(seed: int, counts: dict[str, int]) -> list[dict[str, Any]]:
    return [
        json.loads(json.dumps(truth, default=float)) for _, _, _, truth, _ in plan(seed, counts)
    ]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return generate(tmp_path_factory.mktemp("corpus21"), 3, SAMPLE)


def test_the_law_the_truths_use_matches_the_rules_worked_examples() -> None:
    assert law.check_digit("ABC", "1234567") == 6
    assert law.check_digit("999", "9999999") == 0
    assert law.last_day(date(2024, 1, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert law.last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    figures = law.penalty("negligence", False, Decimal(6000), Decimal(4000), Decimal(300000), None)
    assert figures["statutory_max"] == Decimal(20000)
    assert figures["guideline_range"] == [Decimal(5000), Decimal(20000)]
    fraud = law.penalty("fraud", True, Decimal(6000), Decimal(4000), Decimal(300000), None)
    assert (fraud["statutory_max"], fraud["proposed_penalty"]) == (Decimal(300000), Decimal(10000))
    no_loss = law.penalty(
        "gross_negligence", False, Decimal(0), Decimal(0), Decimal(300000), Decimal(200000)
    )
    assert no_loss["guideline_range"] == [Decimal(50000), Decimal(80000)]


def test_the_generator_is_deterministic_per_seed() -> None:
    assert _truths(1, FULL) == _truths(1, FULL)
    assert _truths(1, FULL) != _truths(2, FULL)
    first = [doc.text() for _, _, doc, _, _ in plan(1, SAMPLE)]
    assert first == [doc.text() for _, _, doc, _, _ in plan(1, SAMPLE)]


def test_the_truths_are_well_formed_and_cover_every_outcome() -> None:
    seen: dict[str, set[str]] = {kind: set() for kind in OUTCOMES}
    for truth in _truths(1, FULL):
        kind, values, decision = truth["kind"], truth["values"], truth["decision"]
        assert truth["args"][-2] == "--today" and ISO.match(truth["args"][-1])
        if "outcome" in decision:
            assert decision["outcome"] in OUTCOMES[kind]
            seen[kind].add(decision["outcome"])
        else:
            assert any(reason.startswith("outcome") for reason in truth["not_scored"])
        for entry in values.get("entries", []):
            assert ENTRY.match(entry["entry_number"])
            digits = entry["entry_number"].replace("-", "")
            assert law.check_digit(digits[:3], digits[3:10]) == int(digits[10])
        for key in ("received_date", "request_date", "violation_date", "limitations_date"):
            for where in (values, decision):
                assert where.get(key) is None or ISO.match(where[key])
        for missing in decision.get("missing", []):
            assert re.match(r"^17[47]\.\d+\((a|b|c)\)(\(\d\))?$", missing)
        if kind == "penalty-case":
            for value in (decision["statutory_max"], *decision["guideline_range"]):
                assert round(value, 2) == value
            assert decision.get("notice", "none") in {"pre_penalty", "penalty", "none"}
    assert seen == OUTCOMES


@pytest.mark.slow
def test_every_scored_value_is_in_the_text_layer_of_both_producers(sample: list[Path]) -> None:
    assert {pdf.name.split("_")[2] for pdf in sample} == {"itext", "hpdf"}
    problems = [problem for pdf in sample for problem in unprinted(pdf)]
    assert problems == []
