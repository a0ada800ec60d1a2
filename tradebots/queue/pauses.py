"""Paused bots and workers: a fault that hits every item holds its scope back until a probe passes.

A pause is the circuit breaker of the queue: open (nothing in scope is claimed) until PROBE_AT,
then half-open (one claim probes, and pushes PROBE_AT on while it runs), closed again when a step
in scope ends without the fault. The console reads `open_pauses`, the morning report
`pauses_between`."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ScalarResult, and_, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from tradebots.queue.database import Database
from tradebots.queue.tables import Pause

EVERY_BOT = "*"  # the scope of a worker-wide fault (disk, database)
PROBE_MAX_SECONDS = 300.0  # a cleared fault is noticed within five minutes


@dataclass(frozen=True)
class PauseStatus:
    scope: str  # a bot's name, or "*" for every bot
    code: str
    reason: str
    paused_by: str
    paused_at: datetime
    probes: int
    probe_at: datetime  # the next probe may run from then on
    probed_at: datetime | None = None  # when the fault was last met again (a failed probe)
    resumed_at: datetime | None = None

    @property
    def who(self) -> str:
        """What is paused, as a person says it."""
        return "every bot" if self.scope == EVERY_BOT else self.scope

    @property
    def resumes_on(self) -> str:
        """What ends the pause: a step in its scope that gets past the fault."""
        scope = "any bot" if self.scope == EVERY_BOT else self.scope
        return f"the next step of {scope} that ends without this fault"


def open_pauses(database: Database) -> list[PauseStatus]:
    """Every scope paused right now, oldest first (what the console and morning report show)."""
    return _statuses(database, Pause.resumed_at.is_(None))


def pauses_between(database: Database, start: datetime, end: datetime) -> list[PauseStatus]:
    """Pauses opened or closed from START to END (a night), oldest first."""
    return _statuses(database, or_(and_(Pause.paused_at >= start, Pause.paused_at <= end),
                                   and_(Pause.resumed_at >= start, Pause.resumed_at <= end)))


def _statuses(database: Database, where: ColumnElement[bool]) -> list[PauseStatus]:
    with database.read() as session:
        rows = session.scalars(select(Pause).where(where).order_by(Pause.paused_at, Pause.id))
        return [PauseStatus(r.scope, r.code, r.reason, r.paused_by, r.paused_at, r.probes,
                            r.probe_at, r.probed_at, r.resumed_at) for r in rows]


def pause_reasons(database: Database) -> dict[str, str]:
    """{bot (or "every bot"): why it is paused} for reports that list paused bots."""
    return {p.who: f"{p.reason} (since {p.paused_at:%Y-%m-%d %H:%M} UTC)"
            for p in open_pauses(database)}


def pause(session: Session, scope: str, *, code: str, reason: str, by: str, now: datetime,
          base_seconds: float) -> datetime:
    """Open (or prolong) SCOPE's pause; return when the next probe may run."""
    row = _open(session, [scope]).first()
    if row is None:
        row = Pause(scope=scope, code=code, reason=reason, paused_by=by, paused_at=now, probes=0,
                    probe_at=now)
        session.add(row)
    else:
        row.probes += 1
        row.code, row.reason, row.paused_by = code, reason, by
        row.probed_at = now
    wait = min(base_seconds * 2 ** row.probes, PROBE_MAX_SECONDS)
    probe_at = now + timedelta(seconds=max(wait, 1.0))
    row.probe_at = probe_at
    return probe_at


def resume(session: Session, scopes: Collection[str], now: datetime) -> list[str]:
    """Close the open pauses of SCOPES; return the scopes that were paused (one statement)."""
    closed = session.execute(
        update(Pause).where(Pause.resumed_at.is_(None), Pause.scope.in_(list(scopes)))
        .values(resumed_at=now).returning(Pause.scope)
        .execution_options(synchronize_session=False)
    )
    return list(closed.scalars())


def any_open(session: Session) -> bool:
    """Whether any scope is paused (claims then take the careful path, one item with probes)."""
    return session.scalar(select(Pause.id).where(Pause.resumed_at.is_(None)).limit(1)) is not None


def held_back(session: Session, now: datetime) -> set[str]:
    """Scopes paused and not yet due for a probe: claim nothing in them."""
    return {r.scope for r in _open(session, None) if r.probe_at > now}


def start_probe(session: Session, scopes: Collection[str], now: datetime, hold: timedelta) -> None:
    """A claim in a due pause's scope is its probe: hold the others back while it runs."""
    for row in _open(session, scopes):
        if row.probe_at <= now:
            row.probe_at = now + hold


def _open(session: Session, scopes: Collection[str] | None) -> ScalarResult[Pause]:
    query = select(Pause).where(Pause.resumed_at.is_(None))
    if scopes is not None:
        query = query.where(Pause.scope.in_(list(scopes)))
    return session.scalars(query.order_by(Pause.id))
