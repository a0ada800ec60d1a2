"""The forty-eighth blind corpus (Yorick and tgif, issue 13): deterministic per seed, truths well
formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from bench.corpus_fortyeighth import build, law

KINDS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")


def _truths(seed: int, counts: dict[str, int] = KINDS) -> list[dict[str, Any]]:
    return [
        build.plan(kind, index, seed)[0]
        for kind, number in counts.items()
        for index in range(number)
    ]


def test_the_plan_is_deterministic_per_seed_and_another_seed_differs() -> None:
    first = [build.plan("protest", i, 7) for i in range(6)] + [
        build.plan("penalty-case", i, 7) for i in range(4)
    ]
    again = [build.plan("protest", i, 7) for i in range(6)] + [
        build.plan("penalty-case", i, 7) for i in range(4)
    ]
    assert first == again
    other = [build.plan("protest", i, 8) for i in range(6)] + [
        build.plan("penalty-case", i, 8) for i in range(4)
    ]
    assert [t for t, _ in first] != [t for t, _ in other]
    assert [p for _, p in first] != [p for _, p in other]


def test_every_outcome_every_missing_element_and_both_producers_are_covered() -> None:
    truths = _truths(1)
    for kind, outcomes in OUTCOMES.items():
        seen = {t["decision"].get("outcome") for t in truths if t["kind"] == kind}
        assert outcomes <= seen, (kind, outcomes - seen)
        assert {t["family"] for t in truths if t["kind"] == kind} == {"yorick", "tgif"}
        assert len({t["style"] for t in truths if t["kind"] == kind}) == 3
    protest_missing = {
        m for t in truths if t["kind"] == "protest" for m in t["decision"]["missing"]
    }
    assert protest_missing == {f"174.13(a)({n})" for n in (1, 2, 3, 4, 5, 6, 9)}
    ruling_missing = {
        m for t in truths if t["kind"] == "ruling-request" for m in t["decision"]["missing"]
    }
    assert ruling_missing == {
        "177.2(b)(1)",
        "177.2(b)(2)",
        "177.2(b)(5)",
        "177.2(b)(6)",
        "177.2(c)",
    }
    notices = {t["decision"]["notice"] for t in truths if t["kind"] == "penalty-case"}
    assert notices == {"pre_penalty", "penalty", "none"}


def test_truths_are_well_formed_entry_check_digits_and_deadlines() -> None:
    assert law.check_digit("ABC1234567") == 6 and law.check_digit("9999999999") == 0
    assert law.last_day(None, dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert law.next_business_day(dt.date(2025, 8, 29)) == dt.date(2025, 9, 2)  # Labor Day
    for truth in _truths(1) + _truths(5, {"protest": 17, "ruling-request": 13, "penalty-case": 13}):
        assert set(truth) >= {"kind", "family", "values", "decision", "args", "not_scored"}
        assert "--today" in truth["args"]
        for entry in truth["values"].get("entries", []):
            match = ENTRY.match(entry["entry_number"])
            assert match and law.check_digit(match[1] + match[2]) == int(match[3])
        decision = truth["decision"]
        if truth["kind"] == "protest":
            assert truth["args"][0] == "--received"
            if truth["values"]["protest_number"] is None:
                assert truth["args"][1] == truth["values"]["received_date"]
            for entry in truth["values"]["entries"]:
                if "last_days" in decision and entry["entry_date"]:
                    days = (
                        dt.date.fromisoformat(decision["last_days"][entry["entry_number"]])
                        - dt.date.fromisoformat(entry["liquidation_date"])
                    ).days
                    assert days == (90 if entry["entry_date"] < "2004-12-18" else 180)
            if "deadline" in decision:
                assert decision["deadline"] == min(decision["last_days"].values())
        if truth["kind"] == "penalty-case":
            lod = decision["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
            if decision["outcome"] == "needs_human":
                assert decision["notice"] == "none"


def test_one_document_per_producer_carries_every_scored_value(tmp_path: Path) -> None:
    if not (shutil.which("yorick") and shutil.which("tgif") and shutil.which("ps2pdf")):
        pytest.skip("yorick, tgif and ghostscript come from the Makefile's apt packages")
    for kind, index in (("penalty-case", 0), ("protest", 1)):
        pdf = build.write(kind, index, 1, tmp_path)
        truth, _ = build.plan(kind, index, 1)
        with pdfplumber.open(pdf) as doc:
            text = "\n".join(page.extract_text() or "" for page in doc.pages)
        assert truth["family"] in pdf.name
        assert build.unprinted(truth, text) == []
        assert "\u2212" not in text
