"""Statutory clocks: a step may close a clock it opened (closed_at).

Revision ID: 0004_clocks_closed
Revises: 0003
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_clocks_closed"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("statutory_clocks") as batch:
        batch.add_column(sa.Column("closed_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("statutory_clocks") as batch:
        batch.drop_column("closed_at")
