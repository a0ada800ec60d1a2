"""Faults: crashes and transient waits counted apart from attempts; paused bots and workers.

Revision ID: 0009_faults
Revises: 0008_files
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_faults"
down_revision = "0008_files"
branch_labels = None
depends_on = None

Id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("work_items") as batch:
        batch.add_column(sa.Column("crashes", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("waits", sa.Integer, nullable=False, server_default="0"))
    op.create_table(
        "pauses",
        sa.Column("id", Id, primary_key=True, autoincrement=True),
        sa.Column("scope", sa.String(64), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("paused_by", sa.String(200), nullable=False),
        sa.Column("paused_at", sa.DateTime, nullable=False),
        sa.Column("probes", sa.Integer, nullable=False),
        sa.Column("probe_at", sa.DateTime, nullable=False),
        sa.Column("resumed_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_pauses_open", "pauses", ["resumed_at", "scope"])


def downgrade() -> None:
    op.drop_index("ix_pauses_open", "pauses")
    op.drop_table("pauses")
    with op.batch_alter_table("work_items") as batch:
        batch.drop_column("waits")
        batch.drop_column("crashes")
