"""Pauses remember their last probe, so the console can show when the fault was last tried.

Revision ID: 0011_pause_probes
Revises: 0010_fast_claims
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_pause_probes"
down_revision = "0010_fast_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pauses") as batch:
        batch.add_column(sa.Column("probed_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pauses") as batch:
        batch.drop_column("probed_at")
