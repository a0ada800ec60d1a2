"""Claim a batch of items: one SELECT picks and locks them, one set-based write leases them.

The pick takes the most urgent ready items (and waiting items whose wake time passed);
PostgreSQL locks them skipping rows other workers hold (FOR UPDATE SKIP LOCKED), SQLite's writer
lock (BEGIN IMMEDIATE) serialises claimers. The chain head is on the item row, so each event's MAC
comes from the picked audit_tail without reading the previous event; tokens and events are made
here, and the leases, new heads and events go in one statement (set_writes.py), so each item's
row is written once.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    DateTime,
    Row,
    Select,
    bindparam,
    exists,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from tradebots.queue.audit import GENESIS, chained_event
from tradebots.queue.outcomes import Claim
from tradebots.queue.set_writes import lease_rows
from tradebots.queue.states import READY_STATES, State, phase_of_ready_state
from tradebots.queue.tables import Base, Pause, WorkItem
from tradebots.queue.transitions import record_transition
from tradebots.queue.waiting import wake_timed_out

ITEMS = Base.metadata.tables[WorkItem.__tablename__]
PAUSES = Base.metadata.tables[Pause.__tablename__]


def claim_batch(session: Session, owner: str, bots: Collection[str] | None, *, limit: int,
                key: bytes, now: datetime, expires: datetime, postgres: bool) -> list[Claim]:
    """Claim up to LIMIT items for OWNER in the caller's transaction; two statements whatever
    LIMIT is on PostgreSQL, three on SQLite (a woken waiting item adds its own, rarely)."""
    wanted = None if bots is None else tuple(sorted(bots))
    rows = session.execute(_pick_statement(wanted, limit, postgres), {"now": now}).all()
    taken = [row for row in rows if row.state != State.WAITING.value]
    leases = [_lease(row) for row in taken]
    events = [_claim_event(row, lease, key, owner, now, expires)
              for row, lease in zip(taken, leases, strict=True)]
    lease_rows(session, leases, events, owner=owner, expires=expires, now=now, postgres=postgres)
    claims = [Claim(item_id=row.id, bot=row.bot, reference=row.reference, phase=lease["phase"],
                    attempt=lease["attempts"], token=lease["token"], owner=owner,
                    lease_expires=expires, inputs=list(row.inputs), payload=dict(row.payload),
                    created_at=row.created_at, head=(event["seq"], event["mac"]))
              for row, lease, event in zip(taken, leases, events, strict=True)]
    woken = [row for row in rows if row.state == State.WAITING.value]
    return claims + [_claim_woken(session, row.id, owner, key, now, expires) for row in woken]


def claim_data(owner: str, attempt: int, phase: str, expires: datetime) -> dict[str, Any]:
    """The claim event's data, JSON-safe as it reads back."""
    return {"owner": owner, "attempt": attempt, "phase": phase, "lease_expires": str(expires)}


def _pick(query: Select[Any], limit: int, postgres: bool) -> Select[Any]:
    query = query.limit(limit)
    return query.with_for_update(skip_locked=True) if postgres else query


@lru_cache(maxsize=64)
def _pick_statement(bots: tuple[str, ...] | None, limit: int, postgres: bool) -> Select[Any]:
    """The most urgent ready items at :now, and waiting items whose wake time passed (locked on
    PostgreSQL, skipping rows other workers hold); none while any scope is paused (those claims
    take the careful path, one item at a time). Built once per worker's bots and batch size."""
    now = bindparam("now", type_=DateTime())
    unpaused = ~exists().where(PAUSES.c.resumed_at.is_(None))
    ready = select(ITEMS.c.id).where(
        ITEMS.c.state.in_([s.value for s in READY_STATES]),
        or_(ITEMS.c.not_before.is_(None), ITEMS.c.not_before <= now), unpaused,
    ).order_by(ITEMS.c.priority.desc(), ITEMS.c.due_date.asc().nulls_last(),
               ITEMS.c.created_at.asc(), ITEMS.c.id.asc())
    due = select(ITEMS.c.id).where(
        ITEMS.c.state == State.WAITING.value, ITEMS.c.wake_at <= now, unpaused
    ).order_by(ITEMS.c.wake_at, ITEMS.c.id)
    if bots is not None:
        of_bots = ITEMS.c.bot.in_(list(bots))
        ready, due = ready.where(of_bots), due.where(of_bots)
    ready_cte = _pick(ready, limit, postgres).cte("ready")
    due_cte = _pick(due, limit, postgres).cte("due")
    picked = union_all(select(due_cte.c.id), select(ready_cte.c.id)).subquery("picked")
    return select(ITEMS.c.id, ITEMS.c.bot, ITEMS.c.reference, ITEMS.c.state, ITEMS.c.attempts,
                  ITEMS.c.inputs, ITEMS.c.payload, ITEMS.c.created_at, ITEMS.c.audit_seq,
                  ITEMS.c.audit_tail).where(ITEMS.c.id.in_(select(picked.c.id).limit(limit)))


def _lease(row: Row[Any]) -> dict[str, Any]:
    # 128 random bits per lease: only the holder of the token may change the item.
    return {"item_id": row.id, "phase": phase_of_ready_state(row.state),
            "attempts": row.attempts + 1, "token": secrets.token_hex(16)}


def _claim_event(row: Row[Any], lease: dict[str, Any], key: bytes, owner: str, now: datetime,
                 expires: datetime) -> dict[str, Any]:
    return chained_event(
        key, prev_mac=row.audit_tail or GENESIS, item_id=row.id, seq=row.audit_seq + 1, at=now,
        actor=owner, from_state=row.state, to_state=State.RUNNING.value,
        reason=f"claimed to {lease['phase']}",
        data=claim_data(owner, lease["attempts"], lease["phase"], expires),
    )


def claim_of(item: WorkItem, owner: str, expires: datetime, head: tuple[int, str]) -> Claim:
    """The Claim on a leased, loaded item whose chain ends at HEAD."""
    return Claim(item_id=item.id, bot=item.bot, reference=item.reference, phase=item.phase,
                 attempt=item.attempts, token=str(item.lease_token), owner=owner,
                 lease_expires=expires, inputs=list(item.inputs), payload=dict(item.payload),
                 created_at=item.created_at, head=head)


def _claim_woken(session: Session, item_id: int, owner: str, key: bytes, now: datetime,
                 expires: datetime) -> Claim:
    """A waiting item the pick took: record its timeout (waiting -> queued), then its claim."""
    item = session.get_one(WorkItem, item_id)
    wake_timed_out(session, item, key=key, now=now)
    record_transition(session, item, State.RUNNING, key=key, actor=owner, now=now,
                      reason="claimed to prepare",
                      data=claim_data(owner, 1, "prepare", expires))
    item.phase, item.attempts = "prepare", 1
    item.lease_owner, item.lease_expires = owner, expires
    item.lease_token = secrets.token_hex(16)
    session.flush()
    return claim_of(item, owner, expires, head=(item.audit_seq, item.audit_tail))
