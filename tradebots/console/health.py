"""Operations figures: each worker's health, exceptions by kind, hourly throughput, review time."""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from tradebots.queue.database import Database
from tradebots.queue.states import State
from tradebots.queue.tables import AuditEvent, WorkItem

DAY = timedelta(hours=24)
RECENT = timedelta(days=30)
SAMPLE = 5000  # review times sampled, newest first: plenty for a median, bounded at any size


@dataclass(frozen=True)
class WorkerHealth:
    name: str
    heartbeat: datetime  # its last sign of life: a lease renewed or a step finished
    current_item: int | None
    last_error: str
    last_error_at: datetime | None


@dataclass(frozen=True)
class Operations:
    workers: list[WorkerHealth]
    business_exceptions: int  # needs_human: the facts or the law need a person
    system_exceptions: int  # failed: the machinery broke (portal, file, bug)
    per_hour: list[tuple[str, int]]  # items done in each of the last 24 hours (UTC)
    review_minutes: float | None  # median time an item waited for its review decision


def _first_line(reason: str) -> str:
    lines = [line.strip() for line in reason.strip().splitlines() if line.strip()]
    return lines[-1][:160] if lines else ""


def _workers(database: Database, now: datetime, lease_seconds: float) -> list[WorkerHealth]:
    since = now - DAY
    with database.read() as session:
        finished = session.execute(
            select(AuditEvent.actor, func.max(AuditEvent.at))
            .where(AuditEvent.at >= since, AuditEvent.from_state == State.RUNNING.value)
            .group_by(AuditEvent.actor)).all()
        running = session.execute(
            select(WorkItem.lease_owner, WorkItem.id, WorkItem.lease_expires)
            .where(WorkItem.state == State.RUNNING.value)).all()
        errors = session.execute(
            select(AuditEvent.actor, AuditEvent.at, AuditEvent.reason)
            .where(AuditEvent.at >= since,
                   AuditEvent.to_state.in_([State.FAILED.value, State.NEEDS_HUMAN.value]))
            .order_by(AuditEvent.at.desc()).limit(500)).all()
    seen = {actor: at for actor, at in finished}
    current: dict[str, int] = {}
    for owner, item_id, expires in running:
        if owner and expires:
            seen[owner] = max(seen.get(owner, since), expires - timedelta(seconds=lease_seconds))
            current[owner] = item_id
    last_error: dict[str, tuple[datetime, str]] = {}
    for actor, at, reason in errors:
        last_error.setdefault(actor, (at, _first_line(reason)))
    return [WorkerHealth(name, seen[name], current.get(name),
                         last_error.get(name, (None, ""))[1], last_error.get(name, (None, ""))[0])
            for name in sorted(seen)]


def build_operations(database: Database, now: datetime, lease_seconds: float) -> Operations:
    """The figures from a few queries on the audit trail's time index."""
    decision, waited = aliased(AuditEvent), aliased(AuditEvent)
    with database.read() as session:
        kinds: dict[str, int] = {state: n for state, n in session.execute(
            select(AuditEvent.to_state, func.count())
            .where(AuditEvent.at >= now - RECENT,
                   AuditEvent.to_state.in_([State.FAILED.value, State.NEEDS_HUMAN.value]))
            .group_by(AuditEvent.to_state))}
        done_at = session.scalars(
            select(AuditEvent.at).where(AuditEvent.at >= now - DAY,
                                        AuditEvent.to_state == State.DONE.value)).all()
        reviews = session.execute(
            select(decision.at, waited.at)
            .join(waited, (waited.item_id == decision.item_id) & (waited.seq == decision.seq - 1))
            .where(decision.at >= now - RECENT,
                   decision.from_state == State.AWAITING_REVIEW.value)
            .order_by(decision.at.desc()).limit(SAMPLE)).all()
    hours = [(now - timedelta(hours=h)).replace(minute=0, second=0, microsecond=0)
             for h in range(23, -1, -1)]
    per_hour = dict.fromkeys(hours, 0)
    for at in done_at:
        hour = at.replace(minute=0, second=0, microsecond=0)
        if hour in per_hour:
            per_hour[hour] += 1
    minutes = [(decided - entered).total_seconds() / 60 for decided, entered in reviews]
    return Operations(
        workers=_workers(database, now, lease_seconds),
        business_exceptions=int(kinds.get(State.NEEDS_HUMAN.value, 0)),
        system_exceptions=int(kinds.get(State.FAILED.value, 0)),
        per_hour=[(h.strftime("%H"), n) for h, n in per_hour.items()],
        review_minutes=round(statistics.median(minutes), 1) if minutes else None,
    )
