"""The tenth hand's corpus: deterministic per seed, well-formed truths, values in the text layer."""

from __future__ import annotations

import importlib
import json
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from bench.corpus_tenth import penalties, protests, rulings
from bench.corpus_tenth.__main__ import generate
from bench.corpus_tenth.people import fmt_date, fmt_money

ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_KEYS = {"received_date", "entry_date", "liquidation_date", "request_date", "violation_date"}
MONEY_KEYS = {"entered_value", "duty_paid", "duty_owed", "domestic_value", "dutiable_value"}
TEXT_KEYS = {
    "protest_number",
    "port_code",
    "importer_number",
    "protestant_name",
    "entry_number",
    "merchandise_description",
    "signer_name",
    "requester_name",
    "case_number",
    "party_name",
}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def _printed_forms(key: str, value: Any) -> list[str]:
    if key in DATE_KEYS:
        return [fmt_date(date.fromisoformat(value), style) for style in range(6)]
    if key in MONEY_KEYS:
        return [
            fmt_money(Decimal(str(value)).quantize(Decimal("0.01")), style) for style in range(4)
        ]
    return [value]


def _scored(values: dict[str, Any]) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = []
    for key, value in values.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            pairs += [pair for row in value for pair in _scored(row)]
        elif isinstance(value, str) or (key in MONEY_KEYS and value is not None):
            pairs.append((key, value))
    return pairs


def test_each_builder_is_deterministic_per_seed() -> None:
    for build in (protests.build, rulings.build, penalties.build):
        for index in range(12):
            assert repr(build(index, 3)) == repr(build(index, 3))
        assert repr(build(0, 3)) != repr(build(0, 4))


def test_truths_are_well_formed() -> None:
    for index in range(24):
        for build, kind in (
            (protests.build, "protest"),
            (rulings.build, "ruling-request"),
            (penalties.build, "penalty-case"),
        ):
            _, _, truth = build(index, 1)
            assert truth["kind"] == kind and "--today" in truth["args"]
            for key, value in _scored(truth["values"]):
                if key in DATE_KEYS:
                    assert ISO.match(value), (key, value)
            if kind == "protest":
                for entry in truth["values"]["entries"]:
                    assert re.match(r"^[A-Z0-9]{3}-\d{7}-\d$", entry["entry_number"])
                assert list(truth["decision"]["missing"]) == sorted(truth["decision"]["missing"])


@pytest.fixture(scope="module")
def small_corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("tenth")
    return generate(out, 2, {"protest": 8, "ruling-request": 3, "penalty-case": 3})


def test_both_producers_write_pdfs_with_every_scored_value_printed(
    small_corpus: list[Path],
) -> None:
    assert {pdf.name.split("_")[2] for pdf in small_corpus} == {"rinoh", "abiword"}
    for pdf in small_corpus:
        truth = json.loads(pdf.with_suffix(".json").read_text())
        with pdfplumber.open(pdf) as document:
            text = _squash(" ".join(page.extract_text() or "" for page in document.pages))
        assert text, f"{pdf.name}: no text layer"
        for key, value in _scored(truth["values"]):
            if key == "received_date" and "--received" in truth["args"]:
                continue  # given on the command line, as for a letter without a CBP stamp
            if key.endswith("_address"):
                for part in value.split(", "):
                    assert _squash(part) in text, f"{pdf.name}: {key} part {part!r} not printed"
            elif key in DATE_KEYS | MONEY_KEYS | TEXT_KEYS:
                forms = _printed_forms(key, value)
                assert any(_squash(form) in text for form in forms), (
                    f"{pdf.name}: {key} {value!r} not printed"
                )


def test_printing_with_rinohtype_leaves_the_callers_imports_working(
    small_corpus: list[Path],
) -> None:
    # rinohtype puts a finder class on sys.meta_path when imported; the generator runs it in a
    # child process, so pytest's in-process runs (tests/test_tiers.py) still work after it.
    assert any("_rinoh_" in pdf.name for pdf in small_corpus)
    assert "rinoh" not in sys.modules
    importlib.invalidate_caches()
