"""The forty-fifth blind corpus (Asymptote and Perl Cairo, issue 13): deterministic per seed, truths
well formed and computed as the law says, and every scored value printed in the PDF's text layer."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from bench.corpus_fortyfifth import build, check, penalties, protests, rulings
from bench.corpus_fortyfifth.law import check_digit, holidays, last_day, next_business_day

ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
OUTCOMES = {
    "protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
    "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
    "penalty-case": {"draft", "needs_human"},
}
COUNTS = {
    "protest": len(protests.CASES),
    "ruling-request": len(rulings.CASES),
    "penalty-case": len(penalties.CASES),
}


def _plans(seed: int) -> list[tuple[str, str]]:
    out = []
    for kind, count in COUNTS.items():
        for index in range(count):
            truth, sheet, _style, _producer = build.plan(kind, index, seed)
            out.append((json.dumps(truth, sort_keys=True), json.dumps(sheet.pages)))
    return out


def test_plan_is_deterministic_per_seed_and_seeds_differ() -> None:
    first = _plans(1)
    assert first == _plans(1)
    assert first != _plans(2)


def test_law_examples() -> None:
    assert check_digit("ABC", "1234567") == 6
    assert check_digit("999", "9999999") == 0
    assert last_day(dt.date(2020, 1, 1), dt.date(2024, 1, 5)) == dt.date(2024, 7, 3)
    assert last_day(dt.date(2004, 12, 17), dt.date(2005, 1, 5)) == dt.date(2005, 4, 5)
    assert dt.date(2025, 11, 27) in holidays(2025)
    assert next_business_day(dt.date(2025, 7, 3)) == dt.date(2025, 7, 7)


def test_truths_are_well_formed_and_cover_every_outcome() -> None:
    seen: dict[str, set[str]] = {kind: set() for kind in COUNTS}
    missing_seen: set[str] = set()
    notices: set[str] = set()
    for kind, count in COUNTS.items():
        for index in range(count):
            truth = build.plan(kind, index, 1)[0]
            assert truth["kind"] == kind and truth["family"] in build.PRODUCERS
            assert "--today" in truth["args"]
            decision, values = truth["decision"], truth["values"]
            if "outcome" in decision:
                assert decision["outcome"] in OUTCOMES[kind]
                seen[kind].add(decision["outcome"])
            missing_seen.update(decision.get("missing", []))
            for entry in values.get("entries", []):
                match = ENTRY.match(entry["entry_number"])
                assert match, entry
                assert check_digit(match[1], match[2]) == int(match[3])
            if kind == "protest" and "last_days" in decision:
                for entry in values["entries"]:
                    end = last_day(
                        dt.date.fromisoformat(entry["entry_date"]),
                        dt.date.fromisoformat(entry["liquidation_date"]),
                    )
                    assert decision["last_days"][entry["entry_number"]] == end.isoformat()
                assert decision["deadline"] == min(decision["last_days"].values())
            if kind == "protest" and "--received" not in truth["args"]:
                assert values["protest_number"]
            if kind == "penalty-case":
                notices.add(decision["notice"])
                loss = decision["loss_of_duties"]
                assert round(loss["actual"] + loss["potential"], 2) == loss["total"]
    assert all(seen[kind] == OUTCOMES[kind] for kind in COUNTS), seen
    assert {f"174.13(a)({n})" for n in (1, 2, 3, 4, 5, 6, 7, 9)} <= missing_seen
    assert {"177.2(b)(1)", "177.2(b)(2)", "177.2(b)(5)", "177.2(b)(6)", "177.2(c)"} <= missing_seen
    assert notices == {"pre_penalty", "penalty", "none"}


@pytest.mark.skipif(
    not (shutil.which("asy") and shutil.which("perl")), reason="needs asy and perl Cairo"
)
def test_one_document_per_producer_prints_every_scored_value(tmp_path: Path) -> None:
    done: set[str] = set()
    for kind, index in (("penalty-case", 0), ("penalty-case", 1), ("protest", 0), ("protest", 1)):
        if len(done) == 2:
            break
        producer = build.plan(kind, index, 1)[3]
        if producer in done:
            continue
        pdf = build.write(kind, index, 1, tmp_path)
        truth = json.loads(pdf.with_suffix(".json").read_text())
        assert check.missing_values(pdf, truth) == []
        done.add(producer)
    assert done == set(build.PRODUCERS)
