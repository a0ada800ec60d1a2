"""Protest drafts owned by the item whose reference they carry: resumed, or swept once it is gone.

A worker killed between "start protest" and "submit" leaves its draft in the portal; the item's
next run resumes it, and a worker starting up discards those of items no longer running."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from bots.portal.config import OfficeDriver
from bots.portal.pages import drafts as pages


def listed(driver: OfficeDriver) -> list[pages.DraftRow]:
    return driver.step("list drafts", lambda: pages.list_drafts(driver))


def discard(driver: OfficeDriver, draft: str) -> None:
    driver.step("discard draft", lambda: pages.discard(driver, draft))


def own_draft(driver: OfficeDriver, reference: str) -> str | None:
    """The newest open draft carrying REFERENCE, to resume; any older ones are discarded."""
    mine = [row.draft_id for row in listed(driver) if row.reference == reference]
    for extra in mine[:-1]:
        discard(driver, extra)
    return mine[-1] if mine else None


def sweep_drafts(driver: OfficeDriver, running: Callable[[str], bool], now: datetime,
                 blank_after: timedelta) -> list[str]:
    """Discard the drafts of references not RUNNING, and drafts still without a reference once
    older than BLANK_AFTER (a worker died before the header step); return their ids."""
    swept = []
    for row in listed(driver):
        if _stale(row, running, now, blank_after):
            discard(driver, row.draft_id)
            swept.append(row.draft_id)
    return swept


def _stale(row: pages.DraftRow, running: Callable[[str], bool], now: datetime,
           blank_after: timedelta) -> bool:
    if not row.reference:
        return now - row.started >= blank_after
    # Asked just before the discard, so an item claimed meanwhile keeps its draft.
    return not running(row.reference)
