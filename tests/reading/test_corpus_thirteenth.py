"""The thirteenth hand: its law is right, its truths well-formed, printed and repeatable."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_thirteenth import penalties, protests, rulings
from bench.corpus_thirteenth.build import build
from bench.corpus_thirteenth.law import D, check_digit, federal_holidays, last_day

ENTRY = re.compile(r"^[A-Z0-9]{3}-\d{7}-\d$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def test_law_matches_the_reference_examples() -> None:
    assert check_digit("ABC", "1234567") == "6"
    assert check_digit("999", "9999999") == "0"
    assert last_day(D(2024, 1, 5), D(2024, 1, 5)) == D(2024, 7, 3)
    assert last_day(D(2004, 12, 17), D(2005, 3, 1)) == D(2005, 5, 30)
    assert D(2023, 1, 2) in federal_holidays(2023)  # New Year's Day on a Sunday
    assert D(2021, 12, 31) in federal_holidays(2021)  # New Year's Day 2022 on a Saturday
    assert D(2022, 6, 20) in federal_holidays(2022)  # Juneteenth on a Sunday
    assert D(2024, 11, 28) in federal_holidays(2024)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_each_case_decides_what_its_name_says(seed: int) -> None:
    expected = {"accept": "accept", "untimely": "untimely", "grace-weekend": "needs_human",
                "grace-sunday": "needs_human", "grace-holiday": "needs_human",
                "premature": "premature", "mixed": "needs_human", "late-90": "untimely",
                "timely-90": "accept", "invalid-petition": "invalid", "no-ior": "deficient",
                "untimely-multi": "untimely", "deficient-two": "deficient"}
    for index, case in enumerate(protests.CASES):
        truth = protests.truth(protests.build(index, seed))
        if case in expected:
            assert truth["decision"]["outcome"] == expected[case], case
    for index, case in enumerate(rulings.CASES):
        decision = rulings.truth(rulings.build(index, seed))["decision"]
        assert decision["route"] == ("HQ" if case in rulings.HQ_CASES else "NCSD"), case
    for index, case in enumerate(penalties.CASES):
        decision = penalties.truth(penalties.build(index, seed))["decision"]
        if case in ("no-facts", "no-goods", "no-violation-kind", "limitations-passed",
                    "barred-entry", "neg-pd-actual"):
            assert decision["outcome"] == "needs_human", case


def _well_formed(record: dict[str, object]) -> None:
    assert set(record) <= {"kind", "case", "args", "values", "decision", "not_scored"}
    values, decision = record["values"], record["decision"]
    assert isinstance(values, dict) and isinstance(decision, dict)
    for entry in values.get("entries", []):
        assert ENTRY.match(entry["entry_number"])
        assert check_digit(entry["entry_number"][:3], entry["entry_number"][4:11]) == \
            entry["entry_number"][-1]
        for key in ("entry_date", "liquidation_date"):
            assert entry.get(key) is None or ISO.match(entry[key])
    for key in ("received_date", "request_date", "violation_date"):
        assert values.get(key) is None or ISO.match(str(values[key]))
    outcome = decision.get("outcome")
    assert outcome is None or outcome in {"accept", "deficient", "untimely", "premature",
                                          "invalid", "needs_human", "no_ruling", "draft"}


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.mark.libreoffice
@pytest.mark.slow
def test_small_hand_is_repeatable_and_printed(tmp_path: Path) -> None:
    first = build(tmp_path / "a", 5, protests_n=4, rulings_n=2, penalties_n=2)
    again = build(tmp_path / "b", 5, protests_n=4, rulings_n=2, penalties_n=2)
    for one, two in zip(first, again, strict=True):
        assert one.pdf.name == two.pdf.name
        assert json.loads(one.pdf.with_suffix(".json").read_text()) == \
            json.loads(two.pdf.with_suffix(".json").read_text())
    for doc in first:
        _well_formed(doc.truth)
        with pdfplumber.open(doc.pdf) as pdf:
            text = _folded("\n".join(page.extract_text() or "" for page in pdf.pages))
        for needle in doc.needles:
            assert _folded(needle) in text, (doc.pdf.name, needle)
