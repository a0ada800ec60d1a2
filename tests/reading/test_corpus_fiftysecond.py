"""The fifty-second blind corpus (jgraph and guile-cairo): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fiftysecond import build, check, penalties, protests, rulings
from bench.corpus_fiftysecond.law import check_digit, last_day, next_business_day, timing

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _plans(seed: int) -> list[dict[str, Any]]:
    return [build.plan(kind, i, seed) for kind, n in COUNTS.items() for i in range(n)]


def _key(plan: dict[str, object]) -> str:
    pages = plan["pages"]
    assert isinstance(pages, list)
    return json.dumps([plan["name"], plan["truth"], [p.ops for p in pages]], default=str)


def test_law_worked_examples() -> None:
    assert check_digit("ABC1234567") == 6
    assert check_digit("9999999999") == 0
    assert last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert next_business_day(dt.date(2025, 8, 30)) == dt.date(2025, 9, 2)  # Labor Day
    assert timing(dt.date(2025, 9, 2), dt.date(2025, 3, 3), dt.date(2025, 8, 30)) == "grace"


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
        assert {t["family"] for t in truths} == {"jgraph", "guile"}
        for t in truths:
            assert t["args"][-2] == "--today"
            for e in t["values"].get("entries", []):
                m = ENTRY.match(e["entry_number"])
                assert m and check_digit(m[1] + m[2]) == int(m[3])
    for p in plans:
        t = p["truth"]
        assert isinstance(t, dict)
        if t["kind"] == "protest" and "last_days" in t["decision"]:
            received = dt.date.fromisoformat(t["args"][1])
            for e in t["values"]["entries"]:
                last = last_day(
                    dt.date.fromisoformat(e["entry_date"]),
                    dt.date.fromisoformat(e["liquidation_date"]),
                )
                assert t["decision"]["last_days"][e["entry_number"]] == last.isoformat()
                assert received.isoformat() == t["values"]["received_date"]
            assert t["decision"]["deadline"] == min(t["decision"]["last_days"].values())
        if t["kind"] == "penalty-case":
            lod = t["decision"]["loss_of_duties"]
            assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
            viol = dt.date.fromisoformat(t["values"]["violation_date"])
            assert t["decision"]["limitations_date"] == viol.replace(year=viol.year + 5).isoformat()


@pytest.mark.parametrize(("kind", "index"), [("protest", 1), ("penalty-case", 3)])
def test_text_layer_carries_scored_values(tmp_path: Path, kind: str, index: int) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    truth = json.loads(pdf.with_suffix(".json").read_text())
    assert truth["family"] in pdf.name
    assert check.unprinted(pdf, truth) == []
