"""Work items may wait for an event or a date between stages (waiting_for, wake_at).

Revision ID: 0006_waiting
Revises: 0005_review_claims
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_waiting"
down_revision = "0005_review_claims"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("work_items") as batch:
        batch.add_column(sa.Column("waiting_for", sa.String(64), nullable=True))
        batch.add_column(sa.Column("wake_at", sa.DateTime, nullable=True))
        batch.create_index("ix_work_items_wake", ["state", "wake_at"])


def downgrade() -> None:
    with op.batch_alter_table("work_items") as batch:
        batch.drop_index("ix_work_items_wake")
        batch.drop_column("wake_at")
        batch.drop_column("waiting_for")
