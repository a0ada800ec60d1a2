"""bench/corpus_seventeenth: deterministic per seed, truths by the law, scored values printed."""

from __future__ import annotations

import json
import random
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_seventeenth import law, penalties, protests, rulings
from bench.corpus_seventeenth.build import build
from bench.corpus_seventeenth.check import absent_values, layer_text

PROTEST_OUTCOMES = {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"}
RULING_OUTCOMES = {"accept", "deficient", "no_ruling", "needs_human"}
SMALL = {"protest": 4, "ruling-request": 2, "penalty-case": 2}


def test_law_matches_the_worked_examples() -> None:
    assert law.check_digit("ABC1234567") == 6
    assert law.check_digit("9999999999") == 0
    assert law.protest_last_day(date(2023, 6, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert law.protest_last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    lod, dv, dutiable = Decimal(10000), Decimal(300000), Decimal(200000)
    assert law.statutory_max("negligence", lod, dv, dutiable) == 20000
    gross = law.guideline_range("gross_negligence", lod, dv, dutiable)
    assert gross == (Decimal(25000), Decimal(40000))
    no_loss = law.guideline_range("fraud", Decimal(0), dv, dutiable)
    assert no_loss == (Decimal(100000), Decimal(160000))
    assert law.statutory_max("gross_negligence", Decimal(0), dv, dutiable) == 80000
    assert law.timeliness(date(2022, 12, 27), date(2022, 6, 29), date(2022, 12, 26)) == "grace"


def _truths(seed: int) -> list[dict[str, Any]]:
    made: list[dict[str, Any]] = []
    for module in (protests, rulings, penalties):
        for index, case in enumerate(module.CASES):
            doc = module.build(case, random.Random(f"{seed}:{index}"))
            made.append(module.truth(doc))
    return made


@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_truths_are_well_formed_and_follow_the_contract(seed: int) -> None:
    for truth in _truths(seed):
        assert truth["args"][-2] == "--today" and date.fromisoformat(truth["args"][-1])
        decision, values = truth["decision"], truth["values"]
        if "outcome" not in decision:
            assert any("outcome" in reason for reason in truth["not_scored"]), truth["case"]
        if truth["kind"] == "protest":
            assert decision.get("outcome", "accept") in PROTEST_OUTCOMES
            assert decision["missing"] == sorted(decision["missing"])
            for entry in values["entries"]:
                number = entry["entry_number"]
                assert law.check_digit(number[:3] + number[4:11]) == int(number[-1])
            if "last_days" in decision:
                assert decision["deadline"] == min(decision["last_days"].values())
        elif truth["kind"] == "ruling-request":
            assert decision["outcome"] in RULING_OUTCOMES
            assert decision["route"] == ("HQ" if values["ruling_type"] in ("valuation", "carrier")
                                         else "NCSD")
        else:
            loss = decision["loss_of_duties"]
            assert round(loss["actual"] + loss["potential"], 2) == loss["total"]
            low, high = decision["guideline_range"]
            assert low <= high <= values["domestic_value"]
            if decision["outcome"] == "needs_human":
                assert decision["notice"] == "none"


def test_each_case_shows_what_it_names() -> None:
    by_case = {truth["case"]: truth for truth in _truths(1)}
    assert by_case["weekend-grace"]["decision"]["outcome"] == "needs_human"
    assert by_case["weekend-late"]["decision"]["outcome"] == "untimely"
    assert by_case["no-earlier-date"]["decision"]["missing"] == ["174.13(a)(7)"]
    assert by_case["six-items"]["decision"] == {**by_case["six-items"]["decision"],
                                                "outcome": "deficient", "missing": []}
    assert by_case["under-1000"]["decision"]["notice"] == "penalty"
    assert by_case["limitations-passed"]["decision"]["barred_entries"]
    assert by_case["no-goods"]["decision"]["outcome"] == "needs_human"
    assert "proposed_penalty" not in by_case["neg-pd"]["decision"]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The same small sample generated twice (both producers, every kind)."""
    first, second = tmp_path_factory.mktemp("s17a"), tmp_path_factory.mktemp("s17b")
    build(first, 5, SMALL)
    build(second, 5, SMALL)
    return first, second


@pytest.mark.slow
def test_generation_is_deterministic_per_seed(sample: tuple[Path, Path]) -> None:
    first, second = sample
    names = sorted(p.relative_to(first).as_posix() for p in first.rglob("*.*"))
    assert names == sorted(p.relative_to(second).as_posix() for p in second.rglob("*.*"))
    assert {name.split("_")[2] for name in names} == {"inkscape", "xelatex"}
    for name in names:
        if name.endswith(".json"):
            assert json.loads((first / name).read_text()) == json.loads((second / name).read_text())
        else:
            assert layer_text(first / name) == layer_text(second / name)


@pytest.mark.slow
def test_every_scored_value_is_in_the_text_layer(sample: tuple[Path, Path]) -> None:
    pdfs = sorted(sample[0].rglob("*.pdf"))
    assert len(pdfs) == sum(SMALL.values())
    for pdf in pdfs:
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert absent_values(pdf, truth) == [], pdf.name
