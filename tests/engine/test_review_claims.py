"""People's answers: claims keep two supervisors off one item; a needs_human answer is real."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import ManualClock
from tradebots.queue.claims import CLAIM_FOR, ClaimedByAnother
from tradebots.queue.queries import get_item
from tradebots.queue.review import PeopleActions, current_run
from tradebots.queue.states import State
from tradebots.queue.store import Outcome, WorkQueue


def prepared(queue: WorkQueue, state: State, payload: dict[str, Any], item_id: int = 0) -> int:
    """An item the worker left in STATE with PAYLOAD (queued first unless ITEM_ID is given)."""
    if not item_id:
        item_id = queue.enqueue("reviewed", actor="carol", reference=f"r-{state.value}").item_id
    claim = queue.claim("worker-1")
    assert claim is not None and claim.item_id == item_id
    queue.finish(claim, Outcome(state, "prepared", payload=payload))
    return item_id


def test_a_claimed_item_is_worked_only_by_its_holder_until_the_claim_lapses(
        queue: WorkQueue, clock: ManualClock) -> None:
    people = PeopleActions(queue)
    item_id = prepared(queue, State.AWAITING_REVIEW, {"result": {}})
    held = people.claim(item_id, actor="sam")
    assert held.holder == "sam" and people.claim_of(item_id) == held
    with pytest.raises(ClaimedByAnother, match="claimed by sam"):
        people.claim(item_id, actor="sue")
    with pytest.raises(ClaimedByAnother):
        people.approve(item_id, actor="sue")
    clock.advance(CLAIM_FOR.total_seconds() + 1)  # sam was called away
    assert people.claim_of(item_id) is None
    people.claim(item_id, actor="sue")
    people.approve(item_id, actor="sue")
    assert people.claim_of(item_id) is None  # the item left review: the claim ends with it


def test_a_claim_is_released_by_its_holder_only(queue: WorkQueue) -> None:
    people = PeopleActions(queue)
    item_id = prepared(queue, State.AWAITING_REVIEW, {"result": {}})
    people.claim(item_id, actor="sam")
    people.release(item_id, actor="sue")
    assert people.claim_of(item_id) is not None
    people.release(item_id, actor="sam")
    assert people.claim_of(item_id) is None


def test_only_an_item_under_review_can_be_claimed(queue: WorkQueue) -> None:
    item_id = queue.enqueue("reviewed", actor="carol", reference="q").item_id
    with pytest.raises(Exception, match="not under review"):
        PeopleActions(queue).claim(item_id, actor="sam")


def test_a_needs_human_answer_needs_a_correction_or_a_decision(queue: WorkQueue) -> None:
    people = PeopleActions(queue)
    item_id = prepared(queue, State.NEEDS_HUMAN, {"needs_human": {"message": "a person decides"}})
    with pytest.raises(ValueError, match="same question"):
        people.resolve(item_id, actor="sam", corrections={}, decision=None, reason="look again")
    item = get_item(queue.db, item_id)
    assert item is not None and item.state == State.NEEDS_HUMAN.value


def test_a_needs_human_item_is_answered_on_its_own_run_not_an_older_one(queue: WorkQueue) -> None:
    people = PeopleActions(queue)
    item_id = prepared(queue, State.AWAITING_REVIEW, {"result": {"values": {"port": "older"}}})
    people.return_item(item_id, actor="sue", corrections={}, reason="look again")
    stopped = {"needs_human": {"message": "a person decides",
                               "data": {"result": {"values": {"port": "this run"}},
                                        "decisions": ["accept"]}}}
    prepared(queue, State.NEEDS_HUMAN, stopped, item_id)
    item = get_item(queue.db, item_id)
    assert item is not None
    assert current_run(item.state, item.payload) == stopped["needs_human"]["data"]
    people.resolve(item_id, actor="sam", corrections={}, decision="accept", reason="timely")
    item = get_item(queue.db, item_id)
    assert item is not None and item.payload["decision_override"] == "accept"
    assert item.payload["history"][-1]["previous_result"] == {"values": {"port": "this run"}}


def test_the_queue_lists_mine_or_unassigned_and_next_skips_anothers_item(
        queue: WorkQueue, clock: ManualClock) -> None:
    from tradebots.console.queries import QueueFilter, next_for_review, queue_page
    from tradebots.queue.claims import ClaimFilter

    people = PeopleActions(queue)
    first = prepared(queue, State.AWAITING_REVIEW, {"result": {}})
    second = queue.enqueue("reviewed", actor="carol", reference="second").item_id
    prepared(queue, State.AWAITING_REVIEW, {"result": {}}, second)
    people.claim(first, actor="sam")

    def listed(which: Any, holder: str) -> list[int]:
        flt = QueueFilter(claimed=ClaimFilter(which, holder, clock()))
        return [r.id for r in queue_page(queue.db, flt).rows]

    assert listed("mine", "sam") == [first]
    assert listed("unassigned", "sam") == [second]
    assert listed("open", "sue") == [second]
    assert next_for_review(queue.db, claimed=ClaimFilter("open", "sue", clock())) == second
    assert next_for_review(queue.db, skip=second,
                           claimed=ClaimFilter("open", "sue", clock())) is None
    clock.advance(CLAIM_FOR.total_seconds() + 1)
    assert sorted(listed("unassigned", "sam")) == [first, second]
