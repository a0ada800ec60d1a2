"""The single place that changes an item's state or appends to its audit chain."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tradebots.queue.audit import GENESIS, chained_event, json_safe
from tradebots.queue.states import NEW, READY_STATES, State, check_transition
from tradebots.queue.tables import AuditEvent, WorkItem
from tradebots.queue.wakeups import announce_work


def item_to_change(session: Session, item_id: int, *, postgres: bool) -> WorkItem:
    """ITEM_ID's row, locked on PostgreSQL for the caller's change; LookupError when absent."""
    query = select(WorkItem).where(WorkItem.id == item_id)
    if postgres:
        query = query.with_for_update()
    item = session.scalars(query).first()
    if item is None:
        raise LookupError(f"no item {item_id}")
    return item


def record_transition(
    session: Session,
    item: WorkItem,
    target: State,
    *,
    key: bytes,
    actor: str,
    reason: str,
    now: datetime,
    data: dict[str, Any] | None = None,
    from_state: str | None = None,
) -> AuditEvent:
    """Move ITEM to TARGET and write the chained audit event in the caller's transaction."""
    current = from_state if from_state is not None else item.state
    check_transition(current, target)
    event = _append(session, item, current, target.value, key=key, actor=actor, reason=reason,
                    now=now, data=data)
    item.state = target.value
    if target in READY_STATES:
        announce_work(session)
    return event


def record_note(
    session: Session,
    item: WorkItem,
    *,
    key: bytes,
    actor: str,
    reason: str,
    now: datetime,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Chain an event that leaves ITEM in its state (e.g. a clock its step opened)."""
    return _append(session, item, item.state, item.state, key=key, actor=actor, reason=reason,
                   now=now, data=data)


def _append(
    session: Session,
    item: WorkItem,
    current: str,
    target: str,
    *,
    key: bytes,
    actor: str,
    reason: str,
    now: datetime,
    data: dict[str, Any] | None,
) -> AuditEvent:
    if item.id is None:
        session.flush()  # a new item needs its id before its first event can name it
    prev = item.audit_tail or GENESIS
    event = AuditEvent(**chained_event(
        key, prev_mac=prev, item_id=item.id, seq=item.audit_seq + 1, at=now, actor=actor,
        from_state=current, to_state=target, reason=reason, data=json_safe(data or {})))
    session.add(event)
    item.audit_seq = event.seq
    item.audit_tail = event.mac
    item.updated_at = now
    return event


__all__ = ["NEW", "item_to_change", "record_note", "record_transition"]
