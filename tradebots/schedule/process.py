"""The scheduler process: wait on standby until it leads, then run APScheduler while it leads."""

from __future__ import annotations

import os
import socket
import threading
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from loguru import logger
from sqlalchemy.exc import DBAPIError

from tradebots.queue.clock import Clock, utcnow
from tradebots.schedule.config import Schedules
from tradebots.schedule.executor import FencedExecutor
from tradebots.schedule.leader import Leadership, leadership_for
from tradebots.schedule.private_api import check_private_api
from tradebots.services import Services

JOBS_TABLE = "apscheduler_jobs"
check_private_api()  # QuietStopScheduler overrides _process_jobs


class QuietStopScheduler(BackgroundScheduler):  # type: ignore[misc]
    """BackgroundScheduler without the extra round it runs after shutdown.

    APScheduler 3.x wakes its loop on shutdown and processes due jobs once more, against executors
    already shut down: the submit fails, yet the job's next run time is advanced in the store, so
    a run time due at that moment would be lost to the next leader. Skip that round.
    """

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            return None
        result: float | None = super()._process_jobs()
        return result


def default_holder() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def job_name(spec_id: str, fingerprint: str) -> str:
    # The fingerprint rides in the name so a restart can tell an unchanged job from an edited one.
    return f"{spec_id} [{fingerprint}]"


def sync_jobs(scheduler: BackgroundScheduler, schedules: Schedules) -> None:
    """Make the job store hold exactly the configured jobs (stable ids, replace_existing).

    An unchanged job keeps its stored next run time, even one in the past: a run missed while no
    scheduler was up is then run once (within its grace) or skipped and logged (past it), instead
    of being silently pushed to the next occurrence.
    """
    wanted = {spec.id for spec in schedules.jobs}
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            logger.info("removing job {}: no longer in the schedules", job.id)
            scheduler.remove_job(job.id)
    for spec in schedules.jobs:
        name = job_name(spec.id, spec.fingerprint())
        options: dict[str, Any] = {}
        existing = scheduler.get_job(spec.id)
        if existing is not None and existing.name == name and existing.next_run_time:
            options["next_run_time"] = existing.next_run_time
        scheduler.add_job(
            spec.func, spec.make_trigger(), id=spec.id, name=name, kwargs=spec.params,
            misfire_grace_time=spec.misfire_grace_seconds, coalesce=spec.coalesce,
            max_instances=1, replace_existing=True, **options,
        )


class SchedulerProcess:
    """Standby until leader; while leading, APScheduler fires the jobs through fenced records."""

    def __init__(
        self,
        services: Services,
        schedules: Schedules,
        *,
        holder: str | None = None,
        clock: Clock = utcnow,
        stopping: threading.Event | None = None,
    ):
        self.services = services
        self.schedules = schedules
        self.holder = holder or default_holder()
        self.clock = clock
        self.stopping = stopping or threading.Event()
        options = schedules.scheduler
        self.leadership: Leadership = leadership_for(
            services.database, self.holder, options.lease_seconds, clock
        )
        self.leading = threading.Event()

    def run(self) -> None:
        """Until stopped: lead when possible, stand by otherwise."""
        options = self.schedules.scheduler
        announced = False
        try:
            while not self.stopping.is_set():
                try:
                    acquired = self.leadership.try_acquire()
                except DBAPIError as exc:  # the database blinked: stand by and try again
                    logger.warning("cannot reach the database to lead: {}", exc.orig)
                    acquired = False
                if acquired:
                    self._lead()
                    announced = False
                    continue
                if not announced:
                    logger.info("{}: standing by; another scheduler leads", self.holder)
                    announced = True
                self.stopping.wait(options.standby_poll_seconds)
        finally:
            try:
                self.leadership.release()
            except DBAPIError:
                logger.warning("could not release the lead; it lapses with its lease")

    def _renew_every(self) -> float:
        if self.services.database.is_postgres:
            return self.schedules.scheduler.standby_poll_seconds
        return self.schedules.scheduler.lease_seconds / 3

    def _lead(self) -> None:
        logger.info("{}: leading the schedule", self.holder)
        term = threading.Event()  # set when we stop or lose the lead: running jobs wind down
        scheduler = self._build(term)
        scheduler.start(paused=True)
        self.leading.set()
        try:
            sync_jobs(scheduler, self.schedules)
            scheduler.resume()
            while not self.stopping.wait(self._renew_every()):
                if not self._renewed():
                    logger.error("{}: lost the lead; stopping fires at once", self.holder)
                    break
        finally:
            self.leading.clear()
            term.set()
            scheduler.shutdown(wait=True)

    def _renewed(self) -> bool:
        try:
            return self.leadership.renew()
        except DBAPIError as exc:  # cannot prove we still lead: stop firing, as if we lost
            logger.warning("cannot renew the lead: {}", exc.orig)
            return False

    def _build(self, term: threading.Event) -> QuietStopScheduler:
        store = SQLAlchemyJobStore(engine=self.services.database.write_engine,
                                   tablename=JOBS_TABLE)
        executor = FencedExecutor(self.services, self.schedules, self.leadership, self.clock,
                                  term, max_workers=self.schedules.scheduler.job_threads)
        return QuietStopScheduler(
            jobstores={"default": store},
            executors={"default": executor},
            timezone=ZoneInfo(self.services.settings.timezone),
        )
