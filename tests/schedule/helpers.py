"""Building blocks for the schedule tests: services on the test database, a scheduler thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from sqlalchemy import select

from tests.conftest import AUDIT_KEY
from tradebots.files import FileStore
from tradebots.queue.clock import Clock
from tradebots.queue.database import Database
from tradebots.queue.queries import get_item
from tradebots.queue.retry import RetryPolicy
from tradebots.queue.review import PeopleActions
from tradebots.queue.store import WorkQueue
from tradebots.queue.tables import StatutoryClock, WorkItem
from tradebots.runner import Worker
from tradebots.schedule.config import JobSpec, Schedules, parse_schedules
from tradebots.schedule.process import (
    JOBS_TABLE,
    QuietStopScheduler,
    SchedulerProcess,
    job_name,
)
from tradebots.services import Services
from tradebots.settings import load_settings

BOTS = {
    # One item at a time, as the office bots run: a window's end and its streak of transient
    # failures are counted per item (a batch bot would overshoot them by up to one batch).
    "noop": "tests.engine.sample_bots:OneSlotNoopBot",
    "followup": "workflows.followup:FollowUpBot",
    "clocks": "tests.engine.sample_bots:DoneClockBot",
    "other": "tests.engine.sample_bots:OneSlotNoopBot",
}


def make_services(database: Database, home: Path, clock: Clock, *, max_attempts: int = 5,
                  poll: float = 0.05, backoff: float = 0) -> Services:
    settings = load_settings(var_dir=home / "var", logs_dir=home / "logs", bots=BOTS,
                             queue={"poll_seconds": poll, "heartbeat_seconds": 0.5,
                                    "max_attempts": max_attempts})
    files = FileStore(home / "var" / "files")
    queue = WorkQueue(database, files, AUDIT_KEY, lease_seconds=30,
                      retry=RetryPolicy(max_attempts, backoff, backoff), clock=clock)
    return Services(settings, database, files, queue, PeopleActions(queue))


def job(job_id: str, **fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"func": "tradebots.schedule.jobs:tick", "timezone": "UTC",
                            "misfire_grace_seconds": 60, "coalesce": True}
    return {job_id: {**base, **fields}}


def schedules(*jobs: dict[str, Any], lease: float = 3.0) -> Schedules:
    table: dict[str, Any] = {}
    for entry in jobs:
        table |= entry
    return parse_schedules({"scheduler": {"lease_seconds": lease, "standby_poll_seconds": 0.2},
                            "jobs": table})


def seed_job(database: Database, spec: JobSpec, next_run_time: datetime) -> None:
    """Leave SPEC in the job store due at NEXT_RUN_TIME, as a scheduler that died would."""
    scheduler = QuietStopScheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=database.write_engine,
                                                 tablename=JOBS_TABLE)})
    scheduler.start(paused=True)
    scheduler.add_job(spec.func, spec.make_trigger(), id=spec.id,
                      name=job_name(spec.id, spec.fingerprint()), kwargs=spec.params,
                      misfire_grace_time=spec.misfire_grace_seconds, coalesce=spec.coalesce,
                      next_run_time=next_run_time, replace_existing=True)
    scheduler.shutdown(wait=False)


def run_scheduler_until(services: Services, loaded: Schedules, clock: Clock,
                        done: Callable[[], bool], timeout: float = 10.0) -> SchedulerProcess:
    """Run a scheduler in a thread until DONE() holds (or TIMEOUT), then stop it cleanly."""
    process = SchedulerProcess(services, loaded, clock=clock, holder="test-scheduler")
    thread = threading.Thread(target=process.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not done() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # a second fire of the same run time, were there one, would show by now
    process.stopping.set()
    thread.join(15)
    assert not thread.is_alive(), "the scheduler did not stop"
    return process


def item(database: Database, item_id: int) -> WorkItem:
    found = get_item(database, item_id)
    assert found is not None, f"no item {item_id}"
    return found


def open_clock(services: Services, clock: Clock, kind: str, started: date, *, case: str = "",
               short: int | None = None) -> int:
    """Open KIND's clock as a bot does: a step declares it and the worker records it."""
    wanted = {"kind": kind, "started": started.isoformat(), "case": case, "short": short}
    queued = services.queue.enqueue("clocks", actor="test", reference=f"{kind}:{case}:{started}",
                                    payload={"open": [wanted]})
    Worker(services, "bot", bots=["clocks"], once=True, now=clock).run()
    case_ref = case or f"item:{queued.item_id}"
    with services.database.read() as session:
        clock_id = session.scalar(select(StatutoryClock.id).where(
            StatutoryClock.kind == kind, StatutoryClock.case_ref == case_ref))
    assert clock_id is not None, f"no {kind} clock was opened"
    return clock_id
