"""Stored files kept in the database itself, so a worker on another host needs only its URL."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Insert,
    LargeBinary,
    MetaData,
    String,
    Table,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite

from tradebots.files import FileStore, checked
from tradebots.queue.clock import utcnow
from tradebots.queue.database import Database

# bytea on PostgreSQL (up to 1 GB a value; uploads are capped far below that), BLOB on SQLite.
stored_files = Table(
    "stored_files",
    MetaData(),
    Column("sha256", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("created_at", DateTime, nullable=False),
)


class DatabaseFileStore(FileStore):
    """Blobs in the stored_files table keyed by sha256; ROOT is this worker's own cache of them."""

    def __init__(self, database: Database, cache: Path):
        super().__init__(cache)
        self.database = database

    def exists(self, sha256: str) -> bool:
        if super().exists(sha256):
            return True
        with self.database.read() as session:
            query = select(stored_files.c.size).where(stored_files.c.sha256 == sha256)
            return session.execute(query).first() is not None

    def put_bytes(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        # The database first: a file in the cache is then always a file in the database.
        with self.database.write() as session:
            session.execute(self._insert_once().values(
                sha256=sha, size=len(data), content=data, created_at=utcnow()))
        return super().put_bytes(data)

    def put_file(self, source: Path) -> str:
        return self.put_bytes(source.read_bytes())

    def path_for(self, sha256: str) -> Path:
        """The cached copy, fetched from the database (and its sha256 checked) on first use."""
        path = self.local_path(sha256)
        if not path.exists():
            with self.database.read() as session:
                query = select(stored_files.c.content).where(stored_files.c.sha256 == sha256)
                content = session.execute(query).scalar_one_or_none()
            if content is None:
                raise FileNotFoundError(f"no stored file {sha256}")
            super().put_bytes(checked(sha256, bytes(content)))
        return path

    def _insert_once(self) -> Insert:
        """An insert that leaves an existing row alone: the same sha256 is the same bytes."""
        if self.database.is_postgres:
            return postgresql.insert(stored_files).on_conflict_do_nothing(index_elements=["sha256"])
        return sqlite.insert(stored_files).on_conflict_do_nothing(index_elements=["sha256"])
