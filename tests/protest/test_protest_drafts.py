"""A worker starting up discards, through the browser, the drafts of items no longer running."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.portal import load_office_config, office_session
from bots.portal.item import browser_host
from bots.portal.pages.protests import start_draft
from tests.bot_harness import Suite, open_suite
from tests.browser.conftest import ENTRIES, protest_form
from tests.browser.test_drafts import ENTRIES_STEP, Killed, killed_before
from tradebots.runner import Worker

pytestmark = [pytest.mark.browser]


def left_draft(suite: Suite, reference: str, entry: int, pdf: Path) -> None:
    """REFERENCE's run dies after its header was saved, leaving its draft in the portal."""
    settings = suite.services.settings
    with pytest.raises(Killed), office_session(
        browser_host(settings), settings, suite.tmp / reference, killed_before(ENTRIES_STEP),
        reference, config=load_office_config(settings, suite.portal.base_url),
    ) as portal:
        portal.find_or_create_protest(reference, protest_form([ENTRIES[entry]], pdf))


def test_worker_start_sweeps_the_drafts_of_items_gone_and_keeps_a_running_ones(
    suite: Suite, tmp_path: Path,
) -> None:
    pdf = tmp_path / "protest.pdf"
    canvas = Canvas(str(pdf))
    canvas.drawString(72, 720, "Protest under 19 U.S.C. 1514")
    canvas.save()
    item_id = suite.enqueue("protest_intake", pdf)
    claim = suite.services.queue.claim("worker-killed-later", ["protest_intake"])
    assert claim is not None and claim.item_id == item_id
    running = suite.item(item_id).reference
    left_draft(suite, running, 90, pdf)
    left_draft(suite, "item-long-gone", 91, pdf)

    assert suite.work() == 0  # the only item is leased to the other worker
    with sqlite3.connect(suite.portal.db_path) as conn:
        kept = conn.execute("SELECT json_extract(data, '$.reference') FROM drafts").fetchall()
    assert kept == [(running,)]


def portal_drafts(suite: Suite) -> list[tuple[object, ...]]:
    with sqlite3.connect(suite.portal.db_path) as conn:
        return conn.execute("SELECT id, json_extract(data, '$.reference') FROM drafts").fetchall()


def test_an_idle_worker_sweeps_a_blank_draft_that_was_too_young_at_its_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A worker SIGKILLed between "start protest" and the header leaves a blank draft; the
    # replacement worker's start sweep finds it too young to judge (2 x the step budget).
    with open_suite(tmp_path, monkeypatch, portal={"step_max_seconds": 1},
                    queue={"idle_sweep_seconds": 0.5, "poll_seconds": 0.1,
                                          "lease_seconds": 600}) as suite:
        pdf = tmp_path / "protest.pdf"
        canvas = Canvas(str(pdf))
        canvas.drawString(72, 720, "Protest under 19 U.S.C. 1514")
        canvas.save()
        suite.enqueue("protest_intake", pdf)
        assert suite.services.queue.claim("worker-elsewhere", ["protest_intake"]) is not None
        with suite.browse() as portal:
            portal.driver.step("start protest", lambda: start_draft(portal.driver))  # killed then
        assert [reference for _, reference in portal_drafts(suite)] == [None]
        worker = Worker(suite.services, "idle-worker", bots=["protest_intake"])
        # The worker drives chromium from this thread; a watcher stops it once the draft is gone.
        deadline = time.monotonic() + 60

        def watch() -> None:
            while portal_drafts(suite) and time.monotonic() < deadline:
                time.sleep(0.5)
            worker.request_stop()

        watcher = threading.Thread(target=watch)
        watcher.start()
        worker.run()
        watcher.join()
        assert portal_drafts(suite) == []
        assert worker.processed == 0  # the item stayed with the other worker's lease
