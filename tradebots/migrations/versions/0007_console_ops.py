"""Console operations: sign-in failures kept in the database; sessions found by user; the
numbers and names items are searched by.

Revision ID: 0007_console_ops
Revises: 0002, 0006_waiting
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_console_ops"
down_revision = ("0002", "0006_waiting")  # needs the console tables (0002) and the queue columns
branch_labels = None
depends_on = None


def upgrade() -> None:
    # One row per failed sign-in, so every console process sees the same count.
    op.create_table(
        "console_sign_in_failures",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_console_sign_in_failures_key_at", "console_sign_in_failures",
                    ["key", "at"])
    # Disabling a user ends their sessions: found by name, not by a scan.
    op.create_index("ix_console_sessions_user", "console_sessions", ["user_name"])
    folded = sa.String(200).with_variant(sa.String(200, collation="C"), "postgresql")
    op.create_table(
        "work_item_terms",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True,
                  autoincrement=True),
        sa.Column("item_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("field", sa.String(100), nullable=False),
        sa.Column("value", sa.String(200), nullable=False),
        sa.Column("folded", folded, nullable=False),
    )
    op.create_index("ix_work_item_terms_folded", "work_item_terms", ["folded"])
    op.create_index("ix_work_item_terms_item", "work_item_terms", ["item_id"])
    _index_existing_items()


def _index_existing_items() -> None:
    """Items prepared before this migration get their terms now, so search finds them too."""
    from tradebots.queue.terms import fold, item_terms

    bind = op.get_bind()
    items = sa.table("work_items", sa.column("id", sa.Integer), sa.column("payload", sa.JSON))
    terms = sa.table("work_item_terms", sa.column("item_id"), sa.column("position"),
                     sa.column("field"), sa.column("value"), sa.column("folded"))
    last = 0
    while True:
        batch = bind.execute(sa.select(items.c.id, items.c.payload).where(items.c.id > last)
                             .order_by(items.c.id).limit(2000)).all()
        if not batch:
            return
        rows = [{"item_id": item_id, "position": n, "field": field[:100], "value": value[:200],
                 "folded": fold(value)}
                for item_id, payload in batch
                for n, (field, value) in enumerate(item_terms(payload or {}))]
        if rows:
            bind.execute(terms.insert(), rows)
        last = batch[-1][0]


def downgrade() -> None:
    op.drop_table("work_item_terms")
    op.drop_index("ix_console_sessions_user", "console_sessions")
    op.drop_index("ix_console_sign_in_failures_key_at", "console_sign_in_failures")
    op.drop_table("console_sign_in_failures")
