"""The scheduler's tables: fires (one per job and run time), the leader lease, clocks, nights."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Date, DateTime, Integer, String, Text, UniqueConstraint
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


class StatutoryClock(ScheduleBase):
    """A legal period still running after a letter went out, and its follow-up date."""

    __tablename__ = "statutory_clocks"
    __table_args__ = (UniqueConstraint("case_ref", "kind", name="uq_statutory_clocks_case_kind"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    item_id: Mapped[int | None] = mapped_column(Id, nullable=True)
    case_ref: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(64))
    citation: Mapped[str] = mapped_column(String(120))
    started: Mapped[date] = mapped_column(Date)
    expires: Mapped[date] = mapped_column(Date)
    raise_on: Mapped[date] = mapped_column(Date, index=True)
    raised_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    followup_item_id: Mapped[int | None] = mapped_column(Id, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)


class NightRun(ScheduleBase):
    """One run window: when it ran, for which bots, which were paused and why."""

    __tablename__ = "night_runs"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(String(191))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    bots: Mapped[list[Any]] = mapped_column(JSON, default=list)
    paused: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MorningReportRow(ScheduleBase):
    """A written morning report: its figures (JSON) and where its .docx and PDF are."""

    __tablename__ = "morning_reports"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    night_id: Mapped[int | None] = mapped_column(Id, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    docx_path: Mapped[str] = mapped_column(Text, default="")
    pdf_path: Mapped[str] = mapped_column(Text, default="")
