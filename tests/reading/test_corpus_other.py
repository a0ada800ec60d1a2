"""The blind family (bench/corpus_other, issue 13): one seed writes one corpus, byte for byte, and
every truth file holds only the contract's fields, well formed, with every scored value printed."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_other.build import build
from bench.corpus_other.check import problems, unprinted

pytestmark = pytest.mark.slow  # ps2pdf runs once per gs document

SMALL = {"protest": 6, "ruling-request": 5, "penalty-case": 4}
SEED_1 = {"protest": 30, "ruling-request": 16, "penalty-case": 16}  # as scored in RESULTS.md
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling-request": {"accept", "deficient", "no_ruling"},
            "penalty-case": {"draft", "needs_human"}}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("corpus-other")
    build(root, 1, SEED_1)
    return root


def _truths(root: Path, kind: str) -> list[tuple[Path, dict[str, Any]]]:
    return [(pdf, json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8")))
            for pdf in sorted((root / kind).glob("*.pdf"))]


def test_the_same_seed_writes_the_same_files_and_another_seed_other_ones(tmp_path: Path) -> None:
    first = build(tmp_path / "a", 7, SMALL)
    second = build(tmp_path / "b", 7, SMALL)
    other = build(tmp_path / "c", 8, SMALL)
    assert [p.relative_to(tmp_path / "a") for p in first] == \
        [p.relative_to(tmp_path / "b") for p in second]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name
        assert a.with_suffix(".json").read_bytes() == b.with_suffix(".json").read_bytes()
    assert [p.with_suffix(".json").read_bytes() for p in first] != \
        [p.with_suffix(".json").read_bytes() for p in other]


def test_seed_1_has_the_counts_half_per_producer_and_every_outcome(corpus: Path) -> None:
    for kind, count in SEED_1.items():
        truths = _truths(corpus, kind)
        assert len(truths) == count
        assert Counter(pdf.name.split("_")[2] for pdf, _ in truths) == \
            {"fpdf": count // 2, "gs": count // 2}
        outcomes = {truth["decision"].get("outcome") for _, truth in truths}
        assert OUTCOMES[kind] <= outcomes, kind


def test_every_truth_file_holds_only_well_formed_contract_fields(corpus: Path) -> None:
    for kind in SEED_1:
        for pdf, truth in _truths(corpus, kind):
            assert truth["kind"] == kind
            assert problems(kind, truth) == [], pdf.name


def test_every_scored_value_is_in_the_text_layer(corpus: Path) -> None:
    for kind in SEED_1:
        for pdf, truth in _truths(corpus, kind):
            assert unprinted(pdf, truth) == [], pdf.name


def test_the_checks_catch_a_broken_truth_file(corpus: Path) -> None:
    pdf, truth = _truths(corpus, "penalty-case")[0]
    broken = copy.deepcopy(truth)
    number = broken["values"]["entries"][0]["entry_number"]
    broken["values"]["entries"][0]["entry_number"] = number[:-1] + str((int(number[-1]) + 1) % 10)
    broken["values"]["colour"] = "red"
    broken["decision"]["statutory_max"] = 10.005
    del broken["decision"]["notice"]
    found = " | ".join(problems("penalty-case", broken))
    for expected in ("not a valid", "colour", "to the cent", "notice"):
        assert expected in found
    assert unprinted(pdf, broken) != []
