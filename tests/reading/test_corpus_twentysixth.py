"""The twenty-sixth blind corpus (issue 13): deterministic per seed, well-formed truths, and every
scored value printed in the pydyf PDFs' text layer."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_twentysixth.check import DATE_KEYS, MONEY_KEYS, unprinted
from bench.corpus_twentysixth.generate import build
from bench.corpus_twentysixth.law import check_digit

ENTRY = re.compile(r"^[A-I0-9]{3}-\d{7}-\d$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return build(tmp_path_factory.mktemp("c26"), 3, protests=24, rulings_n=12, penalty_n=12)


def _digest(folder: Path) -> dict[str, str]:
    files = sorted(folder.rglob("*.*"))
    return {str(f.relative_to(folder)): hashlib.sha256(f.read_bytes()).hexdigest() for f in files}


def _fields(values: dict[str, Any]) -> list[tuple[str, Any]]:
    """Every (key, value) of a truth's values, entries' members included."""
    pairs = [(key, value) for key, value in values.items() if key != "entries"]
    return pairs + [item for entry in values.get("entries", []) for item in entry.items()]


def test_same_seed_same_bytes_and_another_seed_differs(tmp_path: Path) -> None:
    build(tmp_path / "a", 5, 4, 2, 2)
    build(tmp_path / "b", 5, 4, 2, 2)
    build(tmp_path / "c", 6, 4, 2, 2)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")
    assert _digest(tmp_path / "a") != _digest(tmp_path / "c")


def test_truths_are_well_formed(sample: list[Path]) -> None:
    assert len(sample) == 48
    for pdf in sample:
        truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        assert pdf.name.split("_")[2] == "pydyf" and truth["args"][-2] == "--today"
        outcome = truth["decision"].get("outcome")
        assert outcome in OUTCOMES[truth["kind"]] or any(
            "outcome" in n for n in truth["not_scored"]
        )
        for key, value in _fields(truth["values"]):
            if key == "entry_number":
                assert ENTRY.match(value) and int(value[-1]) == check_digit(value[:3] + value[4:11])
            elif key in DATE_KEYS and value is not None:
                date.fromisoformat(value)
            elif key in MONEY_KEYS and value is not None:
                assert round(value, 2) == value, (pdf.name, key)


def test_every_scored_value_is_in_the_text_layer(sample: list[Path]) -> None:
    assert {pdf.name: unprinted(pdf) for pdf in sample if unprinted(pdf)} == {}


def test_penalty_figures_hold_together(sample: list[Path]) -> None:
    for pdf in sample:
        truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        decision = truth["decision"]
        if truth["kind"] != "penalty-case" or "loss_of_duties" not in decision:
            continue
        lod = decision["loss_of_duties"]
        assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
        low, high = decision["guideline_range"]
        assert low <= high <= truth["values"]["domestic_value"]
        assert decision["statutory_max"] <= truth["values"]["domestic_value"]
