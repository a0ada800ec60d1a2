"""A worker starting up discards, through the browser, the drafts of items no longer running."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.portal import load_office_config, office_session
from bots.portal.item import browser_host
from tests.bot_harness import Suite
from tests.browser.conftest import ENTRIES, protest_form
from tests.browser.test_drafts import ENTRIES_STEP, Killed, killed_before

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
