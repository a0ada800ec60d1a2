"""A worker that starts while the database is locked waits for it instead of dying (issue 17, 2)."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import pytest

from tradebots.queue import database as database_module
from tradebots.settings import get_settings
from tradebots.worker_processes import worker_main
from tradebots.worker_tmp import MACHINE_TMP_ENV


def test_a_worker_started_under_a_lock_longer_than_the_busy_timeout_waits_then_works(
        project_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_module, "SQLITE_BUSY_TIMEOUT_MS", 200)  # 60 s in production
    # worker_main points this process's temporary folder at one of its own: given back after.
    monkeypatch.setenv("TMPDIR", str(project_home))
    monkeypatch.setenv(MACHINE_TMP_ENV, str(project_home))
    monkeypatch.setattr(tempfile, "tempdir", tempfile.tempdir)
    get_settings.cache_clear()
    path = get_settings().resolved_database_url.removeprefix("sqlite:///")
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN EXCLUSIVE")
    released = threading.Timer(1.5, holder.execute, args=("ROLLBACK",))
    released.start()
    started = time.monotonic()
    try:
        # Before: "database is locked" from the start-up migration, and the worker exited 1.
        assert worker_main(0, None, None, once=True) == 0
    finally:
        released.join()
        holder.close()
    assert time.monotonic() - started >= 1.5
