"""Scheduler: fires, leader lease, statutory clocks, night runs, morning reports.

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = ("schedule",)
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "schedule_fires",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("job_id", sa.String(191), nullable=False),
        sa.Column("run_time", sa.DateTime, nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("fired_by", sa.String(200), nullable=False),
        sa.Column("fired_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("job_id", "run_time", name="uq_schedule_fires_job_run"),
    )
    op.create_table(
        "scheduler_leases",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.Column("since", sa.DateTime, nullable=False),
    )
    op.create_table(
        "statutory_clocks",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("item_id", Id, nullable=True),
        sa.Column("case_ref", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(64), nullable=False),
        sa.Column("citation", sa.String(120), nullable=False),
        sa.Column("started", sa.Date, nullable=False),
        sa.Column("expires", sa.Date, nullable=False),
        sa.Column("raise_on", sa.Date, nullable=False),
        sa.Column("raised_at", sa.DateTime, nullable=True),
        sa.Column("followup_item_id", Id, nullable=True),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("case_ref", "kind", name="uq_statutory_clocks_case_kind"),
    )
    op.create_index("ix_statutory_clocks_raise_on", "statutory_clocks", ["raise_on"])
    op.create_table(
        "night_runs",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("job_id", sa.String(191), nullable=False),
        sa.Column("started_at", sa.DateTime, nullable=False),
        sa.Column("ends_at", sa.DateTime, nullable=False),
        sa.Column("ended_at", sa.DateTime, nullable=True),
        sa.Column("bots", sa.JSON, nullable=False),
        sa.Column("paused", sa.JSON, nullable=False),
    )
    op.create_table(
        "morning_reports",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("night_id", Id, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("docx_path", sa.Text, nullable=False),
        sa.Column("pdf_path", sa.Text, nullable=False),
    )
    op.create_index("ix_morning_reports_created_at", "morning_reports", ["created_at"])


def downgrade() -> None:
    for table in ("morning_reports", "night_runs", "statutory_clocks", "scheduler_leases",
                  "schedule_fires"):
        op.drop_table(table)
