"""The thirty-ninth blind corpus (Horde_Pdf and RBPDF, issue 13): deterministic per seed, truths
well-formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pdfplumber
import pytest

from bench.corpus_thirtyninth import build, check, penalties, protests, rulings
from bench.corpus_thirtyninth.law import (
    business_day,
    check_digit,
    next_business_day,
    protest_last_day,
)

ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
COUNTS = {"protest": len(protests.CASES), "ruling-request": len(rulings.CASES),
          "penalty-case": len(penalties.CASES)}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _all(seed: int) -> list[dict[str, object]]:
    return [build.plan(kind, i, seed) for kind, n in COUNTS.items() for i in range(n)]


def _strip(made: dict[str, object]) -> tuple[object, object]:
    return made["truth"], made["blocks"]


def test_plan_is_deterministic_per_seed_and_seeds_differ() -> None:
    first = [_strip(m) for m in _all(1)]
    assert first == [_strip(m) for m in _all(1)]
    assert first != [_strip(m) for m in _all(2)]


def test_law_worked_examples() -> None:
    assert check_digit("ABC", "1234567") == 6
    assert check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2024, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert next_business_day(dt.date(2025, 7, 3)) == dt.date(2025, 7, 7)
    assert not business_day(dt.date(2026, 7, 3))  # July 4 on a Saturday, observed Friday


@pytest.mark.parametrize("seed", [1, 2])
def test_truths_well_formed(seed: int) -> None:
    seen: dict[str, set[str]] = {kind: set() for kind in COUNTS}
    missing_seen: set[str] = set()
    notices: set[str] = set()
    for made in _all(seed):
        truth = made["truth"]
        assert isinstance(truth, dict)
        kind, values, decision = truth["kind"], truth["values"], truth["decision"]
        assert truth["family"] in ("horde", "rbpdf")
        assert "--today" in truth["args"]
        if "outcome" in decision:
            assert decision["outcome"] in OUTCOMES[kind]
            seen[kind].add(decision["outcome"])
        missing_seen.update(decision.get("missing", []))
        notices.add(str(decision.get("notice")))
        for entry in values.get("entries", []):
            match = ENTRY.match(entry["entry_number"])
            assert match, entry
            assert check_digit(match[1], match[2]) == int(match[3])
        if kind == "protest" and "last_days" in decision:
            for entry in values["entries"]:
                last = protest_last_day(dt.date.fromisoformat(entry["entry_date"]),
                                        dt.date.fromisoformat(entry["liquidation_date"]))
                assert decision["last_days"][entry["entry_number"]] == last.isoformat()
            assert decision["deadline"] == min(decision["last_days"].values())
        if kind == "penalty-case":
            loss = decision["loss_of_duties"]
            assert round(loss["actual"] + loss["potential"], 2) == loss["total"]
            if decision["outcome"] == "needs_human":
                assert decision["notice"] == "none"
    assert seen == OUTCOMES
    assert {f"174.13(a)({n})" for n in range(1, 10)} <= missing_seen
    assert {"177.2(b)(1)", "177.2(b)(2)", "177.2(b)(5)", "177.2(b)(6)", "177.2(c)"} <= missing_seen
    assert {"pre_penalty", "penalty", "none"} <= notices


@pytest.mark.parametrize(("kind", "index"), [("protest", 0), ("penalty-case", 1)])
def test_one_document_per_producer_carries_its_values(kind: str, index: int,
                                                      tmp_path: Path) -> None:
    pdf = build.write(kind, index, 1, tmp_path)
    truth = build.plan(kind, index, 1)["truth"]
    assert truth["family"] == build.PRODUCERS[index % 2]
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    assert check.missing_values(truth, text) == []


PROTEST_INTENDED = {
    "untimely-181": "untimely", "untimely-90": "untimely", "premature": "premature",
    "weekend-grace": "needs_human", "holiday-grace": "needs_human", "partial-late": "needs_human",
    "no-drawback": "needs_human", "petition-decision": "invalid", "accept": "accept",
    "accept-multi": "accept", "charges-accelerated": "accept", "drawback-refusal": "accept",
    "reliquidation-1520d": "accept", "earlier-complete": "accept",
}
RULING_INTENDED = {"court": "no_ruling", "current-entry": "no_ruling",
                   "cbp-assigned-ior": "needs_human", "six-items": "deficient",
                   "classification": "accept", "valuation": "accept", "marking": "accept"}
PENALTY_NEEDS_HUMAN = {"negligence-pd-actual", "limitations-passed", "barred-entry"}


@pytest.mark.parametrize("seed", [1, 3, 7])
def test_each_case_gives_its_intended_outcome(seed: int) -> None:
    for made in _all(seed):
        truth = made["truth"]
        assert isinstance(truth, dict)
        case, outcome = truth["case"], truth["decision"].get("outcome")
        if truth["kind"] == "protest":
            wanted = PROTEST_INTENDED.get(case, "deficient" if case != "no-liq-date" else None)
        elif truth["kind"] == "ruling-request":
            wanted = RULING_INTENDED.get(case, "deficient")
        else:
            wanted = "needs_human" if case in PENALTY_NEEDS_HUMAN else "draft"
        assert outcome == wanted, (truth["kind"], case, seed)
