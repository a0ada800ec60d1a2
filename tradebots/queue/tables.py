"""The queue's tables: work items, their audit events, artifacts and the clocks steps open."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from tradebots.queue.states import READY_STATES

# BigInteger ids on PostgreSQL, INTEGER PRIMARY KEY (rowid) on SQLite.
Id = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class WorkItem(Base):
    __tablename__ = "work_items"
    __table_args__ = (
        UniqueConstraint("bot", "reference", name="uq_work_items_bot_reference"),
        Index("ix_work_items_claim", "state", "priority", "due_date", "created_at"),
        Index("ix_work_items_lease", "state", "lease_expires"),
        Index("ix_work_items_bot_state", "bot", "state"),
        Index("ix_work_items_wake", "state", "wake_at"),
    )

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    bot: Mapped[str] = mapped_column(String(64))
    reference: Mapped[str] = mapped_column(String(200))
    priority: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    state: Mapped[str] = mapped_column(String(32))
    phase: Mapped[str] = mapped_column(String(16), default="prepare")
    attempts: Mapped[int] = mapped_column(Integer, default=0)  # step runs started
    crashes: Mapped[int] = mapped_column(Integer, default=0)  # runs whose worker died, in a row
    waits: Mapped[int] = mapped_column(Integer, default=0)  # transient faults in a row
    not_before: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    lease_owner: Mapped[str | None] = mapped_column(String(200), nullable=True)
    lease_expires: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    lease_token: Mapped[str | None] = mapped_column(String(64), nullable=True)
    inputs: Mapped[list[Any]] = mapped_column(JSON, default=list)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    queued_by: Mapped[str] = mapped_column(String(200))
    corrected_by: Mapped[list[Any]] = mapped_column(JSON, default=list)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    audit_seq: Mapped[int] = mapped_column(Integer, default=0)
    audit_tail: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # A waiting item: the event it waits for and when it resumes without it (naive UTC).
    waiting_for: Mapped[str | None] = mapped_column(String(64), nullable=True)
    wake_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


# A partial index on the ready states, in the claim's order (migration 0010): a claim reads the
# head of one small index however many done items the table holds.
_READY = WorkItem.state.in_([s.value for s in READY_STATES])
Index("ix_work_items_ready", WorkItem.priority.desc(), WorkItem.due_date, WorkItem.created_at,
      WorkItem.id, postgresql_where=_READY, sqlite_where=_READY)


class AuditEvent(Base):
    __tablename__ = "audit_events"
    __table_args__ = (UniqueConstraint("item_id", "seq", name="uq_audit_events_item_seq"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("work_items.id"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    from_state: Mapped[str] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    reason: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_mac: Mapped[str] = mapped_column(String(64))
    mac: Mapped[str] = mapped_column(String(64))


class ItemArtifact(Base):
    __tablename__ = "item_artifacts"

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("work_items.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    phase: Mapped[str] = mapped_column(String(16))
    attempt: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Pause(Base):
    """A bot (SCOPE = its name) or every bot ("*") held back by a fault that hits every item.

    Workers claim nothing in scope until PROBE_AT; then one item probes, and its success resumes."""

    __tablename__ = "pauses"
    __table_args__ = (Index("ix_pauses_open", "resumed_at", "scope"),)

    id: Mapped[int] = mapped_column(Id, primary_key=True, autoincrement=True)
    scope: Mapped[str] = mapped_column(String(64))
    code: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    paused_by: Mapped[str] = mapped_column(String(200))
    paused_at: Mapped[datetime] = mapped_column(DateTime)
    probes: Mapped[int] = mapped_column(Integer, default=0)
    probe_at: Mapped[datetime] = mapped_column(DateTime)
    probed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # last one failed
    resumed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class StatutoryClock(Base):
    """A legal period a step declared (StepResult.clocks): its last day and its follow-up date."""

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
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)  # a step closed it
