"""Seventh hand's corpus: deterministic per seed, well-formed truths, scored text in the PDFs."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_seventh.__main__ import generate, write

COUNTS = {"protests": 12, "rulings": 6, "penalties": 6}
CONTRACT_KEYS = {
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
ENTRY = re.compile(r"^[A-I]{3}-\d{7}-\d$")


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seventh")
    write(root, generate(1, COUNTS))
    return root


def test_same_seed_same_documents_other_seed_other_documents() -> None:
    first = [(stem, doc.truth(), doc.lines, doc.blocks) for stem, doc in generate(3, COUNTS)]
    again = [(stem, doc.truth(), doc.lines, doc.blocks) for stem, doc in generate(3, COUNTS)]
    other = [(stem, doc.truth(), doc.lines, doc.blocks) for stem, doc in generate(4, COUNTS)]
    assert first == again
    assert first != other


def test_half_of_each_kind_per_producer(built: Path) -> None:
    for folder in ("protest", "ruling-request", "penalty-case"):
        names = [p.name for p in (built / folder).glob("*.pdf")]
        assert (
            len([n for n in names if "_rsvg_" in n])
            == len([n for n in names if "_pdfme_" in n])
            > 0
        )


def test_truths_are_well_formed(built: Path) -> None:
    for truth_file in sorted(built.glob("*/*.json")):
        truth = json.loads(truth_file.read_text())
        assert set(truth) <= {"kind", "case", "args", "values", "decision", "not_scored"}, (
            truth_file
        )
        assert truth["kind"] == truth_file.parent.name
        assert set(truth["decision"]) <= CONTRACT_KEYS[truth["kind"]], truth_file
        assert "--today" in truth["args"]
        for entry in truth["values"].get("entries", []):
            assert ENTRY.match(entry["entry_number"]), truth_file
        assert truth_file.with_suffix(".pdf").stat().st_size > 0


def test_every_scored_text_is_in_the_text_layer(built: Path) -> None:
    for stem, doc in generate(1, COUNTS):
        with pdfplumber.open(built / f"{stem}.pdf") as pdf:
            text = _fold(" ".join(page.extract_text() or "" for page in pdf.pages))
        for printed in doc.printed:
            assert _fold(printed) in text, f"{stem}: {printed!r} not in the text layer"
