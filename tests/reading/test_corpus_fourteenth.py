"""bench/corpus_fourteenth: deterministic per seed, well-formed truths, every scored value in the
text layer of both producers (pdfmake on node; scanned pages OCRed by tesseract)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fourteenth.check import absent
from bench.corpus_fourteenth.common import Built
from bench.corpus_fourteenth.generate import generate, plan
from bench.corpus_fourteenth.law import check_digit

# Prints with node and scans through tesseract: seconds per document, so out of the fast tier.
pytestmark = pytest.mark.slow

FULL = {"protest": 24, "ruling-request": 12, "penalty-case": 12}
# One scan, of a referral (ruled tables are the hardest page for OCR): each scan costs 15-25 s of
# tesseract on a loaded 2-core machine, and the generator itself rescans until every value reads.
SAMPLE = {"protest": 1, "ruling-request": 1, "penalty-case": 2}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTRY = re.compile(r"^([A-I0-9]{3})-(\d{7})-(\d)$")
NAME = re.compile(r"^(protest|ruling|penalty)_\d{3}_(pdfmake|ocr)_[a-z0-9-]+\.pdf$")
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
            "penalty-case": {"draft", "needs_human"}}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Path, Built]]:
    return generate(tmp_path_factory.mktemp("corpus14"), 3, SAMPLE)


def _entry_ok(number: str) -> bool:
    match = ENTRY.match(number)
    return bool(match) and check_digit(match[1], match[2]) == match[3]  # type: ignore[index]


def _well_formed(truth: dict[str, Any]) -> list[str]:
    problems = []
    values, decision = truth["values"], truth["decision"]
    if decision["outcome"] not in OUTCOMES[truth["kind"]]:
        problems.append(f"outcome {decision['outcome']}")
    for entry in values.get("entries", []):
        if not _entry_ok(entry["entry_number"]):
            problems.append(f"entry {entry['entry_number']}")
        for key in ("entry_date", "liquidation_date"):
            if entry.get(key) is not None and not ISO.match(entry[key]):
                problems.append(f"{key} {entry[key]}")
    if truth["kind"] == "protest" and "last_days" in decision:
        if decision["deadline"] != min(decision["last_days"].values()):
            problems.append("deadline is not the earliest last day")
        if list(decision["last_days"]) != [e["entry_number"] for e in values["entries"]]:
            problems.append("last_days do not follow the entries")
    missing = decision.get("missing", [])
    if missing != sorted(missing, key=lambda m: [int(x) for x in re.findall(r"\d+", m)]):
        problems.append("missing out of the regulation's order")
    if truth["kind"] == "penalty-case":
        lod = decision["loss_of_duties"]
        if round(lod["actual"] + lod["potential"], 2) != lod["total"]:
            problems.append("loss of duties does not add up")
        low, high = decision["guideline_range"]
        if not low <= high <= values["domestic_value"]:
            problems.append("guideline range not capped at the domestic value")
    return problems


def test_same_seed_same_corpus_and_another_seed_differs() -> None:
    first = [(rel, b.truth(), b.doc.needles) for rel, b in plan(1, FULL)]
    again = [(rel, b.truth(), b.doc.needles) for rel, b in plan(1, FULL)]
    other = [(rel, b.truth(), b.doc.needles) for rel, b in plan(2, FULL)]
    assert first == again
    assert first != other


def test_truths_are_well_formed_and_cover_the_outcomes() -> None:
    docs = plan(1, FULL)
    problems = {str(rel): _well_formed(b.truth()) for rel, b in docs}
    assert {k: v for k, v in problems.items() if v} == {}
    assert all(NAME.match(rel.name) for rel, _ in docs)
    for kind, outcomes in OUTCOMES.items():
        seen = {b.decision["outcome"] for _, b in docs if b.kind == kind}
        assert seen == outcomes, kind
    producers = [b.producer for _, b in docs]
    assert producers.count("ocr") == producers.count("pdfmake")


def test_every_scored_value_is_in_the_text_layer(sample: list[tuple[Path, Built]]) -> None:
    assert {b.producer for _, b in sample} == {"ocr", "pdfmake"}
    for pdf, built in sample:
        assert pdf.read_bytes().startswith(b"%PDF"), pdf
        assert absent(pdf, built.doc.needles) == [], pdf.name
        assert json.loads(pdf.with_suffix(".json").read_text()) == built.truth()
