"""Statutory clocks a step declares: recorded with the step's transition, one per (case, kind).

Steps only say which periods run (StepResult.clocks) or end (StepResult.close_clocks); the queue
writes them in the transaction that moves the item on, so a clock exists exactly when the step
that asked for it is recorded as done, and every clock opened or closed is in the audit chain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime

from loguru import logger
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from tradebots.calendar import is_business_day
from tradebots.queue.database import Database
from tradebots.queue.tables import StatutoryClock, WorkItem
from tradebots.queue.transitions import record_note


@dataclass(frozen=True)
class ClockRequest:
    """A legal period to watch: its rule, first and last day, and the day a person is told."""

    kind: str
    citation: str
    started: date
    expires: date  # the last day of the period
    raise_on: date  # a business day before EXPIRES: the diary raises the follow-up then
    note: str = ""
    case: str = ""  # the case the period runs for; empty: this item ("item:<id>")

    def __post_init__(self) -> None:
        # Checked where the step builds it, so a bad request fails the step, not the recording.
        if not self.kind or not self.citation:
            raise ValueError("a clock needs a kind and the citation of its rule")
        if not is_business_day(self.raise_on):
            raise ValueError(f"{self.kind}: follow-up date {self.raise_on} is not a business day")
        if not self.started <= self.raise_on <= self.expires:
            raise ValueError(f"{self.kind}: follow-up {self.raise_on} is not within the period "
                             f"{self.started} to {self.expires}")


def case_of(request: ClockRequest, item_id: int) -> str:
    return request.case or f"item:{item_id}"


def record_clocks(
    session: Session,
    item: WorkItem,
    opened: Sequence[ClockRequest],
    closed: Sequence[str],
    *,
    key: bytes,
    actor: str,
    now: datetime,
) -> None:
    """Open and close ITEM's clocks in the caller's transaction, each with its audit event."""
    for request in opened:
        clock_id = _open(session, item.id, request, now)
        if clock_id is None:
            continue  # already running (a re-run, or another item of the same case)
        record_note(session, item, key=key, actor=actor, now=now,
                    reason=f"clock opened: {request.kind} ({request.citation}) runs out "
                           f"{request.expires}; follow-up on {request.raise_on}",
                    data={"clock": {"id": clock_id, **asdict(request),
                                    "case": case_of(request, item.id)}})
    if not closed:
        return
    query = select(StatutoryClock).where(StatutoryClock.item_id == item.id,
                                         StatutoryClock.kind.in_(list(closed)),
                                         StatutoryClock.closed_at.is_(None))
    for row in session.scalars(query.order_by(StatutoryClock.id)):
        row.closed_at = now
        record_note(session, item, key=key, actor=actor, now=now,
                    reason=f"clock closed: {row.kind} ({row.citation}) for {row.case_ref}",
                    data={"clock": {"id": row.id, "kind": row.kind, "case": row.case_ref}})


def _open(session: Session, item_id: int, request: ClockRequest, now: datetime) -> int | None:
    """The new clock's id, or None when (case, kind) already has one."""
    case = case_of(request, item_id)
    found = _find(session, case, request.kind)
    if found is not None:
        return None
    try:
        # A savepoint: another item of the same case winning the race loses only this insert,
        # never the transition it rides with.
        with session.begin_nested():
            row = StatutoryClock(
                item_id=item_id, case_ref=case, kind=request.kind, citation=request.citation,
                started=request.started, expires=request.expires, raise_on=request.raise_on,
                note=request.note, created_at=now,
            )
            session.add(row)
        return row.id
    except IntegrityError:
        logger.info("clock {} for {} was opened at the same moment elsewhere", request.kind, case)
        return None


def _find(session: Session, case: str, kind: str) -> int | None:
    return session.scalar(select(StatutoryClock.id).where(
        StatutoryClock.case_ref == case, StatutoryClock.kind == kind))


def running_clocks(database: Database) -> list[StatutoryClock]:
    """Clocks not closed, soonest to run out first."""
    query = (select(StatutoryClock).where(StatutoryClock.closed_at.is_(None))
             .order_by(StatutoryClock.expires, StatutoryClock.id))
    with database.read() as session:
        return list(session.scalars(query))
