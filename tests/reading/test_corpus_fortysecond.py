"""The forty-second blind corpus (fcl-pdf and fig2dev, issue 13): deterministic per seed, truths
well formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fortysecond import build, cases, check, law

KINDS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _plans(seed: int) -> list[dict[str, Any]]:
    return [build.plan(kind, i, seed) for kind, n in KINDS.items() for i in range(n)]


def test_plan_is_deterministic_per_seed_and_seeds_differ() -> None:
    first, again, other = _plans(1), _plans(1), _plans(2)
    assert [(p["truth"], p["blocks"]) for p in first] == [(p["truth"], p["blocks"]) for p in again]
    assert [p["blocks"] for p in first] != [p["blocks"] for p in other]
    assert [p["truth"] for p in first] != [p["truth"] for p in other]


def test_law_examples_from_the_reference() -> None:
    assert law.check_digit("ABC1234567") == 6 and law.check_digit("9999999999") == 0
    assert law.last_day(dt.date(2020, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    entries = [
        {
            "entry_number": "A",
            "entry_date": dt.date(2024, 1, 2),
            "liquidated": True,
            "duty_paid": Fraction(0),
            "duty_owed": Fraction(6000),
        },
        {
            "entry_number": "B",
            "entry_date": dt.date(2024, 1, 2),
            "liquidated": False,
            "duty_paid": Fraction(0),
            "duty_owed": Fraction(4000),
        },
    ]
    today = dt.date(2025, 1, 2)
    for culp, stat, rng in (
        ("negligence", 20000, [5000, 20000]),
        ("gross_negligence", 40000, [25000, 40000]),
        ("fraud", 300000, [50000, 80000]),
    ):
        got = law.penalty(
            culp,
            False,
            False,
            entries,
            Fraction(300000),
            Fraction(200000),
            dt.date(2024, 1, 2),
            today,
        )
        assert got["statutory_max"] == stat and got["guideline_range"] == rng
    pd = law.penalty(
        "fraud",
        True,
        False,
        entries,
        Fraction(300000),
        Fraction(200000),
        dt.date(2024, 1, 2),
        today,
    )
    assert pd["proposed_penalty"] == 10000
    # a Saturday last day: the Monday after is the grace day, Tuesday is late
    assert (
        law.entry_status(dt.date(2023, 1, 1), dt.date(2023, 12, 4), dt.date(2024, 6, 3)) == "grace"
    )
    assert (
        law.entry_status(dt.date(2023, 1, 1), dt.date(2023, 12, 4), dt.date(2024, 6, 4)) == "late"
    )


def test_truths_are_well_formed_and_cover_every_outcome() -> None:
    seen: dict[str, set[str]] = {k: set() for k in KINDS}
    for p in _plans(1) + _plans(7):
        truth = p["truth"]
        assert isinstance(truth, dict)
        kind, values, decision = truth["kind"], truth["values"], truth["decision"]
        assert truth["family"] in ("fcl", "fig") and truth["args"][-2] == "--today"
        seen[kind].add(decision["outcome"])
        for e in values.get("entries", []):
            m = ENTRY.match(e["entry_number"])
            assert m and int(m.group(3)) == law.check_digit(m.group(1) + m.group(2))
            assert set(m.group(1)) <= set("ABCDEFGHI0123456789")
        if kind == "protest" and "last_days" in decision:
            for e in values["entries"]:
                last = law.last_day(
                    dt.date.fromisoformat(e["entry_date"]),
                    dt.date.fromisoformat(e["liquidation_date"]),
                )
                assert decision["last_days"][e["entry_number"]] == last.isoformat()
            assert decision["deadline"] == min(decision["last_days"].values())
        if kind == "ruling-request" and decision.get("due"):
            received = dt.date.fromisoformat(truth["args"][1])
            assert decision["due"] == (received + dt.timedelta(days=30)).isoformat()
        if kind == "penalty-case":
            lod = decision["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
            assert (decision["notice"] == "none") == (
                decision["outcome"] == "needs_human" or decision.get("proposed_penalty") == 0
            )
    for kind, outcomes in OUTCOMES.items():
        assert seen[kind] == outcomes, kind
    missing = {m for p in _plans(1) for m in p["truth"]["decision"].get("missing", [])}
    assert {
        "174.13(a)(1)",
        "174.13(a)(2)",
        "174.13(a)(3)",
        "174.13(a)(5)",
        "174.13(a)(7)",
        "174.13(a)(9)",
        "177.2(b)(1)",
        "177.2(b)(2)",
        "177.2(b)(5)",
        "177.2(b)(6)",
        "177.2(c)",
    } <= missing
    notices = {
        p["truth"]["decision"]["notice"] for p in _plans(1) if p["truth"]["kind"] == "penalty-case"
    }
    assert notices == {"pre_penalty", "penalty", "none"}
    assert (
        len(cases.PROTEST_CASES) == 22 and len(cases.RULING_CASES) == len(cases.PENALTY_CASES) == 12
    )


@pytest.mark.skipif(
    not (shutil.which("fpc") and shutil.which("fig2dev") and shutil.which("gs")),
    reason="needs fp-compiler, fp-units-fcl, fig2dev and ghostscript",
)
@pytest.mark.parametrize(("kind", "index"), [("protest", 2), ("penalty-case", 1)])
def test_one_print_per_producer_carries_every_scored_value(
    tmp_path: Path, kind: str, index: int
) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    assert check.missing_from(pdf) == []
    assert ("_fcl_" if index % 2 == 0 else "_fig_") in pdf.name
