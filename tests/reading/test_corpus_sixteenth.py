"""The sixteenth hand's corpus (issue 13): deterministic per seed, truths well formed and computed
by the law, and every scored value printed in the PDFs' text layer."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from bench.corpus_sixteenth.__main__ import build_all, write
from bench.corpus_sixteenth.check import absent
from bench.corpus_sixteenth.common import Built
from bench.corpus_sixteenth.law import check_digit, last_day
from bench.corpus_sixteenth.penalties import Line, Referral, truth

FULL = {"protest": 24, "ruling-request": 12, "penalty-case": 12}
SMALL = {"protest": 4, "ruling-request": 2, "penalty-case": 2}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")


def _snapshot(built: list[Built]) -> list[object]:
    return [(b.truth(), b.doc.pages, b.needles) for b in built]


def test_the_generator_is_deterministic_per_seed() -> None:
    assert _snapshot(build_all(1, FULL)) == _snapshot(build_all(1, FULL))
    assert _snapshot(build_all(1, FULL)) != _snapshot(build_all(2, FULL))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_truths_are_well_formed(seed: int) -> None:
    built = build_all(seed, FULL)
    assert [sum(b.kind == k for b in built) for k in FULL] == list(FULL.values())
    for b in built:
        truth = json.loads(json.dumps(b.truth()))
        if "outcome" in truth["decision"]:
            assert truth["decision"]["outcome"] in OUTCOMES[b.kind], b.case
        else:
            assert any("outcome" in note for note in truth["not_scored"]), b.case
        entries = truth["values"].get("entries", [])
        for entry in entries:
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert check_digit(filer + serial) == int(digit)
            assert ISO.match(entry["entry_date"])
        for key in ("received_date", "request_date", "violation_date"):
            if truth["values"].get(key) is not None:
                assert ISO.match(truth["values"][key])


def test_both_producers_and_every_outcome_are_in_the_seed_1_corpus() -> None:
    built = build_all(1, FULL)
    for kind in FULL:
        mine = [b for b in built if b.kind == kind]
        assert {b.producer for b in mine} == {"jspdf", "impress"}
        assert sum(b.producer == "jspdf" for b in mine) == len(mine) // 2
        assert {b.decision.get("outcome") for b in mine} - {None} == OUTCOMES[kind]


def test_protest_clocks_follow_the_rules_examples() -> None:
    assert last_day(date(2010, 1, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    assert last_day(date(2004, 12, 20), date(2005, 3, 1)) == date(2005, 8, 28)


def test_penalty_truth_reproduces_the_rules_worked_example() -> None:
    lines = [
        Line("ABC-1234567-6", date(2023, 1, 10), True, Decimal(100000), Decimal(0), Decimal(6000)),
        Line(
            "ABC-1234568-4", date(2023, 2, 10), False, Decimal(100000), Decimal(0), Decimal(4000)
        ),
    ]
    referral = Referral(
        "neg",
        "2024-2704-000001-01",
        ("Co.", "1 St", "City, ST 00000"),
        "12-3456789",
        "negligence",
        None,
        False,
        lines,
        Decimal(300000),
        Decimal(200000),
        "undervalued",
        "goods",
        True,
        date(2024, 6, 1),
        "Officer",
    )
    _, decision, _ = truth(referral)
    assert decision["loss_of_duties"] == {"actual": 6000.0, "potential": 4000.0, "total": 10000.0}
    assert decision["statutory_max"] == 20000.0
    assert decision["guideline_range"] == [5000.0, 20000.0]
    assert decision["notice"] == "pre_penalty"
    referral.culpability, referral.disclosure = "fraud", date(2024, 3, 1)
    _, decision, _ = truth(referral)
    assert (decision["statutory_max"], decision["proposed_penalty"]) == (300000.0, 10000.0)
    assert decision["guideline_range"] == [50000.0, 80000.0]


def _printed_values_are_found(tmp_path: Path, producer: str) -> None:
    built = [b for b in build_all(7, SMALL) if b.producer == producer]
    pdfs = write(tmp_path, built)
    for b, pdf in zip(built, pdfs, strict=True):
        assert not absent(pdf, b.needles), pdf.name
        assert json.loads(pdf.with_suffix(".json").read_text())["case"] == b.case


def test_jspdf_documents_carry_every_scored_value_in_their_text(tmp_path: Path) -> None:
    _printed_values_are_found(tmp_path, "jspdf")


@pytest.mark.libreoffice
def test_impress_documents_carry_every_scored_value_in_their_text(tmp_path: Path) -> None:
    _printed_values_are_found(tmp_path, "impress")
