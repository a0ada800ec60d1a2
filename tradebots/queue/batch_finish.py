"""Record many workers' outcomes in one transaction: a constant number of statements per batch.

Only plain outcomes come here (no clocks, waits or pauses: those take WorkQueue.finish). On
PostgreSQL an outcome without artifacts, backoff or new search terms is chained from the head its
claim wrote and recorded by one set-based statement for the whole batch (set_writes.py), which
changes a row only while its lease token and head still hold. The rest, and any row that statement
did not change, are read first (locked on PostgreSQL) and checked against their lease, so a finish
for a lost lease is refused for that item alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from tradebots.queue.audit import GENESIS, chained_event, json_safe
from tradebots.queue.outcomes import Claim, Outcome
from tradebots.queue.pauses import EVERY_BOT, resume
from tradebots.queue.retry import RetryPolicy
from tradebots.queue.set_writes import finish_held
from tradebots.queue.states import State, check_transition
from tradebots.queue.tables import AuditEvent, Base, ItemArtifact, WorkItem
from tradebots.queue.terms import ItemTerm, item_terms, term_rows
from tradebots.queue.wakeups import announce_work

ITEMS = Base.metadata.tables[WorkItem.__tablename__]
EVENTS = Base.metadata.tables[AuditEvent.__tablename__]


def is_plain(outcome: Outcome) -> bool:
    """True when the outcome touches nothing but its item (the batch path can record it)."""
    return not (outcome.clocks or outcome.close_clocks or outcome.wait or outcome.pause)


def _chains_from_head(claim: Claim, outcome: Outcome) -> bool:
    # Artifacts, backoff (its delay counts waits) and a payload that changes the item's search
    # terms need the row's own values: those take the reading path.
    if claim.head is None or outcome.artifacts or outcome.backoff:
        return False
    return not outcome.payload or (item_terms({**claim.payload, **outcome.payload})
                                   == item_terms(claim.payload))


def finish_from_heads(session: Session, finished: Sequence[tuple[Claim, Outcome]], *, key: bytes,
                      now: datetime) -> set[int]:
    """PostgreSQL, one statement: record the outcomes that chain from their claim's head where
    the lease and head held; the ids recorded (the others take finish_batch)."""
    finished = [(c, o) for c, o in finished if _chains_from_head(c, o)]
    if not finished:
        return set()
    rows: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for claim, outcome in finished:
        assert claim.head is not None  # _chains_from_head lets only these through
        check_transition(State.RUNNING.value, outcome.state)
        seq, tail = claim.head
        event = chained_event(
            key, prev_mac=tail, item_id=claim.item_id, seq=seq + 1, at=now, actor=claim.owner,
            from_state=State.RUNNING.value, to_state=outcome.state.value, reason=outcome.reason,
            data=_event_data(claim, outcome))
        events.append(event)
        rows.append({"item_id": claim.item_id, "token": claim.token,
                     "state": outcome.state.value, "patch": outcome.payload or None,
                     "error": outcome.error, "not_before": _iso(outcome.not_before),
                     "due": _iso(outcome.due)})
    recorded = finish_held(session, rows, events, now=now, every=EVERY_BOT)
    if any(r["state"] in _READY for r in rows if r["item_id"] in recorded):
        announce_work(session)
    return recorded


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _event_data(claim: Claim, outcome: Outcome) -> dict[str, Any]:
    return json_safe({"phase": claim.phase, "attempt": claim.attempt, **outcome.data,
                      "artifacts": [a.name for a in outcome.artifacts]})


def finish_batch(session: Session, finished: Sequence[tuple[Claim, Outcome]], *, key: bytes,
                 now: datetime, retry: RetryPolicy, postgres: bool) -> set[int]:
    """Read each item (locked on PostgreSQL), check its lease, record the outcomes that hold;
    the ids refused (lease lost)."""
    query = select(ITEMS.c.id, ITEMS.c.state, ITEMS.c.lease_token, ITEMS.c.audit_seq,
                   ITEMS.c.audit_tail, ITEMS.c.payload, ITEMS.c.waits, ITEMS.c.bot).where(
        ITEMS.c.id.in_([claim.item_id for claim, _ in finished]))
    if postgres:
        query = query.with_for_update()
    held = {row.id: row for row in session.execute(query)}
    lost: set[int] = set()
    changes: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    artifacts: list[dict[str, Any]] = []
    reindexed: dict[int, dict[str, Any]] = {}
    for claim, outcome in finished:
        row = held.get(claim.item_id)
        if row is None or row.state != State.RUNNING.value or row.lease_token != claim.token:
            lost.add(claim.item_id)
            continue
        check_transition(row.state, outcome.state)
        event = chained_event(
            key, prev_mac=row.audit_tail or GENESIS, item_id=row.id, seq=row.audit_seq + 1,
            at=now, actor=claim.owner, from_state=row.state, to_state=outcome.state.value,
            reason=outcome.reason, data=_event_data(claim, outcome))
        events.append(event)
        payload = {**row.payload, **outcome.payload} if outcome.payload else row.payload
        if outcome.payload and item_terms(payload) != item_terms(row.payload):
            reindexed[row.id] = payload  # terms follow from the payload: same terms, no rewrite
        waits = row.waits + 1 if outcome.backoff else 0
        not_before = outcome.not_before
        if outcome.backoff and not_before is None:
            not_before = retry.next_try(waits, now)
        changes.append({"b_id": row.id, "b_state": outcome.state.value, "b_payload": payload,
                        "b_error": outcome.error, "b_waits": waits, "b_not_before": not_before,
                        "b_due": outcome.due, "b_seq": event["seq"], "b_tail": event["mac"]})
        artifacts += [{"item_id": row.id, "name": a.name, "kind": a.kind, "sha256": a.sha256,
                       "phase": claim.phase, "attempt": claim.attempt, "created_at": now}
                      for a in outcome.artifacts]
    if changes:
        session.execute(_record_outcome(now), changes)
        session.execute(insert(EVENTS), events)
        _store_side_rows(session, artifacts, reindexed)
        # The steps got past whatever paused their bots or worker: those faults have cleared.
        resume(session, {*(row.bot for row in held.values()), EVERY_BOT}, now)
        if any(c["b_state"] in _READY for c in changes):
            announce_work(session)
    return lost


_READY = {State.QUEUED.value, State.APPROVED.value}


def _record_outcome(now: datetime) -> Any:
    return (
        update(ITEMS).where(ITEMS.c.id == bindparam("b_id"))
        .values(state=bindparam("b_state"), payload=bindparam("b_payload", type_=JSON),
                last_error=bindparam("b_error"), crashes=0, waits=bindparam("b_waits"),
                not_before=bindparam("b_not_before"),
                due_date=func.coalesce(bindparam("b_due", type_=Date), ITEMS.c.due_date),
                audit_seq=bindparam("b_seq"), audit_tail=bindparam("b_tail"), updated_at=now,
                lease_owner=None, lease_expires=None, lease_token=None)
    )


def _store_side_rows(session: Session, artifacts: list[dict[str, Any]],
                     reindexed: dict[int, dict[str, Any]]) -> None:
    if artifacts:
        session.execute(insert(ItemArtifact), artifacts)
    if reindexed:
        session.execute(delete(ItemTerm).where(ItemTerm.item_id.in_(list(reindexed))))
        terms = [row for item, payload in reindexed.items() for row in term_rows(item, payload)]
        if terms:
            session.execute(insert(ItemTerm), terms)
