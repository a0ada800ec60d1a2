"""What the review page is built from: the item's latest run, told in the office's words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tradebots.console.outcome_text import sentences
from tradebots.console.review_view import build_review
from tradebots.files import FileStore
from tradebots.queue.tables import WorkItem

OLDER = {"values": {"protest_number": "2704-25-100001", "received_date": "2025-01-02"},
         "decision": {"outcome": "accept"}}


def item(state: str, payload: dict[str, Any]) -> WorkItem:
    return WorkItem(id=7, bot="protest_intake", state=state, payload=payload, inputs=[],
                    last_error=None)


def test_the_outcome_reads_as_labelled_sentences() -> None:
    assert sentences({"outcome": "accept", "deadline": "2025-07-31",
                      "last_days": {"ABC-1234567-1": "2025-07-31"}, "missing": []}) == [
        ("Outcome", "accept"),
        ("Last day to protest (the earliest entry's)", "2025-07-31"),
        ("Last day to protest entry ABC-1234567-1", "2025-07-31"),
    ]
    assert sentences({"petition_due": "2025-03-01", "period_shortened": False}) == [
        ("Last day to petition (19 CFR 171.2)", "2025-03-01"), ("Period shortened", "no")]


def test_a_needs_human_item_shows_why_it_stopped_and_never_an_older_runs_values(
        tmp_path: Path) -> None:
    stopped = item("needs_human", {"result": OLDER, "needs_human": {
        "message": "protest.pdf: the file is not a PDF", "data": {}}})
    view = build_review(stopped, [], FileStore(tmp_path))
    assert view.values == [] and view.decision == {}
    assert view.stopped == "protest.pdf: the file is not a PDF"


def test_a_value_without_a_box_says_why(tmp_path: Path) -> None:
    run = {"values": {"received_date": "2025-01-02", "protest_number": None, "port_code": "2704"},
           "evidence": {}, "confidence": {"port_code": 0.7}}
    view = build_review(item("awaiting_review", {"result": run}), [], FileStore(tmp_path))
    reasons = {row.key: row.no_box for row in view.values}
    assert reasons == {"received_date": "not read from the document: taken from the item or a "
                                        "default",
                       "protest_number": "not found on the document",
                       "port_code": "read from a cue without a printed position (check it)"}


def test_a_portal_number_other_than_the_printed_one_is_pointed_out(tmp_path: Path) -> None:
    filed = item("awaiting_review", {"result": OLDER, "portal": {
        "protest_number": "2704-25-100009"}})
    note = build_review(filed, [], FileStore(tmp_path)).number_note
    assert "assigned protest number 2704-25-100009" in note
    assert "printed 2704-25-100001" in note
    same = item("awaiting_review", {"result": OLDER, "portal": {
        "protest_number": "2704-25-100001"}})
    assert build_review(same, [], FileStore(tmp_path)).number_note == ""


def test_an_outcome_a_person_decided_says_who(tmp_path: Path) -> None:
    run = {**OLDER, "decision_override": "accept"}
    history = [{"actor": "sam", "decision": "accept", "reason": "stamp shows the last day"}]
    view = build_review(item("awaiting_review", {"result": run, "history": history}), [],
                        FileStore(tmp_path))
    assert ("Outcome decided by", "sam: stamp shows the last day") in view.outcome
