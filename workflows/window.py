"""A run window: smoke-test the bots, drain the queue until the end time, pause failing bots."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from loguru import logger
from sqlalchemy import select

from tradebots.queue.clock import Clock
from tradebots.queue.states import State
from tradebots.queue.tables import AuditEvent, WorkItem
from tradebots.schedule.config import SmokeSpec
from tradebots.schedule.pools import WorkerPool
from tradebots.services import Services
from workflows.smoke import run_smoke_checks
from workflows.tables import NightRun

READY = {State.QUEUED.value, State.APPROVED.value}


@dataclass
class WindowResult:
    night_id: int
    started_at: datetime
    ended_at: datetime
    bots: list[str]
    paused: dict[str, str] = field(default_factory=dict)


def _is_transient(event: AuditEvent) -> bool:
    # The runner's own wording: "transient: ..." on a retry, "gave up after N attempts" at the end.
    if event.to_state in READY:
        return event.reason.startswith("transient:")
    return event.to_state == State.FAILED.value and event.reason.startswith("gave up after")


def transient_streak(services: Services, bot: str, since: datetime, limit: int) -> int:
    """How many of BOT's latest step outcomes since SINCE were transient failures in a row."""
    query = (
        select(AuditEvent)
        .join(WorkItem, WorkItem.id == AuditEvent.item_id)
        .where(WorkItem.bot == bot, AuditEvent.at >= since,
               AuditEvent.from_state == State.RUNNING.value,
               AuditEvent.to_state != State.RUNNING.value)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(limit)
    )
    with services.database.read() as session:
        events = list(session.scalars(query))
    streak = 0
    for event in events:
        if not _is_transient(event):
            break
        streak += 1
    return streak


class RunWindow:
    """Drain the queue from now until END; a bot failing its smoke test or N times in a row
    (transient) is paused for the rest of the night and its items keep their attempts."""

    def __init__(
        self,
        services: Services,
        *,
        job_id: str,
        bots: list[str],
        end: datetime,
        pool_factory: Callable[[], WorkerPool],
        clock: Clock,
        stopping: threading.Event,
        smoke: dict[str, SmokeSpec] | None = None,
        transient_limit: int = 3,
        check_seconds: float = 1.0,
    ):
        self.services = services
        self.job_id = job_id
        self.bots = bots
        self.end = end
        self.pool_factory = pool_factory
        self.clock = clock
        self.stopping = stopping
        self.smoke = smoke or {}
        self.transient_limit = transient_limit
        self.check_seconds = check_seconds

    def run(self) -> WindowResult:
        """Run the window to its end (or until stopped); the result names paused bots."""
        started = self.clock()
        with self.services.database.write() as session:
            night = NightRun(job_id=self.job_id, started_at=started, ends_at=self.end,
                             bots=self.bots, paused={})
            session.add(night)
            session.flush()
            night_id = night.id
        paused = run_smoke_checks(self.services.settings, self.smoke, self.bots)
        self._save_paused(night_id, paused)
        active = [b for b in self.bots if b not in paused]
        pool = self._start(active)
        while pool is not None and pool.alive():
            if self.stopping.wait(self.check_seconds):
                logger.info("scheduler stopping: workers finish their current item")
                pool.stop()
                pool.join()
                break
            newly = self._failing(active, started)
            if newly:
                paused |= newly
                self._save_paused(night_id, paused)
                active = [b for b in active if b not in newly]
                pool.stop()  # the others finish their item, then restart without those bots
                pool.join()
                pool = self._start(active)
        ended = self.clock()
        with self.services.database.write() as session:
            row = session.get(NightRun, night_id)
            assert row is not None
            row.ended_at = ended
        logger.info("window {} over; paused: {}", self.job_id, paused or "none")
        return WindowResult(night_id, started, ended, self.bots, paused)

    def _start(self, bots: list[str]) -> WorkerPool | None:
        if not bots or self.clock() >= self.end or self.stopping.is_set():
            return None
        pool = self.pool_factory()
        pool.start(bots, self.end)
        return pool

    def _failing(self, bots: list[str], since: datetime) -> dict[str, str]:
        failing: dict[str, str] = {}
        for bot in bots:
            streak = transient_streak(self.services, bot, since, self.transient_limit)
            if streak >= self.transient_limit:
                failing[bot] = (f"{streak} transient failures in a row; paused for the night "
                                "so the remaining items keep their attempts")
                logger.warning("{}: {}", bot, failing[bot])
        return failing

    def _save_paused(self, night_id: int, paused: dict[str, str]) -> None:
        with self.services.database.write() as session:
            row = session.get(NightRun, night_id)
            assert row is not None
            row.paused = dict(paused)
