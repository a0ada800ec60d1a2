"""Fixtures shared by every test: isolated project homes, real SQLite files, real PostgreSQL."""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import settings

from tests.pg_cluster import ThrowawayCluster
from tradebots.documents.converter import DIR_ENV, stop_converters
from tradebots.files import FileStore
from tradebots.queue.clock import utcnow
from tradebots.queue.database import Database
from tradebots.queue.migrate import upgrade
from tradebots.queue.retry import RetryPolicy
from tradebots.queue.store import WorkQueue

pytest_plugins = ["tests.tiers", "pytester"]

# Hypothesis's 200 ms deadline measures the machine, not the code: under load (CI, other jobs)
# a pure example stalls past it and the test fails as "flaky". Wrong answers still fail.
settings.register_profile("tradebots", deadline=None)
settings.load_profile("tradebots")

AUDIT_KEY = b"test-audit-key-not-a-secret"


@pytest.fixture(scope="session", autouse=True)
def libreoffice_converter(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The run's own LibreOffice converter, so a test neither uses nor kills the machine's."""
    folder = tmp_path_factory.mktemp("converter")
    saved = os.environ.get(DIR_ENV)
    os.environ[DIR_ENV] = str(folder)  # inherited by the worker processes tests start
    yield folder
    stop_converters(folder)
    if saved is None:
        os.environ.pop(DIR_ENV, None)
    else:
        os.environ[DIR_ENV] = saved


@pytest.fixture(scope="session")
def pg_server() -> Iterator[ThrowawayCluster]:
    """One real PostgreSQL 15 server, started from /usr/lib/postgresql/15/bin, for the whole run."""
    cluster = ThrowawayCluster()
    cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_cluster(request: pytest.FixtureRequest) -> ThrowawayCluster:
    """The PostgreSQL server, for `postgres` tests only: tests/tiers.py marks those naming it."""
    # Checked before the server starts, for tests reaching it through getfixturevalue.
    if request.node.get_closest_marker("postgres") is None:
        pytest.fail(f"{request.node.nodeid} uses PostgreSQL but is not marked "
                    "@pytest.mark.postgres", pytrace=False)
    cluster: ThrowawayCluster = request.getfixturevalue("pg_server")
    return cluster


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh empty database on each backend: the queue contract runs against both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'queue.db'}"
    cluster: ThrowawayCluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    db = Database(database_url)
    upgrade(db)
    yield db
    db.dispose()


class ManualClock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = utcnow()

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def queue(database: Database, tmp_path: Path, clock: ManualClock) -> WorkQueue:
    return WorkQueue(
        database,
        FileStore(tmp_path / "files"),
        AUDIT_KEY,
        lease_seconds=30,
        retry=RetryPolicy(max_crashes=3, base_seconds=10, max_seconds=60),
        clock=clock,
    )


@pytest.fixture
def project_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project home with its own config, var/ and logs/, used by CLI tests."""
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.toml").write_text("")
    monkeypatch.setenv("TRADEBOTS_HOME", str(home))
    monkeypatch.setenv("TRADEBOTS_AUDIT_KEY", secrets.token_hex(16))
    for name in list(os.environ):
        # The run's converter folder is no setting: keep it, or letters start the machine's.
        if name.startswith("TRADEBOTS_") and name not in {"TRADEBOTS_HOME", "TRADEBOTS_AUDIT_KEY",
                                                          DIR_ENV}:
            monkeypatch.delenv(name)
    from tradebots.settings import get_settings

    get_settings.cache_clear()
    return home
