"""The forty-first blind corpus (rst2pdf and Skia, issue 13): deterministic per seed, truths well
formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fortyfirst import build, check, penalties, protests, rulings
from bench.corpus_fortyfirst.law import check_digit, next_business_day, protest_last_day, timing

COUNTS = {
    "protest": len(protests.CASES),
    "ruling-request": len(rulings.CASES),
    "penalty-case": len(penalties.CASES),
}
ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _plans(seed: int) -> list[dict[str, Any]]:
    return [build.plan(kind, i, seed) for kind, n in COUNTS.items() for i in range(n)]


def test_same_seed_same_plan_other_seed_differs() -> None:
    first, again, other = _plans(3), _plans(3), _plans(4)
    assert json.dumps(first, default=str) == json.dumps(again, default=str)
    assert [build.truth(p) for p in first] != [build.truth(p) for p in other]
    assert [p["blocks"] for p in first] != [p["blocks"] for p in other]


def test_law_examples() -> None:
    assert check_digit("ABC", "1234567") == 6
    assert check_digit("999", "9999999") == 0
    assert protest_last_day(dt.date(2024, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert protest_last_day(dt.date(2004, 12, 17), dt.date(2005, 3, 1)) == dt.date(2005, 5, 30)
    assert next_business_day(dt.date(2025, 7, 3)) == dt.date(2025, 7, 7)
    assert timing(dt.date(2025, 7, 7), dt.date(2025, 1, 5), dt.date(2025, 7, 5)) == "grace"


@pytest.mark.parametrize("seed", [1, 2])
def test_truths_well_formed(seed: int) -> None:
    seen: dict[str, set[str]] = {kind: set() for kind in COUNTS}
    notices = set()
    for planned in _plans(seed):
        truth = build.truth(planned)
        kind, values, decision = truth["kind"], truth["values"], truth["decision"]
        seen[kind].add(decision["outcome"])
        assert truth["args"][-2] == "--today" and truth["family"] in build.PRODUCERS
        for entry in values.get("entries", []):
            match = ENTRY.match(entry["entry_number"])
            assert match and check_digit(match[1], match[2]) == int(match[3])
        if kind == "protest" and "last_days" in decision:
            lasts = {
                e["entry_number"]: protest_last_day(
                    dt.date.fromisoformat(e["entry_date"]),
                    dt.date.fromisoformat(e["liquidation_date"]),
                ).isoformat()
                for e in values["entries"]
            }
            assert decision["last_days"] == lasts and decision["deadline"] == min(lasts.values())
        if kind == "penalty-case":
            notices.add(decision["notice"])
            loss = decision["loss_of_duties"]
            assert round(loss["actual"] + loss["potential"], 2) == loss["total"]
            assert (decision["outcome"] == "needs_human") == (
                decision["notice"] == "none" and decision["outcome"] != "draft"
            )
    assert seen == OUTCOMES
    assert {"pre_penalty", "penalty", "none"} <= notices


# rst2pdf reads its own stylesheets without closing them: not this corpus's warnings.
@pytest.mark.filterwarnings(
    "ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning"
)
@pytest.mark.parametrize("producer", build.PRODUCERS)
def test_rendered_text_layer_carries_scored_values(producer: str, tmp_path: Path) -> None:
    index = next(i for i in (10, 11) if build.plan("protest", i, 1)["producer"] == producer)
    pdf = build.write("protest", index, 1, tmp_path)
    truth = json.loads(pdf.with_suffix(".json").read_text())
    assert truth["family"] == producer
    assert check.unprinted(pdf, truth) == []
