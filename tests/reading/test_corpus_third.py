"""bench/corpus_third: deterministic, truths well-formed, every scored value in the text layer."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from bench.corpus_third.build import Built, build

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

# Enough of each kind to pass every style with both producers.
COUNTS = {"protest": 8, "ruling-request": 6, "penalty-case": 6}
ENTRY = re.compile(r"^[A-Z0-9]{3}-\d{7}-\d$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
KEYS = {
    "protest": {"outcome", "deadline", "last_days", "missing"},
    "ruling-request": {"outcome", "route", "missing", "reason", "due"},
    "penalty-case": {
        "loss_of_duties",
        "statutory_max",
        "guideline_range",
        "proposed_penalty",
        "limitations_date",
        "notice",
        "outcome",
        "barred_entries",
    },
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Built], Path, list[Built]]:
    first, second = tmp_path_factory.mktemp("third-a"), tmp_path_factory.mktemp("third-b")
    return first, build(first, 1, COUNTS), second, build(second, 1, COUNTS)


def _fold(text: str) -> str:
    # A line broken after a hyphen (model TX-\n750) reads as one word; other breaks as one space.
    return re.sub(r"\s+", " ", re.sub(r"-\n", "-", text)).strip().casefold()


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as document:
        return _fold("\n".join(page.extract_text() or "" for page in document.pages))


def test_the_same_seed_writes_the_same_truths_and_text(
    corpus: tuple[Path, list[Built], Path, list[Built]],
) -> None:
    first, built_a, second, built_b = corpus
    names_a = sorted(p.relative_to(first).as_posix() for p in first.rglob("*.*"))
    names_b = sorted(p.relative_to(second).as_posix() for p in second.rglob("*.*"))
    assert names_a == names_b and len(names_a) == 2 * sum(COUNTS.values())
    for a, b in zip(built_a, built_b, strict=True):
        assert a.pdf.with_suffix(".json").read_bytes() == b.pdf.with_suffix(".json").read_bytes()
        assert _text(a.pdf) == _text(b.pdf)


def test_truths_are_well_formed(corpus: tuple[Path, list[Built], Path, list[Built]]) -> None:
    _first, built, _second, _other = corpus
    producers = set()
    for item in built:
        truth = json.loads(item.pdf.with_suffix(".json").read_text())
        kind = truth["kind"]
        producers.add(item.pdf.name.split("_")[2])
        assert set(truth) <= {"kind", "case", "args", "values", "decision", "not_scored"}
        assert "--today" in truth["args"] and set(truth["decision"]) <= KEYS[kind]
        for entry in truth["values"].get("entries", []):
            assert ENTRY.match(entry["entry_number"]), entry
            assert all(ISO.match(v) for k, v in entry.items() if k.endswith("date") and v)
        _check_kind(kind, truth)
    assert producers == {"groff", "rtf"}


def _check_kind(kind: str, truth: dict[str, Any]) -> None:
    values, decision = truth["values"], truth["decision"]
    if kind == "protest" and "last_days" in decision:
        assert decision["deadline"] == min(decision["last_days"].values())
        assert list(decision["last_days"]) == [e["entry_number"] for e in values["entries"]]
    if kind == "penalty-case":
        lod = decision["loss_of_duties"]
        assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
        low, high = decision["guideline_range"]
        assert low <= high <= values["domestic_value"]
    if kind == "ruling-request" and decision["route"] == "HQ" and "due" in decision:
        assert decision["due"] is None


def test_every_scored_value_is_in_the_text_layer(
    corpus: tuple[Path, list[Built], Path, list[Built]],
) -> None:
    _first, built, _second, _other = corpus
    absent = {}
    for item in built:
        text = _text(item.pdf)
        lost = [value for value in item.printed if _fold(value) not in text]
        if lost:
            absent[item.pdf.name] = lost
    assert absent == {}
    assert all(item.printed for item in built)
