"""Review claims: who is working an item under review, until when.

Revision ID: 0005_review_claims
Revises: 0004_clocks_closed
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_review_claims"
down_revision = "0004_clocks_closed"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_claims",
        sa.Column("item_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  sa.ForeignKey("work_items.id"), primary_key=True),
        sa.Column("holder", sa.String(200), nullable=False),
        sa.Column("claimed_at", sa.DateTime, nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("review_claims")
