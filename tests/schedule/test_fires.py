"""When a scheduled run fires: grace, coalescing and business days, with a controlled clock."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from loguru import logger

from tradebots.queue.clock import utcnow
from tradebots.schedule.executor import FencedExecutor
from tradebots.schedule.fires import fires
from tradebots.schedule.jobs import tick
from tradebots.schedule.leader import SqliteLease

from .helpers import job, make_services, run_scheduler_until, schedules, seed_job

NEW_YORK = ZoneInfo("America/New_York")


@pytest.fixture
def logged():
    lines: list[str] = []
    sink = logger.add(lambda message: lines.append(str(message)), level="INFO")
    yield lines
    logger.remove(sink)


def _daily_at(moment: datetime, grace: int):
    """A daily cron job whose run time today is MOMENT (aware), seeded as missed at MOMENT."""
    local = moment.astimezone(NEW_YORK)
    cron = {"hour": local.hour, "minute": local.minute, "second": local.second}
    return schedules(job("nightly", trigger="cron", cron=cron, timezone="America/New_York",
                         misfire_grace_seconds=grace))


def test_a_run_missed_within_its_grace_runs_once_when_the_scheduler_is_back(
        database, project_home, clock):
    run_time = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
    loaded = _daily_at(run_time, grace=3600)
    seed_job(database, loaded.jobs[0], run_time)  # the store says: due, and nobody ran it
    clock.advance(20 * 60)  # the scheduler comes back 20 minutes after the run time
    services = make_services(database, project_home, clock)

    run_scheduler_until(services, loaded, clock, lambda: bool(fires(database)))

    recorded = fires(database)
    assert [(f.job_id, f.run_time, f.outcome) for f in recorded] == [
        ("nightly", run_time.replace(tzinfo=None), "done")]


def test_a_run_missed_beyond_its_grace_is_skipped_and_logged(
        database, project_home, clock, logged):
    run_time = datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=1)
    loaded = _daily_at(run_time, grace=600)
    seed_job(database, loaded.jobs[0], run_time)
    clock.advance(20 * 60)
    services = make_services(database, project_home, clock)

    run_scheduler_until(services, loaded, clock, lambda: bool(fires(database)))

    [record] = fires(database)
    assert record.outcome == "missed"
    assert "grace 600 s" in record.detail
    assert any("nightly" in line and "skipped: missed by" in line for line in logged)


def test_several_missed_interval_runs_coalesce_into_one(database, project_home):
    now = utcnow().replace(tzinfo=UTC)
    loaded = schedules(job("sweep", trigger="interval", interval_seconds=300,
                           misfire_grace_seconds=600))
    stale = now.replace(microsecond=0) - timedelta(minutes=21)
    seed_job(database, loaded.jobs[0], stale)  # four run times went by while nobody led
    services = make_services(database, project_home, utcnow)

    run_scheduler_until(services, loaded, utcnow, lambda: bool(fires(database)))

    assert [f.outcome for f in fires(database)] == ["done"]


def test_business_day_only_jobs_skip_weekends_and_federal_holidays(database, project_home):
    # 2026: Independence Day is a Saturday, observed Friday 3 July.
    loaded = schedules(job("night", trigger="cron", cron={"hour": 22},
                           timezone="America/New_York", business_days_only=True))
    spec = loaded.jobs[0]
    trigger = spec.make_trigger()
    run_times, previous = [], None
    moment = datetime(2026, 7, 1, 23, tzinfo=NEW_YORK)
    for _ in range(7):  # Thursday 2 July .. Wednesday 8 July, 22:00 each day
        previous = trigger.get_next_fire_time(previous, moment)
        run_times.append(previous)
        moment = previous
    now = {"at": utcnow()}
    services = make_services(database, project_home, lambda: now["at"])
    executor = FencedExecutor(services, loaded, SqliteLease(database, "t", 60, lambda: now["at"]),
                              lambda: now["at"], threading.Event())
    executor.leadership.try_acquire()
    for run_time in run_times:
        now["at"] = run_time.astimezone(UTC).replace(tzinfo=None) + timedelta(seconds=2)
        executor.run_fenced(SimpleNamespace(id="night", func=tick), [run_time])

    outcome = {f.run_time.replace(tzinfo=UTC).astimezone(NEW_YORK).date(): f.outcome
               for f in fires(database)}
    assert outcome == {
        date(2026, 7, 2): "done",
        date(2026, 7, 3): "skipped",  # Independence Day (observed)
        date(2026, 7, 4): "skipped",  # Saturday
        date(2026, 7, 5): "skipped",  # Sunday
        date(2026, 7, 6): "done",
        date(2026, 7, 7): "done",
        date(2026, 7, 8): "done",
    }
    details = {f.detail for f in fires(database) if f.outcome == "skipped"}
    assert any("Independence Day" in d for d in details)
