"""`schedule list`: every configured job with its trigger, grace, coalescing and next run."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tradebots.calendar import is_business_day
from tradebots.queue.database import Database
from tradebots.queue.statutory import running_clocks
from tradebots.queue.tables import StatutoryClock
from tradebots.schedule.config import JobSpec, Schedules, load_schedules
from tradebots.schedule.fires import last_fire
from tradebots.schedule.process import JOBS_TABLE

MAX_LOOKAHEAD = 400  # fire times to walk past non-business days (a year of daily runs)


@dataclass(frozen=True)
class JobLine:
    id: str
    func: str
    trigger: str
    timezone: str
    grace_seconds: int
    coalesce: bool
    business_days_only: bool
    next_run: datetime | None  # in the job's time zone
    stored: bool  # next run read from the job store (False: computed from the trigger)
    last: str


def _stored_next_runs(database: Database) -> dict[str, float | None]:
    try:
        with database.read_engine.connect() as connection:
            rows = connection.execute(text(f"SELECT id, next_run_time FROM {JOBS_TABLE}"))
            return {str(job_id): nxt for job_id, nxt in rows}
    except DBAPIError:
        return {}  # no scheduler has run against this database yet


def next_run(spec: JobSpec, after: datetime) -> datetime | None:
    """The next fire time after AFTER (aware) that the job would actually run on."""
    trigger = spec.make_trigger()
    previous = None
    moment = after
    for _ in range(MAX_LOOKAHEAD):
        fire = trigger.get_next_fire_time(previous, moment)
        if fire is None:
            return None
        if not spec.business_days_only or is_business_day(fire.date()):
            return fire  # type: ignore[no-any-return]
        previous, moment = fire, fire + timedelta(microseconds=1)
    return None


def list_jobs(
    database: Database, schedules: Schedules, now: datetime | None = None
) -> list[JobLine]:
    """One line per configured job, soonest first."""
    now = now or datetime.now(UTC)
    stored = _stored_next_runs(database)
    lines = []
    for spec in schedules.jobs:
        zone = ZoneInfo(spec.timezone)
        timestamp = stored.get(spec.id)
        if timestamp is not None:
            upcoming: datetime | None = datetime.fromtimestamp(timestamp, UTC).astimezone(zone)
            if upcoming and spec.business_days_only and not is_business_day(upcoming.date()):
                upcoming = next_run(spec, upcoming)
        else:
            upcoming = next_run(spec, now.astimezone(zone))
        fire = last_fire(database, spec.id)
        last = f"{fire.outcome} {fire.run_time:%Y-%m-%d %H:%M:%S}Z" if fire else "never"
        trigger = (f"every {spec.interval_seconds:g} s" if spec.trigger == "interval"
                   else "cron " + " ".join(f"{k}={v}" for k, v in spec.cron.items()))
        lines.append(JobLine(spec.id, spec.func, trigger, spec.timezone,
                             spec.misfire_grace_seconds, spec.coalesce, spec.business_days_only,
                             upcoming, timestamp is not None, last))
    far = datetime.max.replace(tzinfo=UTC)
    return sorted(lines, key=lambda line: line.next_run or far)


def format_jobs(lines: list[JobLine]) -> str:
    """The table `schedule list` and `make run` print."""
    rows = [f"{'JOB':<20} {'NEXT RUN':<26} {'TRIGGER':<28} {'GRACE':>6} {'COAL':<4} "
            f"{'BDAYS':<5} LAST"]
    for line in lines:
        when = f"{line.next_run:%Y-%m-%d %H:%M:%S %Z}" if line.next_run else "-"
        rows.append(f"{line.id:<20} {when:<26} {line.trigger:<28} {line.grace_seconds:>5}s "
                    f"{'yes' if line.coalesce else 'no':<4} "
                    f"{'yes' if line.business_days_only else 'no':<5} {line.last}")
    return "\n".join(rows)


def format_clocks(clocks: list[StatutoryClock]) -> str:
    """The running statutory clocks, soonest to run out first: what the diary will raise."""
    rows = [f"{'CLOCK':<26} {'CASE':<22} {'LAST DAY':<10} {'RAISE ON':<10} {'RAISED':<6} CITATION"]
    for clock in clocks:
        rows.append(f"{clock.kind:<26} {clock.case_ref:<22} {clock.expires.isoformat():<10} "
                    f"{clock.raise_on.isoformat():<10} "
                    f"{'item ' + str(clock.followup_item_id) if clock.raised_at else 'no':<6} "
                    f"{clock.citation}")
    return "\n".join(rows) if clocks else "no statutory clock is running"


def describe_clocks(database: Database) -> str:
    return format_clocks(running_clocks(database))


def describe_schedule(database: Database, schedules: Path) -> str:
    """The schedule table `make run` prints at start."""
    return format_jobs(list_jobs(database, load_schedules(schedules)))
