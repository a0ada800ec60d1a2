"""The sixth hand's blind family (issue 13): deterministic, well-formed truths, text printed."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_sixth import penalties, protests, rulings
from bench.corpus_sixth.__main__ import generate
from bench.corpus_sixth.check import missing_from_text, text_layer
from bench.corpus_sixth.law import check_digit, grace_day, last_day
from bench.corpus_sixth.words import dollars_in_words

COUNTS = {"protest": len(protests.CASES), "ruling-request": len(rulings.CASES),
          "penalty-case": len(penalties.CASES)}
KEYS = {
    "protest": {"protest_number", "port_code", "received_date", "importer_number",
                "protestant_name", "protestant_address", "entries", "category",
                "merchandise_description", "accelerated_disposition",
                "further_review_requested", "signer_name"},
    "ruling-request": {"requester_name", "requester_address", "importer_number", "request_date",
                       "ruling_type", "product_description", "proposed_hts", "ports",
                       "item_count", "prospective", "pending_statement", "pending_in_court",
                       "pending_before_cbp", "sample_provided", "confidential_requested",
                       "signed"},
    "penalty-case": {"case_number", "party_name", "party_address", "importer_number",
                     "violation_date", "culpability", "prior_disclosure", "noncommercial",
                     "entries", "domestic_value", "dutiable_value"},
}
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
            "penalty-case": {"draft", "needs_human"}}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")


def test_check_digit_and_clock_follow_the_rules_worked_examples() -> None:
    assert check_digit("ABC1234567") == 6
    assert check_digit("9999999999") == 0
    assert last_day(date(2024, 6, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert last_day(date(2004, 12, 17), date(2005, 1, 3)) == date(2005, 4, 3)
    assert grace_day(date(2025, 7, 4)) == date(2025, 7, 7)  # Independence Day, a Friday
    assert grace_day(date(2025, 7, 8)) is None
    assert dollars_in_words(Decimal("14376")) == \
        "Fourteen thousand three hundred seventy-six dollars ($14,376.00)"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sixth")
    generate(out, 0, COUNTS)
    return out


def _cases(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [(pdf, json.loads(pdf.with_suffix(".json").read_text()))
            for pdf in sorted(folder.rglob("*.pdf"))]


@pytest.mark.slow
def test_every_case_is_built_by_both_producers_in_turn(corpus: Path) -> None:
    names = [pdf.name for pdf, _ in _cases(corpus)]
    assert len(names) == sum(COUNTS.values())
    families = {re.match(r"^[a-z-]+_\d+_([a-z]+)_", n)[1] for n in names}  # type: ignore[index]
    assert families == {"wkhtml", "cairo"}


@pytest.mark.slow
def test_the_same_seed_gives_the_same_documents(corpus: Path, tmp_path: Path) -> None:
    generate(tmp_path, 0, {"protest": 3, "ruling-request": 2, "penalty-case": 2})
    for pdf, truth in _cases(tmp_path):
        twin = corpus / pdf.parent.name / pdf.name
        assert json.loads(twin.with_suffix(".json").read_text()) == truth
        assert text_layer(twin) == text_layer(pdf)


@pytest.mark.slow
def test_truths_are_well_formed(corpus: Path) -> None:
    for pdf, truth in _cases(corpus):
        kind = truth["kind"]
        assert set(truth["values"]) <= KEYS[kind], pdf.name
        decision = truth["decision"]
        assert decision.get("outcome", "accept" if kind != "penalty-case" else "draft") \
            in OUTCOMES[kind], pdf.name
        assert truth["not_scored"] or all(k in truth["values"] for k in ("importer_number",))
        for entry in truth["values"].get("entries", []):
            match = ENTRY.match(entry["entry_number"])
            assert match and check_digit(match[1] + match[2]) == int(match[3]), pdf.name
        if "last_days" in decision:
            assert decision["deadline"] == min(decision["last_days"].values())
        for n in decision.get("missing", []):
            assert re.fullmatch(r"17[47]\.\d+\([a-z]\)(\(\d\))?", n), n
        if kind == "penalty-case":
            lod = decision["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
            low, high = decision["guideline_range"]
            assert low <= high <= truth["values"]["domestic_value"]


@pytest.mark.slow
def test_every_scored_value_is_printed_in_the_text_layer(corpus: Path) -> None:
    gaps = {pdf.name: gone for pdf, truth in _cases(corpus)
            if (gone := missing_from_text(pdf, truth))}
    assert gaps == {}
