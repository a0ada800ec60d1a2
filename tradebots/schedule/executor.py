"""An APScheduler executor that records every run time once before running it.

APScheduler (3.x) computes the due run times and coalesces them; this executor then decides each
one with the suite's clock -- missed (past its grace), skipped (not a business day) or run -- and
writes that decision as the unique (job, run time) fire record through the leadership. A run time
somebody already recorded is never run again, whoever recorded it.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from typing import Any

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    JobExecutionEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from loguru import logger

from tradebots.queue.clock import Clock
from tradebots.schedule.config import Schedules
from tradebots.schedule.context import JobRun, set_current
from tradebots.schedule.fires import decide, finish_fire, naive_utc
from tradebots.schedule.leader import Leadership
from tradebots.schedule.private_api import check_private_api
from tradebots.services import Services

check_private_api()  # FencedExecutor overrides _do_submit_job


class FencedExecutor(ThreadPoolExecutor):  # type: ignore[misc]
    """Runs job functions in threads, each run time fenced by its fire record."""

    def __init__(self, services: Services, schedules: Schedules, leadership: Leadership,
                 clock: Clock, stopping: threading.Event, max_workers: int = 4):
        super().__init__(max_workers=max_workers)
        self.services = services
        self.schedules = schedules
        self.leadership = leadership
        self.clock = clock
        self.stopping = stopping

    def _do_submit_job(self, job: Any, run_times: list[datetime]) -> None:
        # The same bookkeeping as APScheduler's pool executor, with our run function.
        def done(future: Any) -> None:
            error = future.exception()
            if error is not None:
                self._run_job_error(job.id, error, error.__traceback__)
            else:
                self._run_job_success(job.id, future.result())

        self._pool.submit(self.run_fenced, job, run_times).add_done_callback(done)

    def run_fenced(self, job: Any, run_times: list[datetime]) -> list[JobExecutionEvent]:
        """Decide, record and (when due) run each run time; return APScheduler's events."""
        events: list[JobExecutionEvent] = []
        spec = self.schedules.job(job.id)
        if spec is None:
            logger.warning("job {} is not in the schedules any more; not running it", job.id)
            return events
        for run_time in run_times:
            if self.stopping.is_set():
                break
            decision = decide(spec, run_time, self.clock())
            claimed = self.leadership.claim_fire(
                job.id, naive_utc(run_time), "running" if decision.outcome == "run"
                else decision.outcome, decision.detail,
            )
            if not claimed:
                logger.info("{} at {}: already recorded elsewhere; not firing", job.id, run_time)
                continue
            if decision.outcome == "missed":
                logger.warning("{} at {} skipped: {}", job.id, run_time, decision.detail)
                events.append(JobExecutionEvent(EVENT_JOB_MISSED, job.id, "default", run_time))
                continue
            if decision.outcome == "skipped":
                logger.info("{} at {} skipped: {}", job.id, run_time, decision.detail)
                continue
            run = JobRun(spec, run_time, self.services, self.schedules, self.clock,
                         self.stopping, self.leadership.holder)
            events.append(self._run_one(job.id, job.func, run))
        return events

    def _run_one(self, job_id: str, func: Callable[..., Any], run: JobRun) -> JobExecutionEvent:
        logger.info("running {} (scheduled {})", job_id, run.run_time)
        set_current(run)
        try:
            result = func(**run.job.params)
        except Exception as exc:
            logger.exception("job {} failed", job_id)
            finish_fire(self.services.database, job_id, run.run_time, "error",
                        f"{type(exc).__name__}: {exc}", self.clock())
            return JobExecutionEvent(EVENT_JOB_ERROR, job_id, "default", run.run_time,
                                     exception=exc, traceback=traceback.format_exc())
        finally:
            set_current(None)
        finish_fire(self.services.database, job_id, run.run_time, "done", str(result or ""),
                    self.clock())
        logger.info("job {} done: {}", job_id, result)
        return JobExecutionEvent(EVENT_JOB_EXECUTED, job_id, "default", run.run_time,
                                 retval=result)
