"""The twenty-sixth blind corpus (issue 13): deterministic per seed, well-formed truths, and every
scored value printed in the pydyf PDFs' text layer."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from bench.corpus_twentysixth.check import unprinted
from bench.corpus_twentysixth.generate import build

CONTRACT_VALUES = {
    "protest": {
        "protest_number",
        "port_code",
        "received_date",
        "importer_number",
        "protestant_name",
        "protestant_address",
        "entries",
        "category",
        "merchandise_description",
        "accelerated_disposition",
        "further_review_requested",
        "signer_name",
    },
    "ruling-request": {
        "requester_name",
        "requester_address",
        "importer_number",
        "request_date",
        "ruling_type",
        "product_description",
        "proposed_hts",
        "ports",
        "item_count",
        "prospective",
        "pending_statement",
        "pending_in_court",
        "pending_before_cbp",
        "sample_provided",
        "confidential_requested",
        "signed",
    },
    "penalty-case": {
        "case_number",
        "party_name",
        "party_address",
        "importer_number",
        "violation_date",
        "culpability",
        "prior_disclosure",
        "noncommercial",
        "entries",
        "domestic_value",
        "dutiable_value",
    },
}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return build(tmp_path_factory.mktemp("c26"), 3, protests=24, rulings_n=12, penalty_n=12)


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*.*"))
    }


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
        kind = truth["kind"]
        assert pdf.name.split("_")[2] == "pydyf"
        assert set(truth["values"]) <= CONTRACT_VALUES[kind], pdf.name
        assert truth["args"][-2] == "--today"
        if "outcome" in truth["decision"]:
            assert truth["decision"]["outcome"] in OUTCOMES[kind], pdf.name
        else:
            assert any("outcome" in note for note in truth["not_scored"]), pdf.name


def test_every_scored_value_is_in_the_text_layer(sample: list[Path]) -> None:
    assert {pdf.name: unprinted(pdf) for pdf in sample if unprinted(pdf)} == {}


def test_penalty_figures_follow_the_worked_example_rules(sample: list[Path]) -> None:
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
