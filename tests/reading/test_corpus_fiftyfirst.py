"""The fifty-first hand's corpus: deterministic plans, sound truths, values in the text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from bench.corpus_fiftyfirst import build, law
from bench.corpus_fiftyfirst.check import missing_values

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}


def _plans(seed: int) -> list[tuple[str, str, dict[str, Any], list[Any]]]:
    out = []
    for kind, n in COUNTS.items():
        for i in range(n):
            producer, case, truth, doc = build.plan(kind, i, seed)
            out.append((producer, case, truth, doc.pages))
    return out


def test_plan_is_deterministic_per_seed_and_differs_between_seeds() -> None:
    first = json.dumps(_plans(1), default=str)
    assert first == json.dumps(_plans(1), default=str)
    assert first != json.dumps(_plans(2), default=str)


def test_truths_are_well_formed() -> None:
    seen: dict[str, set[str]] = {k: set() for k in COUNTS}
    notices = set()
    missing = set()
    for _producer, _case, truth, _pages in _plans(1):
        kind = truth["kind"]
        seen[kind].add(truth["decision"]["outcome"])
        missing.update(truth["decision"].get("missing", []))
        assert truth["args"][-2] == "--today"
        for entry in truth["values"].get("entries", []):
            number = entry["entry_number"]
            assert re.fullmatch(r"[A-I0-9]{3}-\d{7}-\d", number)
            assert law.check_digit(number[:3] + number[4:11]) == int(number[-1])
        if kind == "protest" and "last_days" in truth["decision"]:
            days = {
                e["entry_number"]: law.last_day(
                    dt.date.fromisoformat(e["entry_date"]),
                    dt.date.fromisoformat(e["liquidation_date"]),
                ).isoformat()
                for e in truth["values"]["entries"]
            }
            assert truth["decision"]["last_days"] == days
            assert truth["decision"]["deadline"] == min(days.values())
        if kind == "penalty-case":
            notices.add(truth["decision"]["notice"])
    assert seen == OUTCOMES
    assert {"pre_penalty", "penalty"} <= notices
    assert {"174.13(a)(2)", "174.13(a)(5)", "177.2(b)(5)", "177.2(c)"} <= missing
    assert law.check_digit("ABC1234567") == 6 and law.check_digit("9999999999") == 0
    assert law.last_day(dt.date(2010, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)


def test_one_document_per_producer_carries_every_scored_value(tmp_path: Path) -> None:
    done = set()
    for index in range(2):
        pdf = build.write("penalty-case", index, 1, tmp_path)
        producer = pdf.stem.split("_")[2]
        assert missing_values(pdf, json.loads(pdf.with_suffix(".json").read_text())) == []
        done.add(producer)
    assert done == {"mpost", "rbcairo"}
