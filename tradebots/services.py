"""Build the engine's parts from settings, in one place, for the CLI, the worker and the console."""

from __future__ import annotations

from dataclasses import dataclass

from tradebots.files import FileStore
from tradebots.files_database import DatabaseFileStore
from tradebots.queue.database import Database
from tradebots.queue.migrate import upgrade
from tradebots.queue.retry import RetryPolicy
from tradebots.queue.review import PeopleActions
from tradebots.queue.store import WorkQueue
from tradebots.settings import Settings


@dataclass
class Services:
    settings: Settings
    database: Database
    files: FileStore
    queue: WorkQueue
    people: PeopleActions

    def close(self) -> None:
        self.database.dispose()


def open_file_store(settings: Settings, database: Database) -> FileStore:
    """The configured file store: auto keeps files in the database when it is PostgreSQL."""
    backend = settings.files.backend
    if backend == "database" or (backend == "auto" and database.is_postgres):
        return DatabaseFileStore(database, settings.var_path / "files-cache")
    return FileStore(settings.var_path / "files")


def open_services(settings: Settings, *, migrate: bool = False) -> Services:
    """Connect to the configured database; MIGRATE brings its schema up to date first."""
    database = Database(settings.resolved_database_url)
    if migrate:
        upgrade(database)
    files = open_file_store(settings, database)
    q = settings.queue
    queue = WorkQueue(
        database,
        files,
        settings.audit_key_bytes(),
        lease_seconds=q.lease_seconds,
        retry=RetryPolicy(q.max_crashes, q.backoff_base_seconds, q.backoff_max_seconds),
    )
    return Services(settings, database, files, queue, PeopleActions(queue))
