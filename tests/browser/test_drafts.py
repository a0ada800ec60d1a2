"""A run killed between "start protest" and "submit" leaves no second draft and no leftover."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from loguru import logger
from sqlalchemy.exc import OperationalError

from bots.portal.drafts import sweep_drafts
from tests.browser.conftest import ENTRIES, Deployment, protest_form
from tests.browser.test_portal_toolkit import rows
from tests.conftest import AUDIT_KEY
from tradebots.files import FileStore
from tradebots.queue import database as database_module
from tradebots.queue.clock import utcnow
from tradebots.queue.database import Database
from tradebots.queue.migrate import upgrade
from tradebots.queue.retry import RetryPolicy
from tradebots.queue.store import WorkQueue

pytestmark = pytest.mark.browser
classic_only = pytest.mark.parametrize("deployment", ["classic"], indirect=True)
# The writes of a new protest, in order: each calls the item's guard just before it.
HEADER, ENTRIES_STEP, GOODS, DOCUMENT, SUBMIT = range(1, 6)


class Killed(BaseException):
    """The worker dies here: nothing after it runs, not even the step's error handling."""


def killed_before(write: int) -> Callable[[], None]:
    calls = 0

    def guard() -> None:
        nonlocal calls
        calls += 1
        if calls == write:
            raise Killed(f"killed before write {write}")

    return guard


def drafts(deployment: Deployment) -> list[tuple[object, ...]]:
    return rows(deployment, "SELECT id, json_extract(data, '$.reference') FROM drafts ORDER BY id")


def interrupted(deployment: Deployment, tmp_path: Path, reference: str, pdf: Path,
                entry: int, write: int) -> None:
    """Start REFERENCE's protest and die just before WRITE, as a SIGKILLed worker would."""
    form = protest_form([ENTRIES[entry]], pdf)
    with pytest.raises(Killed), deployment.session(tmp_path / reference, reference,
                                                   guard=killed_before(write)) as portal:
        portal.find_or_create_protest(reference, form)


def test_a_rerun_resumes_the_draft_its_killed_run_left_and_files_once(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
) -> None:
    pdf = make_pdf("resumed draft")
    interrupted(deployment, tmp_path, "item-resume", pdf, 80, GOODS)
    left = [row for row in drafts(deployment) if row[1] == "item-resume"]
    assert len(left) == 1
    seen_at_first_write: list[list[tuple[object, ...]]] = []

    def guard() -> None:
        if not seen_at_first_write:
            seen_at_first_write.append(drafts(deployment))

    with deployment.session(tmp_path / "rerun", "item-resume", guard=guard) as portal:
        created = portal.find_or_create_protest("item-resume", protest_form([ENTRIES[80]], pdf))
        record = portal.read_protest(created.number)
    assert created.outcome == "created"
    assert seen_at_first_write == [left]  # the killed run's draft, no second one started
    assert rows(deployment, "SELECT COUNT(*) FROM protests WHERE reference = 'item-resume'") == [
        (1,)]
    assert [line[0] for line in record.entries] == [ENTRIES[80].entry_number]
    assert [f.kind for f in record.files] == ["protest"]
    assert not [row for row in drafts(deployment) if row[1] == "item-resume"]


@classic_only
def test_a_draft_killed_before_its_header_is_swept_once_stale_and_a_running_items_is_kept(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
) -> None:
    pdf = make_pdf("swept drafts")
    before = {row[0] for row in drafts(deployment)}
    interrupted(deployment, tmp_path, "item-blank", pdf, 81, HEADER)  # no reference saved yet
    interrupted(deployment, tmp_path, "item-busy", pdf, 82, ENTRIES_STEP)
    interrupted(deployment, tmp_path, "item-gone", pdf, 83, SUBMIT)
    with deployment.session(tmp_path / "blank-rerun", "item-blank") as portal:
        assert portal.find_or_create_protest(
            "item-blank", protest_form([ENTRIES[81]], pdf)).outcome == "created"
    new = [row for row in drafts(deployment) if row[0] not in before]
    assert [reference for _, reference in new] == [None, "item-busy", "item-gone"]

    def sweep(running: Callable[[str], bool], now: datetime) -> list[str]:
        with deployment.session(tmp_path / "sweep", "sweep") as portal:
            return sweep_drafts(portal.driver, running, now, timedelta(minutes=4))

    blank_id, busy_id, gone_id = (str(row[0]) for row in new)
    swept = sweep(lambda reference: reference == "item-busy", utcnow())
    assert blank_id not in swept and gone_id in swept  # the blank one is too young to judge
    assert sweep(lambda reference: reference == "item-busy",
                 utcnow() + timedelta(minutes=5)) == [blank_id]
    assert [str(row[0]) for row in drafts(deployment) if row[0] not in before] == [busy_id]
    assert sweep(lambda reference: False, utcnow()) == [busy_id]
    assert drafts(deployment) == []
    assert rows(deployment, "SELECT COUNT(*) FROM protests WHERE reference = 'item-blank'") == [
        (1,)]


@classic_only
def test_the_drafts_page_lists_only_the_users_own_and_discards_once(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
) -> None:
    from bots.portal.pages.drafts import discard, list_drafts

    interrupted(deployment, tmp_path, "item-listed", make_pdf("listed"), 84, ENTRIES_STEP)
    with sqlite3.connect(deployment.portal.db_path) as conn:
        conn.execute("INSERT INTO drafts (username, data, created_at) VALUES "
                     "('clerk7', '{\"reference\": \"theirs\"}', 0)")
    with deployment.session(tmp_path / "list", "list") as portal:
        listed = list_drafts(portal.driver)
        assert [row.reference for row in listed] == ["item-listed"]
        assert abs(listed[0].started - utcnow()) < timedelta(minutes=2)
        discard(portal.driver, listed[0].draft_id)
        discard(portal.driver, listed[0].draft_id)  # gone already: nothing to click
        assert list_drafts(portal.driver) == []
    assert [row[1] for row in drafts(deployment)] == ["theirs"]
    with sqlite3.connect(deployment.portal.db_path) as conn:
        conn.execute("DELETE FROM drafts WHERE username = 'clerk7'")


@pytest.fixture
def locked_queue(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkQueue]:
    """A real SQLite queue whose busy timeout is short (60 s in production)."""
    monkeypatch.setattr(database_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    database = Database(f"sqlite:///{tmp_path / 'queue.db'}")
    upgrade(database)
    yield WorkQueue(database, FileStore(tmp_path / "files"), AUDIT_KEY, lease_seconds=30,
                    retry=RetryPolicy(max_crashes=3, base_seconds=10, max_seconds=60))
    database.dispose()


@classic_only
def test_a_queue_locked_at_the_header_leaves_no_blank_draft_and_the_rerun_files_once(
    deployment: Deployment, tmp_path: Path, make_pdf: Callable[[str], Path],
    locked_queue: WorkQueue,
) -> None:
    # Issue 17, fault suite db-lock on SQLite: the lease guard before the header's save raised
    # "database is locked" after "start protest" had made a draft, which stayed blank for good.
    pdf = make_pdf("locked queue")
    reference = locked_queue.enqueue("protest_intake", actor="clerk",
                                     reference="item-locked").reference
    claim = locked_queue.claim("worker-1", ["protest_intake"])
    assert claim is not None
    path = str(tmp_path / "queue.db")
    holder = sqlite3.connect(path, isolation_level=None, check_same_thread=False)

    def guard_under_lock() -> None:
        if not holder.in_transaction:  # another process locks the queue just now
            holder.execute("BEGIN EXCLUSIVE")
        locked_queue.guard(claim)

    before = drafts(deployment)
    lines: list[str] = []
    sink = logger.add(lambda message: lines.append(str(message)), level="INFO")
    try:
        with pytest.raises(OperationalError, match="database is locked"), deployment.session(
            tmp_path / "locked", reference, guard=guard_under_lock,
        ) as portal:
            portal.find_or_create_protest(reference, protest_form([ENTRIES[85]], pdf))
    finally:
        logger.remove(sink)
        holder.execute("ROLLBACK")
        holder.close()
    assert drafts(deployment) == before
    assert [line for line in lines if re.search(
        r"discarded portal draft \d+: OperationalError before its reference was saved", line)]
    with deployment.session(tmp_path / "rerun", reference,
                            guard=lambda: locked_queue.guard(claim)) as portal:
        created = portal.find_or_create_protest(reference, protest_form([ENTRIES[85]], pdf))
    assert created.outcome == "created"
    assert rows(deployment, "SELECT COUNT(*) FROM protests WHERE reference = ?", reference) == [
        (1,)]
    assert drafts(deployment) == before
