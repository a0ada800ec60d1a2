# ruff: noqa: E501
"""The fifty-ninth blind corpus (racket/draw and a CHICKEN Scheme PDF writer): deterministic per seed,
truths well-formed and computed as the law says, and every scored value printed in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fiftyninth import build, check, law, penalties, protests, rulings

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling"},
    "penalty-case": {"draft", "needs_human"},
}


def _plans(seed: int) -> list[dict[str, Any]]:
    return [build.plan(kind, i, seed) for kind, n in COUNTS.items() for i in range(n)]


def _key(plan: dict[str, Any]) -> str:
    return json.dumps([plan["name"], plan["truth"], plan["pages"]])


def test_law_worked_examples() -> None:
    assert law.check_digit("ABC1234567") == 6
    assert law.check_digit("9999999999") == 0
    assert law.last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert law.next_business_day(dt.date(2025, 8, 30)) == dt.date(2025, 9, 2)  # Labor Day
    assert law.timing(dt.date(2025, 9, 2), dt.date(2025, 1, 2), dt.date(2025, 3, 4)) == "grace"
    assert law.timing(dt.date(2025, 9, 3), dt.date(2025, 1, 2), dt.date(2025, 3, 4)) == "late"
    assert law.timing(dt.date(2025, 3, 3), dt.date(2025, 1, 2), dt.date(2025, 3, 4)) == "early"
    assert law.protest_outcome(["timely", "late"], False, []) == "needs_human"
    assert law.protest_outcome(["late"], True, ["174.13(a)(2)"]) == "untimely"
    entries: list[dict[str, Any]] = [
        {
            "number": "A",
            "date": dt.date(2024, 1, 2),
            "liquidated": True,
            "owed": 700000,
            "paid": 100000,
        },
        {
            "number": "B",
            "date": dt.date(2024, 1, 3),
            "liquidated": False,
            "owed": 400000,
            "paid": 0,
        },
    ]
    day, today = dt.date(2024, 1, 2), dt.date(2025, 1, 2)
    neg = law.penalty(entries, "negligence", False, False, 30000000, 20000000, day, today)
    assert (neg["statutory_max"], neg["guideline_range"]) == (20000.0, [5000.0, 20000.0])
    assert neg["loss_of_duties"] == {"actual": 6000.0, "potential": 4000.0, "total": 10000.0}
    gross = law.penalty(entries, "gross_negligence", False, False, 30000000, 20000000, day, today)
    assert (gross["statutory_max"], gross["guideline_range"]) == (40000.0, [25000.0, 40000.0])
    fraud = law.penalty(entries, "fraud", True, False, 30000000, 20000000, day, today)
    assert (fraud["statutory_max"], fraud["guideline_range"], fraud["proposed_penalty"]) == (
        300000.0,
        [50000.0, 80000.0],
        10000.0,
    )
    none = [dict(e, owed=e["paid"]) for e in entries]
    assert (
        law.penalty(none, "negligence", False, False, 30000000, 20000000, day, today)[
            "statutory_max"
        ]
        == 40000.0
    )
    assert law.penalty(none, "gross_negligence", False, False, 30000000, 20000000, day, today)[
        "guideline_range"
    ] == [50000.0, 80000.0]
    assert law.penalty(none, "fraud", False, False, 30000000, 20000000, day, today)[
        "guideline_range"
    ] == [100000.0, 160000.0]
    late = law.penalty(
        entries, "negligence", False, False, 30000000, 20000000, day, dt.date(2029, 1, 3)
    )
    assert (
        late["barred_entries"] == ["A"]
        and late["outcome"] == "needs_human"
        and late["notice"] == "none"
    )


def test_plan_deterministic_and_seed_dependent() -> None:
    one = [_key(p) for p in _plans(1)]
    assert one == [_key(p) for p in _plans(1)]
    assert one != [_key(p) for p in _plans(2)]


def test_truths_well_formed() -> None:
    plans = _plans(1)
    for kind, mod in (
        ("protest", protests),
        ("ruling-request", rulings),
        ("penalty-case", penalties),
    ):
        truths = [p["truth"] for p in plans if p["truth"]["kind"] == kind]
        assert {t["decision"]["outcome"] for t in truths} == OUTCOMES[kind]
        assert {t["case"] for t in truths} == set(mod.CASES)
        assert {t["family"] for t in truths} == set(build.PRODUCERS)
        assert {t["style"] for t in truths} == set(mod.STYLES)
        assert {(t["family"], t["style"]) for t in truths} == {
            (f, s) for f in build.PRODUCERS for s in mod.STYLES
        }
        for t in truths:
            assert t["args"][-2] == "--today"
            for e in t["values"].get("entries", []):
                m = ENTRY.match(e["entry_number"])
                assert m and law.check_digit(m[1] + m[2]) == int(m[3])
    for p in plans:
        t = p["truth"]
        if t["kind"] == "protest":
            for e in t["values"]["entries"]:
                last = law.last_day(
                    dt.date.fromisoformat(e["entry_date"]),
                    dt.date.fromisoformat(e["liquidation_date"]),
                )
                assert t["decision"]["last_days"][e["entry_number"]] == last.isoformat()
            assert t["decision"]["deadline"] == min(t["decision"]["last_days"].values())
            if "--received" not in t["args"]:
                assert t["values"]["received_date"]
        if t["kind"] == "ruling-request":
            due = t["decision"].get("due", "unscored")
            received = dt.date.fromisoformat(t["args"][1])
            if t["decision"]["route"] == "HQ":
                assert due is None
            elif t["decision"]["outcome"] == "accept":
                assert due == (received + dt.timedelta(days=30)).isoformat()
        if t["kind"] == "penalty-case":
            lod = t["decision"]["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
            viol = dt.date.fromisoformat(t["values"]["violation_date"])
            assert t["decision"]["limitations_date"] == viol.replace(year=viol.year + 5).isoformat()
            if t["decision"]["barred_entries"]:
                assert t["decision"]["outcome"] == "needs_human"
            if t["decision"]["outcome"] == "needs_human":
                assert t["decision"]["notice"] == "none"


@pytest.mark.skipif(not build.available(), reason="racket or csi (chicken-bin) not installed")
def test_text_layer_carries_scored_values(tmp_path: Path) -> None:
    plans = [
        build.plan("protest", 0, 1),
        build.plan("penalty-case", 1, 1),
        build.plan("ruling-request", 2, 1),
    ]
    assert {p["producer"] for p in plans} == set(build.PRODUCERS)
    for out in (tmp_path / "a", tmp_path / "b"):
        build.draw(plans, out)
    for p in plans:
        pdf = tmp_path / "a" / p["kind"] / f"{p['name']}.pdf"
        assert check.check_pdf(pdf, p["truth"]) == []
        assert pdf.read_bytes() == (tmp_path / "b" / p["kind"] / f"{p['name']}.pdf").read_bytes()
