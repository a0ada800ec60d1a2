"""The office workflows' tables: the nights the window ran and the morning reports written."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

Id = BigInteger().with_variant(Integer(), "sqlite")


class WorkflowBase(DeclarativeBase):
    pass


class NightRun(WorkflowBase):
    """One run window: when it ran, for which bots, which were paused and why."""

    __tablename__ = "night_runs"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    job_id: Mapped[str] = mapped_column(String(191))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    bots: Mapped[list[Any]] = mapped_column(JSON, default=list)
    paused: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class MorningReportRow(WorkflowBase):
    """A written morning report: its figures (JSON) and where its .docx and PDF are."""

    __tablename__ = "morning_reports"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    night_id: Mapped[int | None] = mapped_column(Id, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    docx_path: Mapped[str] = mapped_column(Text, default="")
    pdf_path: Mapped[str] = mapped_column(Text, default="")
