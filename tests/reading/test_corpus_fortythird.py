"""The forty-third blind corpus (ploticus and GLE, issue 13): deterministic per seed, truths
well formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_fortythird import build, cases, check
from bench.corpus_fortythird.law import (
    check_digit,
    next_business_day,
    penalty_figures,
    protest_last_day,
    timing,
)

KINDS = {
    "protest": cases.PROTEST_CASES,
    "ruling-request": cases.RULING_CASES,
    "penalty-case": cases.PENALTY_CASES,
}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
# One print per producer keeps the module well under the CI's time.
SAMPLE = [("protest", 1), ("penalty-case", 0)]


def _plans(seed: int) -> list[dict[str, object]]:
    return [cases.plan(kind, i, seed) for kind, names in KINDS.items() for i in range(len(names))]


def _strip(plan: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in plan.items() if k != "rng"}


def test_same_seed_same_plan_and_blocks() -> None:
    for kind, names in KINDS.items():
        for i in range(len(names)):
            one, two = cases.plan(kind, i, 1), cases.plan(kind, i, 1)
            assert _strip(one) == _strip(two)
            assert build.pages(one, kind) == build.pages(two, kind)


def test_another_seed_differs() -> None:
    assert [p["truth"] for p in _plans(1)] != [p["truth"] for p in _plans(2)]
    one, two = cases.plan("protest", 0, 1), cases.plan("protest", 0, 2)
    assert build.pages(one, "protest") != build.pages(two, "protest")


def test_truths_cover_every_outcome_and_are_well_formed() -> None:
    for kind, names in KINDS.items():
        truths = [cases.plan(kind, i, 1)["truth"] for i in range(len(names))]
        assert {t["decision"].get("outcome", "accept") for t in truths} == OUTCOMES[kind]
        assert {t["style"] for t in truths} == set(cases.STYLES[kind])
        for truth in truths:
            assert truth["kind"] == kind and "--today" in truth["args"]
            json.dumps(truth)
            for entry in truth["values"].get("entries", []):
                filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
                assert check_digit(filer, serial) == int(digit)
            if kind == "protest" and "last_days" in truth["decision"]:
                days = truth["decision"]["last_days"]
                assert truth["decision"]["deadline"] == min(days.values())
                for entry in truth["values"]["entries"]:
                    expect = protest_last_day(
                        dt.date.fromisoformat(entry["entry_date"]),
                        dt.date.fromisoformat(entry["liquidation_date"]),
                    )
                    assert days[entry["entry_number"]] == expect.isoformat()
    notices = {cases.plan("penalty-case", i, 1)["truth"]["decision"]["notice"] for i in range(12)}
    assert notices == {"pre_penalty", "penalty", "none"}


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6 and check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    liq, last = dt.date(2023, 8, 14), dt.date(2024, 2, 10)
    assert timing(dt.date(2024, 2, 12), liq, last) == "grace"
    assert timing(dt.date(2024, 2, 13), liq, last) == "untimely"
    assert next_business_day(dt.date(2024, 7, 3)) == dt.date(2024, 7, 5)
    entries: list[dict[str, object]] = [
        {"liquidated": True, "duty_paid": Decimal(0), "duty_owed": Decimal(6000)},
        {"liquidated": False, "duty_paid": Decimal(0), "duty_owed": Decimal(4000)},
    ]
    dv, dutiable = Decimal(300000), Decimal(200000)
    neg = penalty_figures("negligence", False, entries, dv, dutiable)
    assert (neg["max"], neg["range"]) == (20000, (5000, 20000))
    assert penalty_figures("gross_negligence", False, entries, dv, dutiable)["range"] == (
        25000,
        40000,
    )
    assert penalty_figures("fraud", True, entries, dv, dutiable)["proposed"] == 10000
    assert penalty_figures("negligence", True, entries, dv, dutiable)["proposed"] is None
    assert penalty_figures("fraud", False, [], dv, dutiable)["range"] == (100000, 160000)


@pytest.mark.parametrize(("kind", "index"), SAMPLE)
def test_one_print_per_producer_carries_every_scored_value(
    kind: str, index: int, tmp_path: Path
) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    plan = cases.plan(kind, index, 1)
    assert f"_{plan['producer']}_" in pdf.name
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert "\u2212" not in text and check.missing(plan, text) == []
    assert json.loads(pdf.with_suffix(".json").read_text()) == plan["truth"]
