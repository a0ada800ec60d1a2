"""The forty-sixth blind corpus (Emacs ps-print and Grace, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fortysixth import build, check
from bench.corpus_fortysixth.law import add_years, check_digit, penalty_figures, protest_last_day

DEFAULTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _all(seed: int) -> list[dict[str, Any]]:
    return [build.plan(kind, i, seed) for kind, n in DEFAULTS.items() for i in range(n)]


def test_law_worked_examples() -> None:
    assert check_digit("ABC1234567") == 6
    assert check_digit("9999999999") == 0
    assert protest_last_day(dt.date(2020, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    d = Decimal
    neg = penalty_figures("negligence", False, d(6000), d(4000), d(300000), d(200000))
    assert neg["max"] == 20000 and neg["range"] == [5000, 20000]
    fraud_pd = penalty_figures("fraud", True, d(6000), d(4000), d(300000), d(200000))
    assert (
        fraud_pd["max"] == 300000
        and fraud_pd["proposed"] == 10000
        and fraud_pd["range"] == [50000, 80000]
    )
    gross0 = penalty_figures("gross_negligence", False, d(0), d(0), d(300000), d(200000))
    assert gross0["max"] == 80000 and gross0["range"] == [50000, 80000]


def test_plan_is_deterministic_per_seed_and_differs_across_seeds() -> None:
    first = [(p["truth"], build.blocks(p)) for p in _all(1)]
    again = [(p["truth"], build.blocks(p)) for p in _all(1)]
    other = [(p["truth"], build.blocks(p)) for p in _all(2)]
    assert json.dumps(first, default=str) == json.dumps(again, default=str)
    assert json.dumps(first, default=str) != json.dumps(other, default=str)


@pytest.mark.parametrize("seed", [1, 2])
def test_truths_are_well_formed(seed: int) -> None:
    plans = _all(seed)
    for kind, outcomes in OUTCOMES.items():
        got = {p["truth"]["decision"].get("outcome") for p in plans if p["kind"] == kind}
        assert outcomes <= got, (kind, outcomes - got)
    assert {p["producer"] for p in plans} == {"psprint", "grace"}
    for p in plans:
        truth = build.truth_json(p)
        assert truth["args"][-2] == "--today"
        values, decision = truth["values"], truth["decision"]
        for entry in values.get("entries", []):
            match = ENTRY.match(entry["entry_number"])
            assert match and check_digit(match[1] + match[2]) == int(match[3])
        if p["kind"] == "protest" and "last_days" in decision:
            for entry in values["entries"]:
                entry_date = dt.date.fromisoformat(entry["entry_date"])
                liq = dt.date.fromisoformat(entry["liquidation_date"])
                days = 90 if entry_date < dt.date(2004, 12, 18) else 180
                assert (
                    decision["last_days"][entry["entry_number"]]
                    == (liq + dt.timedelta(days=days)).isoformat()
                )
            assert decision["deadline"] == min(decision["last_days"].values())
        if p["kind"] == "penalty-case":
            violation = dt.date.fromisoformat(values["violation_date"])
            assert decision["limitations_date"] == add_years(violation, 5).isoformat()
            lod = decision["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
            if decision["outcome"] == "needs_human":
                assert decision["notice"] == "none"
        if p["kind"] == "ruling-request" and decision.get("due"):
            received = dt.date.fromisoformat(truth["args"][1])
            assert decision["due"] == (received + dt.timedelta(days=30)).isoformat()


@pytest.mark.parametrize(("kind", "index"), [("protest", 1), ("penalty-case", 0)])
def test_one_print_per_producer_carries_every_scored_value(
    kind: str, index: int, tmp_path: Path
) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    truth = json.loads(pdf.with_suffix(".json").read_text())
    assert truth["family"] == ("grace" if index % 2 else "psprint")
    assert check.missing_in_text(pdf, truth) == []
