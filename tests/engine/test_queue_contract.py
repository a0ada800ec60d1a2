"""The work queue's contract, run against real SQLite and a real PostgreSQL server."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.conftest import AUDIT_KEY, ManualClock
from tradebots.errors import IllegalTransition, LeaseLost
from tradebots.queue.audit import verify_chains
from tradebots.queue.queries import get_item, item_events
from tradebots.queue.states import State
from tradebots.queue.store import Outcome, WorkQueue
from tradebots.queue.tables import AuditEvent, WorkItem


def _pdf(tmp_path: Path, name: str, body: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n" + body)
    return path


def test_the_same_file_queued_twice_is_one_item_keyed_by_its_sha256(queue: WorkQueue, tmp_path):
    pdf = _pdf(tmp_path, "protest.pdf", b"one")
    first = queue.enqueue("noop", [pdf], actor="clerk")
    again = queue.enqueue("noop", [_pdf(tmp_path, "copy.pdf", b"one")], actor="clerk")
    assert first.created and not again.created
    assert again.item_id == first.item_id
    assert first.reference == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert queue.files.read_bytes(first.reference) == pdf.read_bytes()


def test_the_same_reference_for_another_bot_is_another_item(queue: WorkQueue):
    a = queue.enqueue("noop", actor="clerk", reference="REF-1")
    b = queue.enqueue("other", actor="clerk", reference="REF-1")
    assert a.item_id != b.item_id


def test_a_claim_takes_priority_first_then_due_date_then_age(queue: WorkQueue, clock: ManualClock):
    old = queue.enqueue("noop", actor="c", reference="old").item_id
    clock.advance(1)
    due_late = queue.enqueue("noop", actor="c", reference="late", due=date(2027, 3, 1)).item_id
    clock.advance(1)
    due_soon = queue.enqueue("noop", actor="c", reference="soon", due=date(2027, 1, 5)).item_id
    clock.advance(1)
    urgent = queue.enqueue("noop", actor="c", reference="urgent", priority=5).item_id
    order = [queue.claim("w").item_id for _ in range(4)]  # type: ignore[union-attr]
    assert order == [urgent, due_soon, due_late, old]
    assert queue.claim("w") is None


def test_every_transition_writes_a_chained_audit_event(queue: WorkQueue, database):
    item_id = queue.enqueue("noop", actor="clerk", reference="r").item_id
    claim = queue.claim("worker-1")
    assert claim is not None
    queue.finish(claim, Outcome(State.AWAITING_REVIEW, "prepared"))
    events = item_events(database, item_id)
    assert [(e.from_state, e.to_state, e.actor) for e in events] == [
        ("new", "queued", "clerk"),
        ("queued", "running", "worker-1"),
        ("running", "awaiting_review", "worker-1"),
    ]
    assert [e.prev_mac for e in events[1:]] == [e.mac for e in events[:-1]]
    assert verify_chains(database, AUDIT_KEY) == (3, [])


def test_audit_events_refuse_updates_and_deletes(queue: WorkQueue, database):
    queue.enqueue("noop", actor="clerk", reference="r")
    with pytest.raises(Exception, match="append-only"), database.write() as session:
        session.execute(text("UPDATE audit_events SET actor = 'mallory'"))
    with pytest.raises(Exception, match="append-only"), database.write() as session:
        session.execute(text("DELETE FROM audit_events"))


def test_an_audit_row_edited_by_hand_is_named_by_verify(queue: WorkQueue, database):
    item_id = queue.enqueue("noop", actor="clerk", reference="r").item_id
    claim = queue.claim("w")
    assert claim is not None
    queue.finish(claim, Outcome(State.DONE, "done"))
    queue.enqueue("noop", actor="clerk", reference="untouched")
    target = item_events(database, item_id)[1]
    with database.write() as session:
        _drop_append_only_guard(session, database.dialect)
        session.execute(
            text("UPDATE audit_events SET actor = 'mallory' WHERE id = :id"), {"id": target.id}
        )
    checked, broken = verify_chains(database, AUDIT_KEY)
    assert checked == 4
    assert [(b.item_id, b.event_id) for b in broken] == [(item_id, target.id)]
    assert "edited" in broken[0].describe()


def test_a_removed_last_event_is_detected(queue: WorkQueue, database):
    item_id = queue.enqueue("noop", actor="clerk", reference="r").item_id
    queue.claim("w")
    last = item_events(database, item_id)[-1]
    with database.write() as session:
        _drop_append_only_guard(session, database.dialect)
        session.execute(text("DELETE FROM audit_events WHERE id = :id"), {"id": last.id})
    _, broken = verify_chains(database, AUDIT_KEY)
    assert [b.item_id for b in broken] == [item_id]


def _drop_append_only_guard(session, dialect: str) -> None:
    if dialect == "postgresql":
        session.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))
    else:
        session.execute(text("DROP TRIGGER audit_events_no_update"))
        session.execute(text("DROP TRIGGER audit_events_no_delete"))


def test_an_illegal_transition_raises_and_changes_nothing(queue: WorkQueue, database):
    item_id = queue.enqueue("noop", actor="clerk", reference="r").item_id
    with pytest.raises(IllegalTransition):
        queue_people(queue).approve(item_id, actor="boss")
    item = get_item(database, item_id)
    assert item is not None and item.state == "queued"
    assert len(item_events(database, item_id)) == 1


def test_a_claimed_item_is_not_claimed_again_while_its_lease_holds(queue: WorkQueue, clock):
    queue.enqueue("noop", actor="clerk", reference="r")
    assert queue.claim("a") is not None
    clock.advance(29)
    assert queue.claim("b") is None


def test_a_dead_workers_item_is_claimed_again_once_the_lease_runs_out(queue: WorkQueue, clock):
    item_id = queue.enqueue("noop", actor="clerk", reference="r").item_id
    first = queue.claim("dead-worker")
    clock.advance(31)
    second = queue.claim("live-worker")
    assert first is not None and second is not None
    assert second.item_id == item_id and second.token != first.token
    assert second.attempt == 2


def test_a_worker_whose_lease_was_taken_over_can_no_longer_change_its_item(
    queue: WorkQueue, clock, database
):
    item_id = queue.enqueue("noop", actor="clerk", reference="r").item_id
    stale = queue.claim("slow-worker")
    clock.advance(31)
    fresh = queue.claim("other-worker")
    assert stale is not None and fresh is not None
    with pytest.raises(LeaseLost):
        queue.guard(stale)  # before a portal write
    with pytest.raises(LeaseLost):
        queue.finish(stale, Outcome(State.DONE, "finished late"))
    assert not queue.heartbeat(stale)
    item = get_item(database, item_id)
    assert item is not None and item.state == "running" and item.lease_owner == "other-worker"
    queue.finish(fresh, Outcome(State.DONE, "finished"))
    assert get_item(database, item_id).state == "done"  # type: ignore[union-attr]


def test_heartbeats_keep_a_lease_alive(queue: WorkQueue, clock):
    queue.enqueue("noop", actor="clerk", reference="r")
    claim = queue.claim("a")
    assert claim is not None
    for _ in range(4):
        clock.advance(20)
        assert queue.heartbeat(claim)
    assert queue.claim("b") is None


def test_an_item_whose_worker_dies_every_time_goes_to_a_person_after_its_crashes(
        queue: WorkQueue, clock):
    item_id = queue.enqueue("noop", actor="clerk", reference="poison").item_id
    for _ in range(3):  # max_crashes is 3 in this fixture
        assert queue.claim("crashing-worker") is not None
        clock.advance(31)
    assert queue.claim("w") is None
    item = get_item(queue.db, item_id)
    assert item is not None and item.state == "needs_human" and item.crashes == 3
    assert "died 3 times in a row" in (item.last_error or "")
    assert item.payload["needs_human"]["code"] == "worker_crashes"


def test_a_crash_followed_by_an_outcome_starts_the_crash_count_again(queue: WorkQueue, clock):
    item_id = queue.enqueue("noop", actor="clerk", reference="storm").item_id
    for _ in range(6):  # a kill storm: every other run dies, every other run ends transiently
        assert queue.claim("killed") is not None
        clock.advance(31)
        claim = queue.claim("survivor")
        assert claim is not None
        queue.finish(claim, Outcome(State.QUEUED, "transient: portal busy", backoff=True,
                                    not_before=clock()))
    item = get_item(queue.db, item_id)
    assert item is not None and item.state == "queued" and item.attempts == 12
    assert item.crashes == 0 and item.waits == 6


def test_an_item_waiting_for_its_backoff_is_not_claimed_before_its_time(queue: WorkQueue, clock):
    queue.enqueue("noop", actor="clerk", reference="r")
    claim = queue.claim("w")
    assert claim is not None
    retry_at = queue.retry.next_try(claim.attempt, clock())
    queue.finish(claim, Outcome(State.QUEUED, "transient", not_before=retry_at))
    clock.advance(9)
    assert queue.claim("w") is None
    clock.advance(2)
    again = queue.claim("w")
    assert again is not None and again.attempt == 2


@pytest.mark.slow  # three claimer processes
def test_concurrent_claimers_never_take_the_same_item(database, database_url: str, tmp_path: Path):
    from tests.engine.claimers import run_claimers

    per_item = run_claimers(database_url, tmp_path, items=60, processes=3)
    assert sorted(per_item) == list(range(60))
    assert set(per_item.values()) == {1}


def test_item_rows_carry_no_lease_after_finishing(queue: WorkQueue, database):
    queue.enqueue("noop", actor="clerk", reference="r")
    claim = queue.claim("w")
    assert claim is not None
    queue.finish(claim, Outcome(State.DONE, "done"))
    with database.read() as session:
        row = session.scalars(select(WorkItem)).one()
        assert (row.lease_owner, row.lease_token, row.lease_expires) == (None, None, None)
        assert session.scalar(select(AuditEvent.to_state).order_by(AuditEvent.id.desc())) == "done"


def queue_people(queue: WorkQueue):
    from tradebots.queue.review import PeopleActions

    return PeopleActions(queue)


def test_a_poison_item_does_not_charge_its_crashes_to_the_items_that_shared_its_worker(
        queue: WorkQueue, clock):
    # A batch worker runs many items at once; one of them kills it every time. Only a run on
    # its own tells which item did it, so a re-claimed item runs alone.
    poison = queue.enqueue("noop", actor="clerk", reference="poison").item_id
    mates = [queue.enqueue("noop", actor="clerk", reference=f"mate-{n}").item_id for n in range(3)]
    idle = 0
    for run in range(60):
        claims = queue.claim_batch(f"worker-{run}", limit=10)
        if not claims:  # a worker with nothing to do polls again a little later
            idle += 1
            if idle > 3:
                break
            clock.advance(10)
            continue
        idle = 0
        if any(c.item_id == poison for c in claims):
            clock.advance(31)  # the worker died with every item it held
            continue
        for claim in claims:
            queue.finish(claim, Outcome(State.DONE, "ran"))
    assert get_item(queue.db, poison).state == "needs_human"  # type: ignore[union-attr]
    assert [get_item(queue.db, m).state for m in mates] == ["done"] * 3  # type: ignore[union-attr]


def test_a_re_claimed_item_comes_alone_even_when_the_worker_has_room_for_more(
        queue: WorkQueue, clock):
    first, second = (queue.enqueue("noop", actor="clerk", reference=r).item_id for r in "ab")
    queue.enqueue("noop", actor="clerk", reference="fresh")
    assert {c.item_id for c in queue.claim_batch("died", limit=2)} == {first, second}
    clock.advance(31)
    again = queue.claim_batch("next", limit=10)
    assert len(again) == 1 and again[0].item_id in {first, second}


def test_a_dead_workers_batch_comes_back_one_claim_after_another_without_waiting(
        queue: WorkQueue, clock):
    ids = {queue.enqueue("noop", actor="clerk", reference=f"r{n}").item_id for n in range(3)}
    assert {c.item_id for c in queue.claim_batch("died", limit=3)} == ids
    clock.advance(31)
    back = [queue.claim_batch("next", limit=10) for _ in range(3)]  # the clock stands still
    assert [len(claims) for claims in back] == [1, 1, 1]
    assert {claims[0].item_id for claims in back} == ids
