"""Claim a batch of items in one UPDATE ... RETURNING, with their audit events in one more.

The statement takes the most urgent ready items (and waiting items whose wake time passed) under
fresh leases; PostgreSQL skips rows other workers hold (FOR UPDATE SKIP LOCKED), SQLite's writer
lock (BEGIN IMMEDIATE) serialises claimers. The chain head is on the item row, so each event's MAC
comes from the RETURNING'd audit_tail without reading the previous event; the events and the new
heads then go in one set-based statement (set_writes.py).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    String,
    Update,
    case,
    cast,
    func,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from tradebots.queue.audit import GENESIS, chained_event
from tradebots.queue.outcomes import Claim
from tradebots.queue.set_writes import append_events
from tradebots.queue.states import READY_STATES, State
from tradebots.queue.tables import Base, WorkItem
from tradebots.queue.transitions import record_transition
from tradebots.queue.waiting import wake_timed_out

ITEMS = Base.metadata.tables[WorkItem.__tablename__]


def claim_batch(session: Session, owner: str, bots: Collection[str] | None, *, limit: int,
                key: bytes, now: datetime, expires: datetime, postgres: bool) -> list[Claim]:
    """Claim up to LIMIT items for OWNER in the caller's transaction; three statements whatever
    LIMIT is (a woken waiting item adds its own, rarely)."""
    rows = session.execute(_claim_statement(bots, limit, now, owner, expires, postgres)).all()
    taken = [row for row in rows if row.waiting_for is None]
    events = [_claim_event(row, key, owner, now, expires) for row in taken]
    append_events(session, events, postgres=postgres)
    claims = [claim_of(row, owner, expires, head=(e["seq"], e["mac"]))
              for row, e in zip(taken, events, strict=True)]
    woken = [row for row in rows if row.waiting_for is not None]
    return claims + [_claim_woken(session, row.id, owner, key, now, expires) for row in woken]


def claim_data(owner: str, attempt: int, phase: str, expires: datetime) -> dict[str, Any]:
    """The claim event's data, JSON-safe as it reads back."""
    return {"owner": owner, "attempt": attempt, "phase": phase, "lease_expires": str(expires)}


def _pick(query: Select[Any], limit: int, postgres: bool) -> Select[Any]:
    query = query.limit(limit)
    return query.with_for_update(skip_locked=True) if postgres else query


def _claim_statement(bots: Collection[str] | None, limit: int, now: datetime, owner: str,
                     expires: datetime, postgres: bool) -> Update:
    ready = select(ITEMS.c.id).where(
        ITEMS.c.state.in_([s.value for s in READY_STATES]),
        or_(ITEMS.c.not_before.is_(None), ITEMS.c.not_before <= now),
    ).order_by(ITEMS.c.priority.desc(), ITEMS.c.due_date.asc().nulls_last(),
               ITEMS.c.created_at.asc(), ITEMS.c.id.asc())
    due = select(ITEMS.c.id).where(
        ITEMS.c.state == State.WAITING.value, ITEMS.c.wake_at <= now
    ).order_by(ITEMS.c.wake_at, ITEMS.c.id)
    if bots is not None:
        of_bots = ITEMS.c.bot.in_(list(bots))
        ready, due = ready.where(of_bots), due.where(of_bots)
    ready_cte = _pick(ready, limit, postgres).cte("ready")
    due_cte = _pick(due, limit, postgres).cte("due")
    picked = union_all(select(due_cte.c.id), select(ready_cte.c.id)).subquery("picked")
    return (
        update(ITEMS)
        .where(ITEMS.c.id.in_(select(picked.c.id).limit(limit)))
        .values(
            state=State.RUNNING.value,
            phase=case((ITEMS.c.state == State.APPROVED.value, "finalize"), else_="prepare"),
            attempts=case((ITEMS.c.state == State.WAITING.value, 1), else_=ITEMS.c.attempts + 1),
            lease_owner=owner, lease_expires=expires, lease_token=_fresh_token(postgres),
            updated_at=now,
        )
        .returning(ITEMS.c.id, ITEMS.c.bot, ITEMS.c.reference, ITEMS.c.phase, ITEMS.c.attempts,
                   ITEMS.c.lease_token, ITEMS.c.inputs, ITEMS.c.payload, ITEMS.c.created_at,
                   ITEMS.c.audit_seq, ITEMS.c.audit_tail, ITEMS.c.waiting_for)
    )


def _fresh_token(postgres: bool) -> ColumnElement[str]:
    # 128 random bits per row, made by the server so one statement can lease many rows.
    if postgres:
        return func.replace(cast(func.gen_random_uuid(), String), "-", "")
    return func.lower(func.hex(func.randomblob(16)))


def _claim_event(row: Row[Any], key: bytes, owner: str, now: datetime,
                 expires: datetime) -> dict[str, Any]:
    # RETURNING gives the row after the UPDATE: its phase tells the state it was claimed from.
    source = State.APPROVED if row.phase == "finalize" else State.QUEUED
    return chained_event(
        key, prev_mac=row.audit_tail or GENESIS, item_id=row.id, seq=row.audit_seq + 1, at=now,
        actor=owner, from_state=source.value, to_state=State.RUNNING.value,
        reason=f"claimed to {row.phase}", data=claim_data(owner, row.attempts, row.phase, expires),
    )


def claim_of(row: Row[Any] | WorkItem, owner: str, expires: datetime,
             head: tuple[int, str]) -> Claim:
    """The Claim on a leased row (a RETURNING row or a loaded item) whose chain ends at HEAD."""
    return Claim(item_id=row.id, bot=row.bot, reference=row.reference, phase=row.phase,
                 attempt=row.attempts, token=str(row.lease_token), owner=owner,
                 lease_expires=expires, inputs=list(row.inputs), payload=dict(row.payload),
                 created_at=row.created_at, head=head)


def _claim_woken(session: Session, item_id: int, owner: str, key: bytes, now: datetime,
                 expires: datetime) -> Claim:
    """A waiting item the statement took: record its timeout (waiting -> queued), then its claim."""
    item = session.get_one(WorkItem, item_id)
    item.state = State.WAITING.value  # what the UPDATE took it from; the row reads running
    wake_timed_out(session, item, key=key, now=now)
    record_transition(session, item, State.RUNNING, key=key, actor=owner, now=now,
                      reason="claimed to prepare",
                      data=claim_data(owner, 1, "prepare", expires))
    item.phase, item.attempts = "prepare", 1
    session.flush()
    return claim_of(item, owner, expires, head=(item.audit_seq, item.audit_tail))
