"""The file store: sha256-addressed, never changed, in a folder or in the database itself."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from tradebots.files import CorruptFile, FileStore
from tradebots.files_database import DatabaseFileStore, stored_files
from tradebots.queue.database import Database
from tradebots.services import open_file_store
from tradebots.settings import load_settings

PDF = b"%PDF-1.4 a protest\n"
SHA = hashlib.sha256(PDF).hexdigest()


def rows(database: Database) -> int:
    with database.read() as session:
        return int(session.execute(select(func.count()).select_from(stored_files)).scalar_one())


def test_the_same_bytes_stored_twice_are_one_file(database: Database, tmp_path: Path) -> None:
    store = DatabaseFileStore(database, tmp_path / "cache")
    source = tmp_path / "protest.pdf"
    source.write_bytes(PDF)
    assert store.put_bytes(PDF) == store.put_file(source) == SHA
    assert rows(database) == 1
    assert source.read_bytes() == PDF


def test_another_host_reads_the_file_through_its_own_cache(database: Database,
                                                           tmp_path: Path) -> None:
    DatabaseFileStore(database, tmp_path / "host-a" / "files-cache").put_bytes(PDF)
    other = DatabaseFileStore(database, tmp_path / "host-b" / "files-cache")
    assert other.exists(SHA)
    local = other.path_for(SHA)
    assert local.is_relative_to(tmp_path / "host-b") and local.read_bytes() == PDF
    assert other.read_bytes(SHA) == PDF


def test_a_file_never_stored_is_not_found(database: Database, tmp_path: Path) -> None:
    store = DatabaseFileStore(database, tmp_path / "cache")
    assert not store.exists(SHA)
    with pytest.raises(FileNotFoundError):
        store.path_for(SHA)


def test_bytes_changed_in_the_database_are_refused(database: Database, tmp_path: Path) -> None:
    DatabaseFileStore(database, tmp_path / "host-a").put_bytes(PDF)
    with database.write() as session:
        session.execute(update(stored_files).values(content=b"%PDF-1.4 forged\n"))
    with pytest.raises(CorruptFile):
        DatabaseFileStore(database, tmp_path / "host-b").read_bytes(SHA)
    assert not (tmp_path / "host-b" / SHA[:2] / SHA[2:]).exists()


def test_bytes_changed_in_the_folder_are_refused(tmp_path: Path) -> None:
    store = FileStore(tmp_path / "files")
    path = store.path_for(store.put_bytes(PDF))
    os.chmod(path, 0o644)
    path.write_bytes(b"%PDF-1.4 forged\n")
    with pytest.raises(CorruptFile):
        store.read_bytes(SHA)


def test_auto_keeps_files_in_postgresql_and_in_the_folder_on_sqlite(database: Database,
                                                                    tmp_path: Path) -> None:
    settings = load_settings(var_dir=tmp_path / "var")
    store = open_file_store(settings, database)
    assert isinstance(store, DatabaseFileStore) == database.is_postgres
    assert store.root.parent == tmp_path / "var"
    forced = open_file_store(load_settings(var_dir=tmp_path / "var",
                                           files={"backend": "folder"}), database)
    assert type(forced) is FileStore
