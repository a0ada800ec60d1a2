"""Console accounts and sessions; indexes for paging the queue by urgency.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The console pages items by (due_date, id) within the filters it offers; each index serves
# one filter combination so a deep page is an index range scan, not a sort of every item.
URGENCY_INDEXES = {
    "ix_work_items_urgency": ["due_date", "id"],
    "ix_work_items_state_urgency": ["state", "due_date", "id"],
    "ix_work_items_bot_urgency": ["bot", "due_date", "id"],
    "ix_work_items_bot_state_urgency": ["bot", "state", "due_date", "id"],
}


def upgrade() -> None:
    op.create_table(
        "console_users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("created_by", sa.String(200), nullable=False),
    )
    op.create_table(
        "console_sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("user_name", sa.String(64), nullable=False),
        sa.Column("csrf_token", sa.String(64), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_console_sessions_expires", "console_sessions", ["expires_at"])
    for name, columns in URGENCY_INDEXES.items():
        op.create_index(name, "work_items", columns)


def downgrade() -> None:
    for name in URGENCY_INDEXES:
        op.drop_index(name, table_name="work_items")
    op.drop_table("console_sessions")
    op.drop_table("console_users")
