# ruff: noqa: E501
"""The sixty-second blind corpus (own PDF writers in Gforth and SWI-Prolog): deterministic per seed,
truths well-formed and computed as the law says, and every scored value printed in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from bench.corpus_sixtysecond import build, check, law, penalties, protests, render, rulings

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
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
    neg = law.penalty("negligence", False, False, entries, 30000000, 20000000, day, today)
    assert (neg["statutory_max"], neg["range"]) == (2000000, [500000, 2000000])
    gross = law.penalty("gross_negligence", False, False, entries, 30000000, 20000000, day, today)
    assert (gross["statutory_max"], gross["range"]) == (4000000, [2500000, 4000000])
    fraud = law.penalty("fraud", True, False, entries, 30000000, 20000000, day, today)
    assert (fraud["statutory_max"], fraud["range"], fraud["proposed"]) == (
        30000000,
        [5000000, 8000000],
        1000000,
    )
    none = [dict(e, owed=e["paid"]) for e in entries]
    assert law.penalty("negligence", False, False, none, 30000000, 20000000, day, today)[
        "range"
    ] == [1000000, 4000000]
    assert (
        law.penalty("gross_negligence", False, False, none, 30000000, 20000000, day, today)[
            "statutory_max"
        ]
        == 8000000
    )
    assert law.penalty("fraud", False, False, none, 30000000, 20000000, day, today)["range"] == [
        10000000,
        16000000,
    ]


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
        assert {t["decision"].get("outcome") for t in truths} - {None} == OUTCOMES[kind]
        assert {t["case"] for t in truths} == set(mod.CASES)
        assert {t["family"] for t in truths} == set(render.PRODUCERS)
        assert {t["style"] for t in truths} == set(mod.STYLES)
        for t in truths:
            assert t["args"][-2] == "--today"
            for e in t["values"].get("entries", []):
                m = ENTRY.match(e["entry_number"])
                assert m and law.check_digit(m[1] + m[2]) == int(m[3])
    for p in plans:
        t = p["truth"]
        if t["kind"] == "protest" and "last_days" in t["decision"]:
            for e in t["values"]["entries"]:
                last = law.last_day(
                    dt.date.fromisoformat(e["entry_date"]),
                    dt.date.fromisoformat(e["liquidation_date"]),
                )
                assert t["decision"]["last_days"][e["entry_number"]] == last.isoformat()
            assert t["decision"]["deadline"] == min(t["decision"]["last_days"].values())
        if t["kind"] == "ruling-request" and t["decision"]["outcome"] == "accept":
            due = t["decision"]["due"]
            if t["decision"]["route"] == "NCSD":
                received = dt.date.fromisoformat(t["args"][1])
                assert due == (received + dt.timedelta(days=30)).isoformat()
            else:
                assert due is None
        if t["kind"] == "penalty-case":
            lod = t["decision"]["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
            viol = dt.date.fromisoformat(t["values"]["violation_date"])
            assert t["decision"]["limitations_date"] == law.add_years(viol, 5).isoformat()
            if t["decision"]["barred_entries"]:
                assert t["decision"]["outcome"] == "needs_human"
            if t["decision"]["outcome"] == "needs_human":
                assert t["decision"]["notice"] == "none"


@pytest.mark.skipif(not render.available(), reason="gforth or swipl not installed")
@pytest.mark.parametrize(
    ("kind", "index"), [("protest", 0), ("penalty-case", 1), ("ruling-request", 2)]
)
def test_text_layer_carries_scored_values(kind: str, index: int) -> None:
    p = build.plan(kind, index, 1)
    pdf = build.render_plan(p)
    assert pdf.startswith(b"%PDF-1.4")
    assert check.check_pdf(pdf, p["truth"]) == []
    assert build.render_plan(build.plan(kind, index, 1)) == pdf  # same seed, same bytes


@pytest.mark.skipif(not render.available(), reason="gforth or swipl not installed")
@pytest.mark.parametrize("producer", render.PRODUCERS)
def test_own_writers_keep_a_true_xref(producer: str) -> None:
    p = build.plan("penalty-case", 0, 1)
    pdf = render.render(producer, p["pages"])
    start = int(pdf.rsplit(b"startxref", 1)[1].split()[0])
    assert pdf[start : start + 4] == b"xref"
    lines = pdf[start:].split(b"\n")
    size = int(lines[1].split()[1])
    for num in range(1, size):
        offset = int(lines[2 + num][:10])
        assert pdf[offset:].startswith(f"{num} 0 obj".encode())
