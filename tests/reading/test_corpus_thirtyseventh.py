"""The thirty-seventh blind corpus (svglib and pdfrw, issue 13): deterministic per seed, truths
well formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_thirtyseventh import build, penalty, protest, ruling
from bench.corpus_thirtyseventh.law import (
    business_day,
    check_digit,
    next_business_day,
    protest_last_day,
)

KINDS = {
    "protest": len(protest.CASES),
    "ruling-request": len(ruling.CASES),
    "penalty-case": len(penalty.CASES),
}
DEFAULTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")


def _plans(seed: int) -> dict[str, list[dict[str, object]]]:
    return {kind: [build.plan(kind, i, seed) for i in range(n)] for kind, n in KINDS.items()}


def test_plan_is_deterministic_per_seed_and_seeds_differ() -> None:
    first, again, other = _plans(1), _plans(1), _plans(2)
    assert json.dumps(first, default=str) == json.dumps(again, default=str)
    for kind in KINDS:
        assert [build.truth(p) for p in first[kind]] != [build.truth(p) for p in other[kind]]
        assert [p["blocks"] for p in first[kind]] != [p["blocks"] for p in other[kind]]


@pytest.mark.parametrize("seed", [1, 2])
def test_defaults_cover_every_outcome_and_missing_element(seed: int) -> None:
    seen: dict[str, set[str]] = {k: set() for k in KINDS}
    missing: dict[str, set[str]] = {k: set() for k in KINDS}
    notices: set[str] = set()
    for kind, n in DEFAULTS.items():
        for i in range(n):
            d = build.plan(kind, i, seed)["decision"]
            assert isinstance(d, dict)
            if "outcome" in d:
                seen[kind].add(d["outcome"])
            missing[kind].update(d.get("missing", []))
            if kind == "penalty-case":
                notices.add(d["notice"])
    assert seen == OUTCOMES
    assert {f"174.13(a)({n})" for n in range(1, 10)} <= missing["protest"]
    assert missing["ruling-request"] == {
        "177.2(b)(1)",
        "177.2(b)(2)",
        "177.2(b)(5)",
        "177.2(b)(6)",
        "177.2(c)",
    }
    assert notices == {"pre_penalty", "penalty", "none"}


def test_truths_are_well_formed_and_follow_the_law() -> None:
    assert check_digit("ABC1234567") == 6 and check_digit("9999999999") == 0
    assert protest_last_day(dt.date(2023, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2025, 1, 6)) == dt.date(2025, 4, 6)
    for kind, plans in _plans(3).items():
        for p in plans:
            assert set(p) >= {"kind", "family", "values", "decision", "args", "not_scored"}
            assert p["family"] in ("svglib", "pdfrw")
            values, decision, args = p["values"], p["decision"], p["args"]
            assert (
                isinstance(values, dict) and isinstance(decision, dict) and isinstance(args, list)
            )
            assert "--today" in args
            for e in values.get("entries", []):
                m = ENTRY.match(e["entry_number"])
                assert m and check_digit(m[1] + m[2]) == int(m[3])
            if kind == "protest" and "last_days" in decision:
                received = dt.date.fromisoformat(values["received_date"])
                for e in values["entries"]:
                    last = protest_last_day(
                        dt.date.fromisoformat(e["entry_date"]),
                        dt.date.fromisoformat(e["liquidation_date"]),
                    )
                    assert decision["last_days"][e["entry_number"]] == last.isoformat()
                if decision["outcome"] == "untimely":
                    assert all(
                        received > next_business_day(dt.date.fromisoformat(d))
                        or (
                            received > dt.date.fromisoformat(d)
                            and business_day(dt.date.fromisoformat(d))
                        )
                        for d in decision["last_days"].values()
                    )
                assert decision["deadline"] == min(decision["last_days"].values())
            if kind == "penalty-case" and "loss_of_duties" in decision:
                lod = decision["loss_of_duties"]
                assert round(lod["actual"] + lod["potential"], 2) == lod["total"]
                low, high = decision["guideline_range"]
                assert low <= high <= values["domestic_value"]


def test_one_document_per_producer_carries_every_scored_value(tmp_path: Path) -> None:
    def fold(s: str) -> str:
        return re.sub(r"\s+", " ", s).strip().casefold()

    for kind, index in (("protest", 10), ("penalty-case", 5)):  # one svglib, one pdfrw
        p = build.plan(kind, index, 1)
        pdf = tmp_path / f"{index}.pdf"
        build.render(p, pdf)
        with pdfplumber.open(pdf) as doc:
            text = fold(" ".join(page.extract_text() or "" for page in doc.pages))
        printed = p["printed"]
        assert isinstance(printed, list) and printed
        for s in printed:
            assert fold(s) in text, (kind, p["family"], s)
    assert {build.plan("protest", 10, 1)["family"], build.plan("penalty-case", 5, 1)["family"]} == {
        "svglib",
        "pdfrw",
    }
