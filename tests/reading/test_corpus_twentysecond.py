"""The twenty-second blind family (gofpdf and latex + dvipdfmx): deterministic, well-formed truths
whose scored values are printed in the PDFs' text layers, decided by the law as written."""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_twentysecond import penalties, protests, rulings
from bench.corpus_twentysecond.generate import PRODUCERS, generate
from bench.corpus_twentysecond.law import check_digit, last_day, timing
from bench.corpus_twentysecond.textcheck import missing_texts
from tradebots.benchmarks.reading_bench import FILE_NAME

ENTRY = re.compile(r"^([A-Z0-9]{3})-(\d{7})-(\d)$")
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
OUTCOMES = {"protest": {"accept", "deficient", "untimely", "premature", "invalid", "needs_human"},
            "ruling-request": {"accept", "deficient", "no_ruling", "needs_human"},
            "penalty-case": {"draft", "needs_human"}}
SAMPLE = {"protest": 4, "ruling-request": 2, "penalty-case": 2}


def _plans(seed: int) -> list[Any]:
    rng = random.Random(seed)
    return [maker(count, rng, PRODUCERS) for maker, count in
            ((protests.make, 24), (rulings.make, 14), (penalties.make, 14))]


def _check_entry(number: str) -> None:
    match = ENTRY.match(number)
    assert match, number
    assert check_digit(match[1] + match[2]) == int(match[3]), number


def _well_formed(truth: dict[str, Any]) -> None:
    assert set(truth) <= {"kind", "case", "args", "values", "decision", "not_scored", "style"}
    assert truth["decision"].get("outcome", "needs_human") in OUTCOMES[truth["kind"]]
    assert "--today" in truth["args"]
    for value in truth["args"][1::2]:
        assert ISO.match(value)
    assert all(isinstance(reason, str) for reason in truth.get("not_scored", []))
    for entry in truth["values"].get("entries", []):
        _check_entry(entry["entry_number"])
        for key in ("entered_value", "duty_paid", "duty_owed"):
            if key in entry:
                assert round(entry[key], 2) == entry[key]
    json.dumps(truth)


def test_the_law_the_truths_use() -> None:
    assert check_digit("ABC1234567") == 6 and check_digit("9999999999") == 0
    assert last_day(date(2024, 3, 1), date(2024, 1, 5)) == date(2024, 7, 3)
    assert last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    assert last_day(date(2004, 12, 20), date(2005, 3, 1)) == date(2005, 8, 28)
    # 2025-05-26 is Memorial Day: a receipt on the 27th is a person's call, on the 28th late.
    liq = date(2025, 5, 26) - (date(2025, 7, 3) - date(2025, 1, 4))
    assert timing(date(2025, 5, 27), liq, date(2025, 5, 26)) == "grace"
    assert timing(date(2025, 5, 28), liq, date(2025, 5, 26)) == "untimely"
    assert timing(date(2025, 5, 26), liq, date(2025, 5, 26)) == "timely"
    assert timing(liq - timedelta(days=1), liq, date(2025, 5, 26)) == "premature"
    assert timing(liq, liq, date(2025, 5, 26)) == "timely"


def test_the_plan_is_deterministic_and_every_case_gets_its_outcome() -> None:
    first, second = _plans(7), _plans(7)
    assert first == second
    assert _plans(8) != first
    expected = {"untimely": "untimely", "premature": "premature", "invalid": "invalid",
                "weekend-grace": "needs_human", "holiday-grace": "needs_human",
                "partial-late": "needs_human", "no-ior": "deficient", "timely": "accept",
                "court-pending": "no_ruling", "current-transaction": "no_ruling",
                "six-items": "deficient", "agent-no-authority": "needs_human",
                "expired": "needs_human", "no-facts": "needs_human", "fraud": "draft"}
    for made in first:
        for case, _producer, _job, truth in made:
            _well_formed(truth)
            if case in expected:
                assert truth["decision"]["outcome"] == expected[case], case
    penalty = {case: truth for case, _p, _j, truth in first[2]}
    assert penalty["noncommercial"]["decision"]["notice"] == "penalty"
    assert penalty["expired"]["decision"]["barred_entries"]
    assert penalty["fraud-pd"]["decision"]["proposed_penalty"] == \
        penalty["fraud-pd"]["decision"]["loss_of_duties"]["total"]


@pytest.mark.slow
def test_a_printed_sample_carries_every_scored_value(tmp_path: Path) -> None:
    written = generate(tmp_path, 3, SAMPLE)
    assert len(written) == sum(SAMPLE.values())
    assert {FILE_NAME.match(pdf.name)["family"] for pdf in written} == set(PRODUCERS)  # type: ignore[index]
    for pdf in written:
        assert pdf.read_bytes().startswith(b"%PDF")
        truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
        _well_formed(truth)
        assert missing_texts(pdf, truth) == [], pdf.name
