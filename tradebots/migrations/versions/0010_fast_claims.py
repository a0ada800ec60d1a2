"""Partial indexes on the claimable states, so a claim's cost stays flat as done items pile up.

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
WAITING = sa.text("state = 'waiting'")
RUNNING = sa.text("state = 'running'")


def upgrade() -> None:
    # In the claim's own order, so the claim reads the first rows of the index and stops.
    op.create_index("ix_work_items_ready", "work_items",
                    [sa.text("priority DESC"), "due_date", "created_at", "id"],
                    postgresql_where=READY, sqlite_where=READY)
    op.create_index("ix_work_items_due_wake", "work_items", ["wake_at", "id"],
                    postgresql_where=WAITING, sqlite_where=WAITING)
    op.create_index("ix_work_items_running_lease", "work_items", ["lease_expires"],
                    postgresql_where=RUNNING, sqlite_where=RUNNING)


def downgrade() -> None:
    op.drop_index("ix_work_items_running_lease", "work_items")
    op.drop_index("ix_work_items_due_wake", "work_items")
    op.drop_index("ix_work_items_ready", "work_items")
