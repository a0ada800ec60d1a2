"""The fourth hand's blind corpus: deterministic per seed, well-formed truths, values printed."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bench.corpus_fourth import law
from bench.corpus_fourth.build import documents, unprinted, write
from bench.corpus_fourth.printed import check_digit

COUNTS = {"protest": 24, "ruling-request": 12, "penalty-case": 12}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ENTRY = re.compile(r"^[A-Z0-9]{3}-\d{7}-\d$")


def _truths(seed: int) -> list[tuple[str, dict[str, Any]]]:
    return [(stem, doc.truth) for _, stem, doc in documents(seed, COUNTS)]


def test_same_seed_same_documents_other_seed_other_documents() -> None:
    first, again = documents(3, COUNTS), documents(3, COUNTS)
    assert [(s, d.truth, d.blocks) for _, s, d in first] == \
        [(s, d.truth, d.blocks) for _, s, d in again]
    assert [d.truth for _, _, d in first] != [d.truth for _, _, d in documents(4, COUNTS)]


@pytest.mark.parametrize("seed", [1, 2, 7])
def test_truths_are_well_formed(seed: int) -> None:
    for stem, truth in _truths(seed):
        kind, case = truth["kind"], truth["case"]
        assert stem.split("_")[0] in kind and stem.endswith(case)
        assert set(truth) <= {"kind", "case", "args", "values", "decision", "not_scored"}
        scored = set(truth["values"]) | set(truth["decision"])
        for reason in truth.get("not_scored", []):
            assert " not scored: " in reason, reason
        for entry in truth["values"].get("entries", []):
            number = entry["entry_number"]
            assert ENTRY.match(number) and check_digit(number[:3] + number[4:11]) == int(number[-1])
        for key in ("received_date", "violation_date", "request_date"):
            if truth["values"].get(key) is not None:
                assert ISO.match(truth["values"][key]), (stem, key)
        if kind == "protest":
            assert {"outcome", "missing"} & scored
            missing = truth["decision"]["missing"]
            assert missing == sorted(missing, key=lambda m: int(m[10:-1])), stem
        if kind == "penalty-case":
            loss = truth["decision"]["loss_of_duties"]
            assert round(loss["actual"] + loss["potential"], 2) == loss["total"]


def test_protest_cases_have_the_outcomes_they_were_built_for() -> None:
    expected = {"accept": "accept", "untimely": "untimely", "premature": "premature",
                "weekend-grace-sat": "needs_human", "holiday-grace": "needs_human",
                "weekend-late": "untimely", "partial-late": "needs_human", "invalid": "invalid",
                "old90-timely": "accept", "old90-untimely": "untimely",
                "no-earlier-date": "deficient", "exact-last-day": "accept"}
    for seed in (1, 5):
        for _, truth in _truths(seed):
            if truth["kind"] == "protest" and truth["case"] in expected:
                assert truth["decision"]["outcome"] == expected[truth["case"]], truth


def test_referrals_that_never_describe_the_goods_go_to_a_person_without_a_notice() -> None:
    # Every notice must describe the merchandise (19 CFR 162.77(b)(1)(i)); none of these does.
    decisions = [t["decision"] for stem, t in _truths(1) if stem.startswith("penalty_")]
    assert len(decisions) == COUNTS["penalty-case"]
    assert {(d["outcome"], d["notice"]) for d in decisions} == {("needs_human", "none")}


def test_law_clock_examples() -> None:
    # customs-rules.md: liquidated 2024-01-05 -> last day 2024-07-03; pre-2004-12-18 entries 90.
    assert law.last_day(None, date(2024, 1, 5)) == date(2024, 7, 3)
    assert law.last_day(date(2004, 12, 17), date(2005, 3, 1)) == date(2005, 5, 30)
    assert not law.is_business_day(date(2023, 12, 25))
    assert not law.is_business_day(date(2021, 12, 31))  # New Year 2022 observed
    assert law.next_business_day(date(2024, 5, 25)) == date(2024, 5, 28)  # Memorial Day
    assert law.timing(date(2024, 5, 28), date(2023, 11, 27),
                      date(2024, 5, 25)) == "grace"


@pytest.mark.slow
def test_every_scored_value_is_in_the_text_layer(tmp_path: Path) -> None:
    written = write(tmp_path, 1, COUNTS)
    assert len(written) == 48
    assert {doc.producer for _, doc in written} == {"weasy", "mupdf"}
    for pdf, doc in written:
        assert unprinted(pdf, doc) == [], pdf.name
        assert json.loads(pdf.with_suffix(".json").read_text())["case"] == doc.case
