"""The fire record: decide each run time (run, missed, not a business day) and keep the outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select, update

from tradebots.calendar import holiday_name, is_business_day
from tradebots.queue.database import Database
from tradebots.schedule.config import JobSpec
from tradebots.schedule.tables import ScheduleFire


@dataclass(frozen=True)
class Decision:
    outcome: str  # "run", "missed" or "skipped"
    detail: str


def naive_utc(moment: datetime) -> datetime:
    """An aware time as the naive UTC every table stores."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def decide(job: JobSpec, run_time: datetime, now: datetime) -> Decision:
    """Run, or skip as missed (later than its grace) or as a non-business day. NOW is naive UTC."""
    late = now - naive_utc(run_time)
    if late > timedelta(seconds=job.misfire_grace_seconds):
        return Decision("missed", f"missed by {late} (grace {job.misfire_grace_seconds} s)")
    if job.business_days_only:
        day = run_time.astimezone(ZoneInfo(job.timezone)).date()
        if not is_business_day(day):
            why = holiday_name(day) or day.strftime("%A")
            return Decision("skipped", f"{day.isoformat()} is not a business day ({why})")
    return Decision("run", f"late by {max(late, timedelta(0))}")


def finish_fire(database: Database, job_id: str, run_time: datetime, outcome: str,
                detail: str, now: datetime) -> None:
    """Note how a fired run ended (done or error)."""
    with database.write() as session:
        session.execute(
            update(ScheduleFire)
            .where(ScheduleFire.job_id == job_id, ScheduleFire.run_time == naive_utc(run_time))
            .values(outcome=outcome, detail=detail[:4000], finished_at=now)
        )


def fires(database: Database, job_id: str | None = None) -> list[ScheduleFire]:
    """Fire records, oldest run time first."""
    query = select(ScheduleFire).order_by(ScheduleFire.run_time, ScheduleFire.id)
    if job_id is not None:
        query = query.where(ScheduleFire.job_id == job_id)
    with database.read() as session:
        return list(session.scalars(query))


def last_fire(database: Database, job_id: str) -> ScheduleFire | None:
    query = (select(ScheduleFire).where(ScheduleFire.job_id == job_id)
             .order_by(ScheduleFire.run_time.desc()).limit(1))
    with database.read() as session:
        return session.scalars(query).first()
