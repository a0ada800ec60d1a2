"""Bring a database's schema up to date with the Alembic migrations shipped in the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from tradebots.queue.database import Database

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def upgrade(database: Database) -> None:
    """Apply every migration not applied yet (every branch: parts migrate independently)."""
    config = _config()
    with database.write_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


def is_current(database: Database) -> bool:
    """True when the database is at the newest migration."""
    heads = set(ScriptDirectory.from_config(_config()).get_heads())
    with database.read_engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
    return current == heads
