"""The forty-ninth blind corpus (MagicPoint and Tk canvas, issue 13): plans deterministic per seed,
truths well formed and computed as the law says, and every scored value in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from bench.corpus_fortyninth import build, check, law, penalties, protests, rulings

ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
HUMAN = {
    "grace-weekend",
    "partly-late",
    "partly-early",
    "no-drawback-decl",
    "cbp-assigned-ior",
    "limitations-passed",
    "barred-entry",
    "neg-pd-actual",
}


def _truths(seed: int) -> list[dict[str, object]]:
    return [build.plan(k, i, seed)["truth"] for k, n in COUNTS.items() for i in range(n)]


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("corpus49")
    # protest 0 is a MagicPoint print, protest 1 a Tk canvas print.
    return {
        build.plan("protest", i, 1)["producer"]: build.write("protest", i, 1, out) for i in (0, 1)
    }


def test_same_seed_same_plan_another_seed_differs() -> None:
    for kind, n in COUNTS.items():
        for i in range(n):
            a, b = build.plan(kind, i, 1), build.plan(kind, i, 1)
            assert a["truth"] == b["truth"] and a["blocks"] == b["blocks"]
    assert _truths(1) != _truths(2)
    assert build.plan("protest", 0, 1)["blocks"] != build.plan("protest", 0, 2)["blocks"]


def test_truths_are_well_formed_and_cover_every_outcome() -> None:
    seen: dict[str, set[str]] = {k: set() for k in COUNTS}
    for truth in _truths(1):
        kind, decision = str(truth["kind"]), truth["decision"]
        assert isinstance(decision, dict) and "--today" in truth["args"]  # type: ignore[operator]
        outcome = decision.get("outcome")
        if outcome is None:
            assert truth["case"] == "no-liq-date"
            continue
        assert outcome in OUTCOMES[kind]
        seen[kind].add(outcome)
        assert (outcome == "needs_human") == (truth["case"] in HUMAN), truth["case"]
        values = truth["values"]
        assert isinstance(values, dict)
        for entry in values.get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert law.check_digit(filer + serial) == int(digit)
        if kind == "protest" and "last_days" in decision:
            for entry in values["entries"]:
                edate = dt.date.fromisoformat(entry["entry_date"]) if entry["entry_date"] else None
                liq = dt.date.fromisoformat(entry["liquidation_date"])
                last = law.last_day(edate, liq).isoformat()
                assert decision["last_days"][entry["entry_number"]] == last
            assert decision["deadline"] == min(decision["last_days"].values())
    assert seen == OUTCOMES
    notices = {build.plan("penalty-case", i, 1)["truth"]["decision"]["notice"] for i in range(12)}
    assert notices == {"pre_penalty", "penalty", "none"}
    missing = {
        m for i in range(22) for m in build.plan("protest", i, 1)["truth"]["decision"]["missing"]
    }
    assert missing == {f"174.13(a)({n})" for n in (1, 2, 3, 4, 5, 6, 7, 9)}
    missing = {
        m
        for i in range(12)
        for m in build.plan("ruling-request", i, 1)["truth"]["decision"]["missing"]
    }
    assert missing == {"177.2(b)(1)", "177.2(b)(2)", "177.2(b)(5)", "177.2(b)(6)", "177.2(c)"}
    assert len({protests.CASES[i % 22] for i in range(22)}) == len(protests.CASES)
    assert len(rulings.CASES) == 12 and len(penalties.CASES) == 12


def test_every_scored_value_is_in_the_text_layer(rendered: dict[str, Path]) -> None:
    assert set(rendered) == {"mgp", "tk"}
    for pdf in rendered.values():
        p = build.plan("protest", int(pdf.name.split("_")[1]), 1)
        assert json.loads(pdf.with_suffix(".json").read_text()) == p["truth"]
        assert check.absent(pdf, p["needles"]) == [], pdf.name
        assert "\u2212" not in check.text_layer(pdf)


def test_law_worked_examples() -> None:
    assert law.check_digit("ABC1234567") == 6 and law.check_digit("9999999999") == 0
    assert law.last_day(None, dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert law.next_business_day(dt.date(2024, 7, 3)) == dt.date(2024, 7, 5)
    # Saturday 2024-02-10 as last day: Monday the 12th is grace, Tuesday the 13th late.
    liq = dt.date(2024, 2, 10) - dt.timedelta(days=180)
    assert law.entry_timing(dt.date(2024, 2, 12), None, liq) == "grace"
    assert law.entry_timing(dt.date(2024, 2, 13), None, liq) == "late"
    lod, dv, dutiable = Decimal(10000), Decimal(300000), Decimal(200000)
    assert law.penalty("negligence", lod, dv, dutiable) == (
        Decimal(20000),
        (Decimal(5000), Decimal(20000)),
    )
    assert law.penalty("gross_negligence", lod, dv, dutiable)[0] == Decimal(40000)
    assert law.penalty("fraud", lod, dv, dutiable) == (dv, (Decimal(50000), Decimal(80000)))
    assert law.penalty("negligence", Decimal(0), dv, dutiable) == (
        Decimal(40000),
        (Decimal(10000), Decimal(40000)),
    )
    assert law.penalty("fraud", Decimal(0), dv, dutiable)[1] == (Decimal(100000), Decimal(160000))
