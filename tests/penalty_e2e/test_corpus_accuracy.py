"""Issue 8's bar on a generated corpus: values, amounts to the cent, outcomes and notice types."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from bench.corpus.penalties import PenaltyCase
from bench.corpus.penalties_scenarios import SCENARIOS
from bench.corpus.scoring import Score
from bots.penalty_notice.contract import extract_json

# The generated corpus prints its HTML share with chromium.
pytestmark = pytest.mark.browser

ENTRY_FIELDS = ("entry_number", "entry_date", "liquidated", "entered_value", "duty_paid",
                "duty_owed")
MONEY_KEYS = ("loss_of_duties", "statutory_max", "guideline_range", "proposed_penalty")


def score(case: PenaltyCase, values: dict[str, Any]) -> Score:
    """Each scalar value and each field of each true entry counts once; a stray entry is wrong."""
    result = Score()

    def check(key: str, want: Any, have: Any) -> None:
        result.total += 1
        if want == have:
            result.right += 1
        else:
            result.misses.append(f"{case.name}: {key}: want {want!r}, got {have!r}")

    for key, want in case.truth.items():
        if key != "entries":
            check(key, want, values.get(key))
    got = values["entries"]
    for index, entry in enumerate(case.truth["entries"]):
        have = got[index] if index < len(got) else {}
        for key in ENTRY_FIELDS:
            check(f"entries[{index}].{key}", entry[key], have.get(key))
    for index in range(len(case.truth["entries"]), len(got)):
        check(f"entries[{index}]", None, got[index])
    return result


def test_the_corpus_covers_every_scenario_both_producers_and_multi_page_referrals(
    penalty_corpus: list[PenaltyCase],
):
    assert len(penalty_corpus) >= 40
    assert set(SCENARIOS) <= {case.spec.scenario for case in penalty_corpus}
    assert {case.spec.producer for case in penalty_corpus} == {"reportlab", "chromium"}
    notices = Counter(case.expected["notice"] for case in penalty_corpus)
    assert notices.keys() == {"pre_penalty", "penalty", "none"}
    assert any(case.spec.split_table or case.spec.narrative_paragraphs > 2
               for case in penalty_corpus)


def test_values_amounts_outcomes_and_notices_meet_the_bar(penalty_corpus: list[PenaltyCase]):
    total = Score()
    wrong_amounts: list[str] = []
    wrong_course: list[str] = []
    pages: Counter[bool] = Counter()
    for case in penalty_corpus:
        result = extract_json(case.pdf, today=case.today)
        pages[result["document"]["pages"] > 1] += 1
        total.add(score(case, result["values"]))
        decision, expected = result["decision"], case.expected
        for key in MONEY_KEYS:
            if decision[key] != expected[key]:
                wrong_amounts.append(f"{case.name}: {key} {decision[key]} != {expected[key]}")
        for key in ("outcome", "notice", "limitations_date"):
            if decision[key] != expected[key]:
                wrong_course.append(f"{case.name}: {key} {decision[key]} != {expected[key]}")
    assert total.accuracy >= 0.98, total.misses
    assert wrong_amounts == []
    assert wrong_course == []
    assert pages[True] >= 5  # referrals running to several pages are read whole


def test_every_value_read_carries_its_page_box_and_printed_text(
    penalty_corpus: list[PenaltyCase],
):
    case = next(c for c in penalty_corpus if len(c.truth["entries"]) >= 2)
    result = extract_json(case.pdf, today=case.today)
    evidence = result["evidence"]
    for key in ("case_number", "party_name", "violation_date", "culpability",
                "domestic_value", "entries[1].duty_owed"):
        assert evidence[key]["page"] >= 1 and len(evidence[key]["bbox"]) == 4
        assert evidence[key]["text"]
        assert 0.0 < result["confidence"][key] <= 1.0
