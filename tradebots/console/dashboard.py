"""Dashboard figures: items per state and bot, throughput, review outcomes, failures, deadlines."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from tradebots.queue.database import Database
from tradebots.queue.queries import counts_by_state
from tradebots.queue.states import FINAL_STATES, State
from tradebots.queue.tables import AuditEvent, WorkItem

THROUGHPUT_DAYS = 14
RECENT_DAYS = 30
DEADLINE_DAYS = 7
REVIEW_OUTCOMES = {State.APPROVED.value: "approved", State.QUEUED.value: "returned",
                   State.REJECTED.value: "rejected"}


@dataclass
class Dashboard:
    bots: list[str]
    states: list[str]
    counts: dict[tuple[str, str], int]
    state_totals: dict[str, int]
    throughput: list[tuple[str, int]]
    reviews: dict[str, int]
    failures: list[tuple[str, int]]
    deadlines: list[tuple[date, int]]
    overdue: int
    upcoming: list[WorkItem] = field(default_factory=list)
    overdue_items: list[WorkItem] = field(default_factory=list)  # the most overdue, listed


def _day(value: object) -> str:
    return value.isoformat()[:10] if isinstance(value, date | datetime) else str(value)[:10]


def failure_reason(reason: str) -> str:
    """The kind of a failure: the exception name, or the reason's first clause."""
    first = reason.strip().splitlines()[0] if reason.strip() else "unknown"
    kind = first.split(": ", 1)[0]
    # "ValueError: ..." names its kind; a sentence ("gave up after 5 attempts: ...") is cut short.
    return kind if " " not in kind else first[:60]


def build_dashboard(database: Database, now: datetime, today: date) -> Dashboard:
    """Every figure from a handful of grouped queries (indexed on state, bot and event time)."""
    counts = counts_by_state(database)
    states = [s.value for s in State]
    totals = Counter[str]()
    for (_bot, state), n in counts.items():
        totals[state] += n
    since = now - timedelta(days=THROUGHPUT_DAYS - 1)
    recent = now - timedelta(days=RECENT_DAYS)
    open_states = [s.value for s in State if s not in FINAL_STATES]
    horizon = today + timedelta(days=DEADLINE_DAYS)
    with database.read() as session:
        done_days = session.execute(
            select(func.date(AuditEvent.at), func.count())
            .where(AuditEvent.to_state == State.DONE.value, AuditEvent.at >= since)
            .group_by(func.date(AuditEvent.at))
        ).all()
        reviews = session.execute(
            select(AuditEvent.to_state, func.count())
            .where(AuditEvent.from_state == State.AWAITING_REVIEW.value, AuditEvent.at >= recent)
            .group_by(AuditEvent.to_state)
        ).all()
        failed = session.scalars(
            select(AuditEvent.reason)
            .where(AuditEvent.to_state == State.FAILED.value, AuditEvent.at >= recent)
            .limit(5000)
        ).all()
        due_rows = session.execute(
            select(WorkItem.due_date, func.count())
            .where(WorkItem.state.in_(open_states), WorkItem.due_date >= today,
                   WorkItem.due_date <= horizon)
            .group_by(WorkItem.due_date)
        ).all()
        overdue = session.scalar(
            select(func.count()).select_from(WorkItem)
            .where(WorkItem.state.in_(open_states), WorkItem.due_date < today)
        )
        upcoming = list(session.scalars(
            select(WorkItem)
            .where(WorkItem.state.in_(open_states), WorkItem.due_date >= today,
                   WorkItem.due_date <= horizon)
            .order_by(WorkItem.due_date, WorkItem.id).limit(20)
        ))
        overdue_items = list(session.scalars(
            select(WorkItem)
            .where(WorkItem.state.in_(open_states), WorkItem.due_date < today)
            .order_by(WorkItem.due_date, WorkItem.id).limit(20)
        ))
    per_day = {_day(d): int(n) for d, n in done_days}
    days = [(since.date() + timedelta(days=i)) for i in range(THROUGHPUT_DAYS)]
    return Dashboard(
        bots=sorted({bot for bot, _ in counts}), states=states, counts=counts,
        state_totals=dict(totals),
        throughput=[(d.strftime("%m-%d"), per_day.get(d.isoformat(), 0)) for d in days],
        reviews={label: next((int(n) for s, n in reviews if s == state), 0)
                 for state, label in REVIEW_OUTCOMES.items()},
        failures=Counter(failure_reason(r) for r in failed).most_common(10),
        deadlines=sorted((d, int(n)) for d, n in due_rows if d is not None),
        overdue=int(overdue or 0), upcoming=upcoming, overdue_items=overdue_items,
    )
