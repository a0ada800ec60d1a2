"""The twelfth hand's generator: the law it decides by, determinism, truth shape, printed values."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_twelfth import __main__ as corpus
from bench.corpus_twelfth import check, law

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
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")


def test_check_digit_matches_the_catair_worked_examples() -> None:
    assert law.check_digit("ABC", "1234567") == 6
    assert law.check_digit("999", "9999999") == 0


def test_protest_clock_counts_180_or_90_days_and_sends_grace_to_a_person() -> None:
    assert law.last_day(date(2023, 6, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert law.last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    saturday = date(2025, 1, 4)
    assert law.timing(date(2025, 1, 6), date(2024, 7, 8), saturday) == "grace"
    assert law.timing(date(2025, 1, 7), date(2024, 7, 8), saturday) == "late"
    assert law.timing(date(2023, 9, 5), date(2023, 3, 8), date(2023, 9, 4)) == "grace"  # Labor Day
    assert law.protest_outcome(["timely", "late"], invalid=False, missing=[]) == "needs_human"


def test_fraud_prior_disclosure_proposes_one_times_the_loss() -> None:
    rows = [
        (True, Decimal("100.00"), Decimal("6100.00")),
        (False, Decimal("0"), Decimal("4000.00")),
    ]
    math = law.penalty_math(rows, "fraud", Decimal(300000), None, True)
    assert (math.actual, math.potential, math.proposed) == (
        Decimal(6000),
        Decimal(4000),
        Decimal(10000),
    )
    assert (math.low, math.high) == (Decimal(50000), Decimal(80000))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("twelfth")
    # Half the default corpus, both producers, every kind: all 48 cost CI a minute and a half.
    sample = ["--protests", "12", "--rulings", "6", "--penalties", "6"]
    assert corpus.main([str(out), "--seed", "1", *sample]) == 0
    return out


def _truths(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [(path, json.loads(path.read_text())) for path in sorted(folder.glob("*/*.json"))]


@pytest.mark.slow
def test_generator_is_deterministic_per_seed(built: Path, tmp_path: Path) -> None:
    for kind in corpus.KINDS:
        for index in range(3):
            again = corpus.build_one(kind, index, 1, tmp_path)
            first = built / again.parent.name / again.name
            assert again.with_suffix(".json").read_text() == first.with_suffix(".json").read_text()
            assert check.pdf_text(again) == check.pdf_text(first)
    other = corpus.build_one("protest", 0, 2, tmp_path / "seed2")
    assert (
        other.with_suffix(".json").read_text()
        != (built / "protest" / other.name).with_suffix(".json").read_text()
    )


@pytest.mark.slow
def test_truths_are_well_formed(built: Path) -> None:
    truths = _truths(built)
    assert len(truths) == 24
    for path, truth in truths:
        kind = truth["kind"]
        assert path.parent.name == kind and path.with_suffix(".pdf").exists()
        assert set(truth["values"]) <= CONTRACT_VALUES[kind], path.name
        assert truth["decision"].get("outcome", next(iter(OUTCOMES[kind]))) in OUTCOMES[kind]
        for entry in truth["values"].get("entries", []):
            match = ENTRY.match(entry["entry_number"])
            assert match and law.check_digit(match[1], match[2]) == int(match[3]), path.name
        args = truth["args"]
        assert "--today" in args and all(re.fullmatch(r"--\w+|\d{4}-\d\d-\d\d", a) for a in args)
        families = {p.name.split("_")[2] for p, _ in truths}
        assert families == {"asciidoc", "gnumeric"}


@pytest.mark.slow
def test_every_scored_value_is_in_the_text_layer(built: Path) -> None:
    misses = [
        f"{path.name}: {miss}"
        for path, truth in _truths(built)
        for miss in check.unprinted(truth, check.pdf_text(path.with_suffix(".pdf")))
    ]
    assert misses == []
