"""What the reading bench counts: outcomes right, confidently wrong, sent to a person, errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from tradebots.benchmarks.reading_bench import Case, score_case, select
from tradebots.benchmarks.reading_compare import score_document
from tradebots.benchmarks.reading_tally import Scored, tally
from tradebots.errors import BusinessError

TRUTH = {"args": ["--today", "2025-08-31"], "values": {"signed": True},
         "decision": {"outcome": "accept", "route": "NCSD"}}


def scored(expected: str | None, got: str | None, family: str = "rl") -> Scored:
    truth = {"values": {}, "decision": {} if expected is None else {"outcome": expected}}
    output = None if got is None else {"decision": {"outcome": got}}
    return Scored(name="x.pdf", family=family, score=score_document(truth, output),
                  expected_outcome=expected, got_outcome=got)


@pytest.mark.parametrize(("expected", "got", "wrong", "to_person"), [
    ("accept", "accept", False, False),
    ("accept", "deficient", True, False),
    ("deficient", "accept", True, False),
    ("accept", "needs_human", False, True),
    ("needs_human", "needs_human", False, False),
    ("needs_human", "accept", True, False),
    (None, "accept", False, False),
])
def test_a_wrong_outcome_is_confident_unless_it_went_to_a_person(
    expected: str | None, got: str, wrong: bool, to_person: bool
) -> None:
    doc = scored(expected, got)
    assert (doc.confidently_wrong, doc.sent_to_person) == (wrong, to_person)


def test_the_tally_counts_outcomes_only_where_the_truth_gives_one() -> None:
    figures = tally([scored("accept", "accept"), scored("accept", "deficient"),
                     scored("accept", "needs_human"), scored(None, "accept")])
    assert figures["outcomes"] == {"right": 1, "total": 3, "pct": 33.3}
    assert figures["confidently_wrong"] == 1 and figures["sent_to_person"] == 1
    assert figures["fully_right"]["right"] == 2
    assert figures["misses_by_field"] == {"outcome": 2}


def parse_today(args: list[str]) -> tuple[date | None, date]:
    return None, date.fromisoformat(args[args.index("--today") + 1])


def refusing_reader(file: Path, *, received: date | None, today: date) -> dict[str, Any]:
    raise BusinessError("not a ruling request")


def agreeing_reader(file: Path, *, received: date | None, today: date) -> dict[str, Any]:
    assert today == date(2025, 8, 31) and received is None
    return {"values": {"signed": True}, "decision": {"outcome": "accept", "route": "NCSD"}}


def test_a_refusal_scores_every_key_wrong_and_is_listed_with_its_message() -> None:
    doc = score_case(refusing_reader, Case(Path("/c/ruling_001_rl_class.pdf"), TRUTH),
                     parse_today)
    assert doc.error == "/c/ruling_001_rl_class.pdf: not a ruling request"
    assert len(doc.score.misses()) == 3
    assert not doc.confidently_wrong and not doc.sent_to_person
    assert tally([doc])["reader_errors"] == 1


def test_the_reader_gets_the_truth_files_dates() -> None:
    doc = score_case(agreeing_reader, Case(Path("ruling_001_rl_class.pdf"), TRUTH), parse_today)
    assert doc.error is None and doc.score.fully_right


def test_the_family_is_the_producer_in_the_file_name_else_the_truth_says() -> None:
    assert Case(Path("penalty_012_html_gn.pdf"), {}).family == "html"
    assert Case(Path("letter.pdf"), {"family": "broker"}).family == "broker"
    assert Case(Path("letter.pdf"), {}).family == "unknown"


def test_families_can_be_kept_only_or_left_out() -> None:
    cases = [Case(Path(f"protest_00{n}_{family}_x.pdf"), {})
             for n, family in enumerate(["rl", "html", "docx"])]
    assert [case.family for case in select(cases, exclude=["html"])] == ["rl", "docx"]
    assert [case.family for case in select(cases, only=["html"])] == ["html"]
