"""Workers on two hosts share nothing but the PostgreSQL URL: files and letters travel in it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.conftest import AUDIT_KEY
from tests.example_bot.test_acknowledge_receipt import LETTER_LINES, write_letter
from tests.pg_cluster import ThrowawayCluster
from tests.sandbox.portal_process import REPO
from tradebots.files_database import DatabaseFileStore
from tradebots.queue.database import Database
from tradebots.queue.queries import get_item, item_artifacts, item_events

pytestmark = [pytest.mark.slow, pytest.mark.libreoffice]


class Host:
    """One machine: its own var/ and logs/, the repository's bots, the shared database URL."""

    def __init__(self, folder: Path, database_url: str):
        self.folder = folder
        folder.mkdir()
        self.env = {name: value for name, value in os.environ.items()
                    if not name.startswith("TRADEBOTS_")}
        self.env.update(PYTHONPATH=str(REPO), TRADEBOTS_HOME=str(REPO),
                        TRADEBOTS_DATABASE_URL=database_url,
                        TRADEBOTS_VAR_DIR=str(folder / "var"),
                        TRADEBOTS_LOGS_DIR=str(folder / "logs"),
                        # The audit chain is one chain: every host signs with the same key.
                        TRADEBOTS_AUDIT_KEY=AUDIT_KEY.decode(),
                        TRADEBOTS_NEW_USER_PASSWORD="a long enough password")

    def run(self, *args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "tradebots.cli", *args], env=self.env,
                              cwd=self.folder, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return done.stdout

    def cached(self) -> set[str]:
        cache = self.folder / "var" / "files-cache"
        return {p.parent.name + p.name for p in cache.glob("*/*") if p.is_file()}


@pytest.mark.postgres
def test_items_queued_on_one_host_are_prepared_on_another_and_finalized_back(
        tmp_path: Path, pg_cluster: ThrowawayCluster) -> None:
    url = pg_cluster.create_database(f"t_{uuid.uuid4().hex[:12]}")
    first, second = Host(tmp_path / "host-a", url), Host(tmp_path / "host-b", url)
    letters = [write_letter(tmp_path / f"letter-{n}.pdf", [*LETTER_LINES, f"Our ref. {n}"])
               for n in (1, 2)]
    ids = [int(first.run("enqueue", "acknowledge_receipt", str(p)).split()[2]) for p in letters]

    second.run("worker", "--once")
    first.run("users", "add", "supervisor", "--role", "supervisor")  # the CLI acts as a known user
    for item_id in ids:
        first.run("review", "approve", str(item_id), "--as", "supervisor")
    first.run("worker", "--once")

    database = Database(url)
    try:
        reader = DatabaseFileStore(database, tmp_path / "auditor" / "files-cache")
        for item_id, letter in zip(ids, letters, strict=True):
            item = get_item(database, item_id)
            assert item is not None and item.state == "done", item and item.last_error
            events = {e.to_state: e.actor for e in item_events(database, item_id)}
            assert events["awaiting_review"] != events["done"]
            inputs = [entry["sha256"] for entry in item.inputs]
            assert [reader.read_bytes(sha) for sha in inputs] == [letter.read_bytes()]
            artifacts = {a.name: a.sha256 for a in item_artifacts(database, item_id)}
            assert {"letter.docx", "letter.pdf"} <= set(artifacts)
            for sha in artifacts.values():
                assert hashlib.sha256(reader.read_bytes(sha)).hexdigest() == sha
            assert reader.read_bytes(artifacts["letter.pdf"]).startswith(b"%PDF")
            # Host B read the input it never received from the database. Host A's finalize
            # files no letter for this bot, so it fetched none of B's: a step's stored files
            # are read when it asks for one, not copied to every host that runs the item.
            assert set(inputs) <= second.cached()
            assert not (set(artifacts.values()) - set(inputs)) & first.cached()
    finally:
        database.dispose()
    for host in (first, second):
        assert not (host.folder / "var" / "files").exists()
