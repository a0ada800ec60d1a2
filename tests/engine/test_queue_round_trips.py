"""Round trips per transition: a batch of n costs the statements a batch of one does."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text

from tests.conftest import AUDIT_KEY, ManualClock
from tests.pg_cluster import ThrowawayCluster
from tradebots.files import FileStore
from tradebots.queue.audit import verify_chains
from tradebots.queue.database import Database
from tradebots.queue.migrate import upgrade
from tradebots.queue.outcomes import Claim, Outcome, StoredArtifact
from tradebots.queue.queries import item_events
from tradebots.queue.states import State
from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import WorkItem
from tradebots.queue.transitions import record_note
from tradebots.queue.wakeups import WorkSignal

BIG = 25
# Statements per batch, whatever its size. PostgreSQL: a claim is the pick (none while paused) and
# one write (leases, heads, events); a plain finish is one statement. SQLite adds its BEGIN and
# writes events and rows with two executemany calls (in process: no round trips to save).
CLAIM = {"postgresql": 2, "sqlite": 4}
PLAIN_FINISH = {"postgresql": 1, "sqlite": 5}
FINISH_WITH_ARTIFACTS = {"postgresql": 7, "sqlite": 8}


@contextmanager
def statements(database: Database) -> Iterator[list[str]]:
    """Every statement the queue sends to the server while the block runs."""
    seen: list[str] = []

    def note(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.append(sql)

    event.listen(database.write_engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(database.write_engine, "before_cursor_execute", note)


def _enqueue(queue: WorkQueue, count: int, prefix: str) -> None:
    for n in range(count):
        queue.enqueue("noop", actor="clerk", reference=f"{prefix}-{n}")


def _plain(claim: Claim) -> Outcome:
    return Outcome(State.DONE, "prepare done", payload={"result": {"ran": True}})


def _done(claim: Claim) -> Outcome:
    return Outcome(State.DONE, "prepare done",
                   payload={"result": {"values": {"entry_number": f"E-{claim.item_id}"}}},
                   artifacts=[StoredArtifact("letter.pdf", "pdf", "0" * 64)])


def test_a_claim_batch_and_a_finish_batch_cost_the_same_statements_for_one_item_as_for_many(
        queue: WorkQueue):
    _enqueue(queue, 2 + BIG, "r")
    queue.claim_batch("w", limit=1)  # the first claim also looks for expired leases
    with statements(queue.db) as claim_one:
        one = queue.claim_batch("w", limit=1)
    with statements(queue.db) as claim_many:
        many = queue.claim_batch("w", limit=BIG)
    assert (len(one), len(many)) == (1, BIG)
    assert len(claim_many) == len(claim_one) == CLAIM[queue.db.dialect]
    # The chain head is on the item row: writing an event never reads the previous one.
    assert not [s for s in claim_many if s.lstrip().upper().startswith("SELECT")
                and "audit_events" in s]

    assert _finish_statements(queue, one, many, _done) == {FINISH_WITH_ARTIFACTS[queue.db.dialect]}
    assert verify_chains(queue.db, AUDIT_KEY)[1] == []


def _finish_statements(queue: WorkQueue, one: list[Claim], many: list[Claim],
                       outcome: Callable[[Claim], Outcome]) -> set[int]:
    """The statement counts of finishing ONE and MANY (one count when they cost the same)."""
    counts = set()
    for claims in (one, many):
        with statements(queue.db) as seen:
            assert queue.finish_many([(c, outcome(c)) for c in claims]) == set()
        counts.add(len(seen))
    return counts


def test_a_batch_of_plain_outcomes_is_recorded_by_one_statement_on_postgresql(queue: WorkQueue):
    _enqueue(queue, 1 + BIG, "p")
    one, many = queue.claim_batch("w", limit=1), queue.claim_batch("w", limit=BIG)
    assert _finish_statements(queue, one, many, _plain) == {PLAIN_FINISH[queue.db.dialect]}
    assert verify_chains(queue.db, AUDIT_KEY)[1] == []
    with queue.db.read() as session:
        payloads = session.scalars(select(WorkItem.payload)).all()
        assert {p["result"]["ran"] for p in payloads} == {True}


@pytest.mark.parametrize("outcome", [_done, _plain], ids=["with_artifacts", "plain"])
def test_a_batch_finish_refuses_only_the_item_whose_lease_was_lost(
        queue: WorkQueue, clock: ManualClock, outcome: Callable[[Claim], Outcome]):
    _enqueue(queue, 2, "l")
    claims = queue.claim_batch("slow", limit=2)
    clock.advance(31)  # both leases run out; another worker takes one of them over
    (taken,) = queue.claim_batch("fast", limit=1)
    (kept,) = [c for c in claims if c.item_id != taken.item_id]
    assert queue.finish_many([(c, outcome(c)) for c in claims]) == {taken.item_id}
    assert item_events(queue.db, taken.item_id)[-1].to_state == State.RUNNING.value
    assert item_events(queue.db, kept.item_id)[-1].to_state == State.DONE.value
    assert queue.finish_many([(taken, outcome(taken))]) == set()  # its new holder's claim
    assert verify_chains(queue.db, AUDIT_KEY)[1] == []


def test_a_plain_batch_keeps_a_found_deadline_and_a_retry_time_and_announces_ready_work(
        queue: WorkQueue, clock: ManualClock, database_url: str):
    _enqueue(queue, 2, "d")
    later = clock() + timedelta(minutes=5)
    signal = WorkSignal(database_url, threading.Event())
    try:
        done, again = queue.claim_batch("w", limit=2)
        assert queue.finish_many([
            (done, Outcome(State.DONE, "done", due=date(2027, 3, 1))),
            (again, Outcome(State.QUEUED, "again later", not_before=later, error="busy")),
        ]) == set()
        postgres = queue.db.is_postgres
        assert signal.wait(30 if postgres else 0.01) is postgres
    finally:
        signal.close()
    with queue.db.read() as session:
        rows = {r.id: r for r in session.execute(select(WorkItem.id, WorkItem.due_date,
                                                        WorkItem.not_before,
                                                        WorkItem.last_error))}
    assert rows[done.item_id].due_date == date(2027, 3, 1)
    assert (rows[again.item_id].not_before, rows[again.item_id].last_error) == (later, "busy")
    assert queue.claim_batch("w", limit=2) == []  # not before its retry time
    assert verify_chains(queue.db, AUDIT_KEY)[1] == []


def test_a_plain_outcome_merges_its_payload_into_the_items(queue: WorkQueue):
    queue.enqueue("noop", actor="clerk", reference="m", payload={"corrections": {"a": "b"},
                                                                   "result": {"old": True}})
    (claim,) = queue.claim_batch("w", limit=1)
    assert queue.finish_many([(claim, _plain(claim))]) == set()
    with queue.db.read() as session:
        payload = session.scalars(select(WorkItem.payload)).one()
    assert payload == {"corrections": {"a": "b"}, "result": {"ran": True}}


def test_a_note_chained_while_the_item_runs_does_not_fork_its_chain(queue: WorkQueue):
    # A finish chains from the head its claim wrote; an event added since moves the head, so the
    # finish must read the row instead of writing a second event #n+1.
    _enqueue(queue, 1, "n")
    (claim,) = queue.claim_batch("w", limit=1)
    with queue.db.write() as session:
        record_note(session, session.get_one(WorkItem, claim.item_id), key=AUDIT_KEY,
                    actor="clock", reason="a period opened", now=queue.clock())
    assert queue.finish_many([(claim, _plain(claim))]) == set()
    events = item_events(queue.db, claim.item_id)
    assert [e.to_state for e in events] == ["queued", "running", "running", "done"]
    assert verify_chains(queue.db, AUDIT_KEY)[1] == []


def test_an_idle_worker_is_woken_by_an_enqueue_on_postgresql_and_polls_on_sqlite(
        queue: WorkQueue, database_url: str):
    signal = WorkSignal(database_url, threading.Event())
    try:
        assert signal.wait(0.01) is False  # nothing announced yet: the wait times out
        queue.enqueue("noop", actor="clerk", reference="wake-me")
        postgres = queue.db.is_postgres
        assert signal.wait(30 if postgres else 0.01) is postgres
    finally:
        signal.close()


@pytest.mark.postgres
def test_a_cut_listening_connection_is_not_a_crash_and_the_worker_listens_again(
        pg_cluster: ThrowawayCluster, tmp_path: Path):
    url = pg_cluster.create_database(f"t_{uuid.uuid4().hex[:12]}")
    database = Database(url)
    upgrade(database)
    queue = WorkQueue(database, FileStore(tmp_path / "files"), AUDIT_KEY)
    signal = WorkSignal(url, threading.Event())
    try:
        with database.write() as session:
            session.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE query LIKE 'LISTEN %'"))
        assert signal.wait(5) is False  # the cut shows as a plain timeout
        assert signal.wait(0.01) is False  # ... and the next wait listens again
        queue.enqueue("noop", actor="clerk", reference="after-the-cut")
        assert signal.wait(30) is True
    finally:
        signal.close()
        database.dispose()
