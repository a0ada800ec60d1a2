"""A partial index on the ready states, so a claim's cost stays flat as done items pile up.

Waiting and running items already have indexes led by their state (ix_work_items_wake,
ix_work_items_lease) that the wake-up and expired-lease look-ups range-scan.

Revision ID: 0010_fast_claims
Revises: 0009_faults
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_fast_claims"
down_revision = "0009_faults"
branch_labels = None
depends_on = None

READY = sa.text("state IN ('queued', 'approved')")


def upgrade() -> None:
    # In the claim's own order, so the claim reads the first rows of the index and stops.
    op.create_index("ix_work_items_ready", "work_items",
                    [sa.text("priority DESC"), "due_date", "created_at", "id"],
                    postgresql_where=READY, sqlite_where=READY)


def downgrade() -> None:
    op.drop_index("ix_work_items_ready", "work_items")
