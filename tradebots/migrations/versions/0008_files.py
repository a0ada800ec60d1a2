"""Stored files may live in the database (stored_files: sha256 -> bytes) for workers on many hosts.

Revision ID: 0008_files
Revises: 0007_console_ops
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_files"
down_revision = "0007_console_ops"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stored_files",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("stored_files")
