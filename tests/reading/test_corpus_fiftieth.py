"""The fiftieth blind corpus (GNU plotutils' pic2plot and OCaml camlpdf, issue 13): deterministic
per seed, truths well formed and computed as the law says, and every scored value printed in the
PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fiftieth import build, law

ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
DEFAULTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}


def _plans(seed: int) -> dict[str, list[dict[str, Any]]]:
    return {kind: [build.plan(kind, i, seed) for i in range(n)] for kind, n in DEFAULTS.items()}


def _dump(plans: dict[str, list[dict[str, Any]]]) -> str:
    return json.dumps(
        {k: [[p["truth"], p["layout"], p["name"]] for p in v] for k, v in plans.items()},
        default=str,
    )


def test_plan_is_deterministic_per_seed_and_seeds_differ() -> None:
    assert _dump(_plans(3)) == _dump(_plans(3))
    assert _dump(_plans(3)) != _dump(_plans(4))


def test_law_worked_examples() -> None:
    assert law.check_digit("ABC1234567") == 6
    assert law.check_digit("9999999999") == 0
    assert law.protest_last_day(dt.date(2023, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 6, 1)) == dt.date(2005, 8, 30)
    assert law.next_business_day(dt.date(2025, 7, 3)) == dt.date(2025, 7, 7)
    entries: list[dict[str, object]] = [
        {
            "entry_number": "ABC-1234567-6",
            "entry_date": dt.date(2024, 1, 2),
            "liquidated": True,
            "duty_paid": 0,
            "duty_owed": 6000,
        },
        {
            "entry_number": "ABC-1234568-4",
            "entry_date": dt.date(2024, 2, 2),
            "liquidated": False,
            "duty_paid": 0,
            "duty_owed": 4000,
        },
    ]
    today = dt.date(2025, 1, 1)
    for culpability, maximum, low in (
        ("negligence", 20000, 5000),
        ("gross_negligence", 40000, 25000),
        ("fraud", 300000, 50000),
    ):
        decision, _ = law.penalty(
            culpability,
            False,
            False,
            entries,
            Decimal(300000),
            Decimal(200000),
            dt.date(2024, 1, 2),
            today,
        )
        assert decision["statutory_max"] == maximum and decision["guideline_range"][0] == low  # type: ignore[index]
    decision, _ = law.penalty(
        "fraud", True, False, entries, Decimal(300000), Decimal(200000), dt.date(2024, 1, 2), today
    )
    assert decision["proposed_penalty"] == 10000.0


def test_truths_well_formed_and_cover_every_outcome() -> None:
    plans = _plans(1)
    for kind, items in plans.items():
        outcomes = {p["truth"]["decision"].get("outcome") for p in items}
        assert OUTCOMES[kind] <= outcomes, (kind, outcomes)
        assert {p["producer"] for p in items} == {"pic", "caml"}
        assert len({p["truth"]["style"] for p in items}) == 3
        for p in items:
            truth = p["truth"]
            assert set(truth) >= {"kind", "family", "values", "decision", "args", "not_scored"}
            assert "--today" in truth["args"]
    notices = {p["truth"]["decision"]["notice"] for p in plans["penalty-case"]}
    assert {"pre_penalty", "penalty"} <= notices
    protest_missing = {m for p in plans["protest"] for m in p["truth"]["decision"]["missing"]}
    assert protest_missing == {f"174.13(a)({n})" for n in range(1, 10)}
    ruling_missing = {m for p in plans["ruling-request"] for m in p["truth"]["decision"]["missing"]}
    assert ruling_missing == {
        "177.2(b)(1)",
        "177.2(b)(2)",
        "177.2(b)(5)",
        "177.2(b)(6)",
        "177.2(c)",
    }
    for p in plans["protest"]:
        values, decision = p["truth"]["values"], p["truth"]["decision"]
        for entry in values["entries"]:
            match = ENTRY.match(entry["entry_number"])
            assert match and law.check_digit(match[1] + match[2]) == int(match[3])
        if "last_days" in decision:
            for entry in values["entries"]:
                liq, made = (
                    dt.date.fromisoformat(entry["liquidation_date"]),
                    dt.date.fromisoformat(entry["entry_date"]),
                )
                days = 90 if made < dt.date(2004, 12, 18) else 180
                assert (
                    decision["last_days"][entry["entry_number"]]
                    == (liq + dt.timedelta(days=days)).isoformat()
                )
            assert decision["deadline"] == min(decision["last_days"].values())
    for p in plans["penalty-case"]:
        values, decision = p["truth"]["values"], p["truth"]["decision"]
        violation = dt.date.fromisoformat(values["violation_date"])
        assert (
            decision["limitations_date"] == violation.replace(year=violation.year + 5).isoformat()
        )
        loss = sum(
            max(Decimal(str(e["duty_owed"])) - Decimal(str(e["duty_paid"])), Decimal(0))
            for e in values["entries"]
        )
        assert Decimal(str(decision["loss_of_duties"]["total"])) == loss
        if decision["outcome"] == "needs_human":
            assert decision["notice"] == "none"


@pytest.mark.parametrize(("kind", "index"), [("protest", 0), ("penalty-case", 1)])
def test_one_document_per_producer_prints_every_scored_value(
    kind: str, index: int, tmp_path: Path
) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    assert build.producer_of(index) in pdf.name
    assert build.unprinted(kind, index, 1, pdf) == []
