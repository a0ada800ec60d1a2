"""The thirty-eighth blind corpus (PDF::Reuse and node's pdfjs, issue 13): deterministic plans per
seed, truths well formed and computed as the law says, and one print per producer carrying every
scored value in its text layer."""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from bench.corpus_thirtyeighth import build, law, penalties, protests, rulings

ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
ALL = {"protest": len(protests.CASES), "ruling-request": len(rulings.CASES),
       "penalty-case": len(penalties.CASES)}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _plans(seed: int) -> list[dict[str, object]]:
    return [build.plan(kind, i, seed) for kind, n in ALL.items() for i in range(n)]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One document per producer: a reuse protest and a pdfjs penalty referral."""
    out = tmp_path_factory.mktemp("corpus38")
    return {"reuse": build.write("protest", 0, 1, out),
            "pdfjs": build.write("penalty-case", 1, 1, out)}


def test_plans_are_deterministic_per_seed_and_seeds_differ() -> None:
    first, again = _plans(1), _plans(1)
    assert json.dumps(first, default=str) == json.dumps(again, default=str)
    other = _plans(2)
    assert [p["truth"] for p in first] != [p["truth"] for p in other]
    assert [p["doc"] for p in first] != [p["doc"] for p in other]


def test_default_counts_cover_every_outcome_and_element() -> None:
    for seed in (1, 2):
        seen: dict[str, set[str]] = collections.defaultdict(set)
        missing: set[str] = set()
        notices: set[str] = set()
        for kind, n in COUNTS.items():
            for i in range(n):
                truth = build.plan(kind, i, seed)["truth"]
                assert isinstance(truth, dict)
                decision = truth["decision"]
                seen[kind].add(decision.get("outcome", "(not scored)"))
                missing.update(decision.get("missing", []))
                if kind == "penalty-case":
                    notices.add(f"{decision['outcome']}/{decision['notice']}")
        for kind, outcomes in OUTCOMES.items():
            assert outcomes <= seen[kind], (kind, seen[kind])
        assert {f"174.13(a)({n})" for n in range(1, 10)} <= missing
        assert {"177.2(b)(1)", "177.2(b)(2)", "177.2(b)(5)", "177.2(b)(6)", "177.2(c)"} <= missing
        assert {"draft/pre_penalty", "draft/penalty", "needs_human/none"} <= notices


def test_truths_are_well_formed() -> None:
    for plan in _plans(1):
        truth = plan["truth"]
        assert isinstance(truth, dict)
        assert truth["family"] in ("reuse", "pdfjs") and "--today" in truth["args"]
        values, decision = truth["values"], truth["decision"]
        for entry in values.get("entries", []):
            filer, serial, digit = ENTRY.match(entry["entry_number"]).groups()  # type: ignore[union-attr]
            assert law.check_digit(filer, serial) == int(digit)
        if truth["kind"] == "protest" and "last_days" in decision:
            received = dt.date.fromisoformat(values["received_date"])
            for entry in values["entries"]:
                last = law.last_day(dt.date.fromisoformat(entry["entry_date"]),
                                    dt.date.fromisoformat(entry["liquidation_date"]))
                assert decision["last_days"][entry["entry_number"]] == last.isoformat()
                assert (last - dt.date.fromisoformat(entry["liquidation_date"])).days in (90, 180)
            assert decision["deadline"] == min(decision["last_days"].values())
            if decision.get("outcome") == "untimely":
                assert received > law.next_business_day(dt.date.fromisoformat(decision["deadline"]))
        if truth["kind"] == "ruling-request" and decision.get("due"):
            received = dt.date.fromisoformat(truth["args"][truth["args"].index("--received") + 1])
            assert decision["due"] == (received + dt.timedelta(days=30)).isoformat()
        if truth["kind"] == "penalty-case":
            limit = dt.date.fromisoformat(decision["limitations_date"])
            today = dt.date.fromisoformat(truth["args"][1])
            assert limit != today and (limit < today) <= (decision["outcome"] == "needs_human")


INTENDED = {
    "protest": {"untimely": "untimely", "pre2004-late": "untimely", "untimely-wknd": "untimely",
                "grace-sat": "needs_human", "grace-holiday": "needs_human",
                "mixed-late": "needs_human", "mixed-early": "needs_human", "cbp-ior": "needs_human",
                "premature": "premature", "invalid-petition": "invalid", "invalid-adcvd": "invalid",
                "no-ior": "deficient", "no-address": "deficient", "no-desc": "deficient",
                "no-grounds": "deficient", "sec3-no-date": "deficient",
                "surety-nocert": "deficient", "no-entrydate": "deficient",
                "no-liqdate": "(not scored)", "no-drawback": "(not scored)"},
    "ruling-request": {"no-pending": "deficient", "unsigned": "deficient",
                       "class-thin": "deficient", "no-port": "deficient", "no-basis": "deficient",
                       "too-many": "deficient", "cit": "no_ruling", "current": "no_ruling",
                       "completed": "no_ruling", "cbp-ior": "needs_human"},
    "penalty-case": {"limitations": "needs_human", "barred": "needs_human",
                     "neg-pd": "needs_human", "cbp-ior": "needs_human"},
}
DEFAULT = {"protest": "accept", "ruling-request": "accept", "penalty-case": "draft"}


def test_each_case_gets_the_outcome_it_was_built_for() -> None:
    for kind, n in ALL.items():
        for i in range(n):
            truth = build.plan(kind, i, 3)["truth"]
            assert isinstance(truth, dict)
            got = truth["decision"].get("outcome", "(not scored)")
            assert got == INTENDED[kind].get(truth["case"], DEFAULT[kind]), (kind, truth["case"])


def test_law_worked_examples() -> None:
    assert law.check_digit("ABC", "1234567") == 6 and law.check_digit("999", "9999999") == 0
    assert law.last_day(dt.date(2023, 6, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert law.last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    # last day Saturday 2024-02-10: Monday the 12th is grace, Tuesday the 13th is late
    liq = dt.date(2023, 8, 14)
    assert law.entry_status(dt.date(2024, 2, 12), dt.date(2023, 1, 3), liq) == "grace"
    assert law.entry_status(dt.date(2024, 2, 13), dt.date(2023, 1, 3), liq) == "late"
    assert law.next_business_day(dt.date(2024, 7, 3)) == dt.date(2024, 7, 5)
    entries = [
        {"duty_owed": Decimal(6000), "duty_paid": Decimal(0), "liquidated": True},
        {"duty_owed": Decimal(4000), "duty_paid": Decimal(0), "liquidated": False},
    ]
    dv, dutiable = Decimal(300000), Decimal(200000)
    neg = law.penalty("negligence", False, entries, dv, dutiable)
    assert neg["statutory_max"] == 20000 and neg["range"] == [5000, 20000]
    assert law.penalty("gross_negligence", False, entries, dv, dutiable)["range"] == [25000, 40000]
    assert law.penalty("fraud", False, entries, dv, dutiable)["proposed"] == dv
    assert law.penalty("fraud", True, entries, dv, dutiable)["proposed"] == 10000
    none = [{"duty_owed": Decimal(0), "duty_paid": Decimal(0), "liquidated": True}]
    assert law.penalty("fraud", False, none, dv, dutiable)["range"] == [100000, 160000]
    assert law.penalty("gross_negligence", False, none, dv, dutiable)["statutory_max"] == 80000


def test_one_print_per_producer_carries_every_scored_value(printed: dict[str, Path]) -> None:
    for producer, pdf in printed.items():
        assert f"_{producer}_" in pdf.name
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert truth["family"] == producer
        assert build.check(pdf, truth) == [], pdf.name
