"""The forty-seventh blind corpus (Dia and Pyxplot, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fortyseventh import build, check, penalties, protests, rulings
from bench.corpus_fortyseventh.law import check_digit, last_day, next_business_day

ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
COUNTS = {
    "protest": len(protests.CASES),
    "ruling-request": len(rulings.CASES),
    "penalty-case": len(penalties.CASES),
}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _truths(seed: int) -> dict[str, list[dict[str, Any]]]:
    return {
        kind: [build.plan(kind, i, seed)["truth"] for i in range(n)] for kind, n in COUNTS.items()
    }


def test_plan_is_deterministic_per_seed_and_seeds_differ() -> None:
    a, b = build.plan("protest", 4, 1), build.plan("protest", 4, 1)
    assert json.dumps(a["truth"]) == json.dumps(b["truth"])
    assert a["doc"].pages == b["doc"].pages and a["doc"].printed == b["doc"].printed
    assert _truths(1) == _truths(1)
    assert json.dumps(_truths(1)) != json.dumps(_truths(2))


def test_law_worked_examples() -> None:
    assert check_digit("ABC1234567") == 6
    assert check_digit("9999999999") == 0
    assert last_day(dt.date(2024, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert last_day(dt.date(2004, 12, 17), dt.date(2005, 9, 1)) == dt.date(2005, 11, 30)
    assert next_business_day(dt.date(2025, 7, 3)) == dt.date(2025, 7, 7)


def test_truths_well_formed_and_outcomes_covered() -> None:
    for kind, truths in _truths(1).items():
        outcomes = {t["decision"].get("outcome") for t in truths}
        assert OUTCOMES[kind] <= outcomes, (kind, outcomes)
        for t in truths:
            assert set(t) == {
                "kind",
                "family",
                "case",
                "style",
                "args",
                "values",
                "decision",
                "not_scored",
            }
            assert t["family"] in build.PRODUCERS
            assert "--today" in t["args"]
            for e in t["values"].get("entries", []):
                m = ENTRY.match(e["entry_number"])
                assert m and check_digit(m[1] + m[2]) == int(m[3])
            d = t["decision"]
            if kind == "protest" and "last_days" in d:
                assert d["deadline"] == min(d["last_days"].values())
                for e in t["values"]["entries"]:
                    want = last_day(
                        dt.date.fromisoformat(e["entry_date"]),
                        dt.date.fromisoformat(e["liquidation_date"]),
                    )
                    assert d["last_days"][e["entry_number"]] == want.isoformat()
    protest_missing = {m for t in _truths(1)["protest"] for m in t["decision"]["missing"]}
    assert {f"174.13(a)({n})" for n in (1, 2, 3, 4, 5, 6, 7, 9)} <= protest_missing
    ruling_missing = {m for t in _truths(1)["ruling-request"] for m in t["decision"]["missing"]}
    assert ruling_missing == {
        "177.2(b)(1)",
        "177.2(b)(2)",
        "177.2(b)(5)",
        "177.2(b)(6)",
        "177.2(c)",
    }
    notices = {t["decision"].get("notice") for t in _truths(1)["penalty-case"]}
    assert {"pre_penalty", "penalty", "none"} <= notices


@pytest.mark.skipif(
    not (shutil.which("dia") and shutil.which("pyxplot")), reason="dia/pyxplot not installed"
)
@pytest.mark.parametrize("kind,index", [("penalty-case", 0), ("penalty-case", 1)])
def test_one_document_per_producer_prints_every_scored_value(
    kind: str, index: int, tmp_path: Path
) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    plan = build.plan(kind, index, 1)
    assert plan["producer"] == ("dia", "pyxplot")[index]
    assert plan["doc"].printed
    assert check.absent(pdf, plan["doc"].printed) == []
    values = plan["truth"]["values"]
    direct = [values["case_number"], values["party_name"]]
    direct += [e["entry_number"] for e in values["entries"]]
    assert check.absent(pdf, [v for v in direct if v]) == []
