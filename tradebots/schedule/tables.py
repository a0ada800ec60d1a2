"""The scheduler's tables: fires (one per job and run time) and the leader lease."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

Id = BigInteger().with_variant(Integer(), "sqlite")


class ScheduleBase(DeclarativeBase):
    pass


class ScheduleFire(ScheduleBase):
    """One row per (job, scheduled run time): the unique key is what stops a double fire."""

    __tablename__ = "schedule_fires"
    __table_args__ = (UniqueConstraint("job_id", "run_time", name="uq_schedule_fires_job_run"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(String(191))
    run_time: Mapped[datetime] = mapped_column(DateTime)  # naive UTC
    outcome: Mapped[str] = mapped_column(String(16))  # running, done, error, missed, skipped
    detail: Mapped[str] = mapped_column(Text, default="")
    fired_by: Mapped[str] = mapped_column(String(200))
    fired_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SchedulerLease(ScheduleBase):
    """The leader's lease (SQLite); on PostgreSQL an advisory lock leads and this row informs."""

    __tablename__ = "scheduler_leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(200))
    token: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    since: Mapped[datetime] = mapped_column(DateTime)
