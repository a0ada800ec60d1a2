"""What a scheduled job may use while it runs: the engine, the clock, its run time, a stop flag."""

from __future__ import annotations

import threading
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime

from tradebots.queue.clock import Clock
from tradebots.schedule.config import JobSpec, Schedules
from tradebots.services import Services


@dataclass(frozen=True)
class JobRun:
    """One fire of one job. RUN_TIME is the scheduled time (aware), not the moment it started."""

    job: JobSpec
    run_time: datetime
    services: Services
    schedules: Schedules
    clock: Clock
    stopping: threading.Event
    holder: str


_current: ContextVar[JobRun | None] = ContextVar("tradebots_job_run", default=None)


def current_run() -> JobRun:
    """The fire being run by this thread; job functions call it to reach the engine."""
    run = _current.get()
    if run is None:
        raise RuntimeError("not inside a scheduled run: call this from a job function")
    return run


def set_current(run: JobRun | None) -> None:
    _current.set(run)
