"""Protest drafts owned by the item whose reference they carry: resumed, or swept once it is gone.

A worker killed between "start protest" and "submit" leaves its draft in the portal; the item's
next run resumes it, and a worker starting up (or idle) discards those of items no longer
running. A draft is blank until its header step saves the reference: a run that fails before
that discards its own blank draft, since no rerun could find it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

from loguru import logger

from bots.portal.config import OfficeDriver
from bots.portal.pages import drafts as pages


def listed(driver: OfficeDriver) -> list[pages.DraftRow]:
    return driver.step("list drafts", lambda: pages.list_drafts(driver))


def discard(driver: OfficeDriver, draft: str, why: str) -> None:
    driver.step("discard draft", lambda: pages.discard(driver, draft))
    logger.info("discarded portal draft {}: {}", draft, why)


def own_draft(driver: OfficeDriver, reference: str) -> str | None:
    """The newest open draft carrying REFERENCE, to resume; any older ones are discarded."""
    mine = [row.draft_id for row in listed(driver) if row.reference == reference]
    for extra in mine[:-1]:
        discard(driver, extra, f"an older draft of {reference}; draft {mine[-1]} is resumed")
    return mine[-1] if mine else None


@contextmanager
def discarded_while_blank(driver: OfficeDriver, draft: str) -> Iterator[None]:
    """Run the block that saves DRAFT's reference; if it fails first, discard the draft."""
    try:
        yield
    except Exception as exc:
        _discard_if_blank(driver, draft, f"{type(exc).__name__} before its reference was saved")
        raise


def _discard_if_blank(driver: OfficeDriver, draft: str, why: str) -> None:
    # One try, no retries and no lease guard: the failure being handled may be the database (the
    # guard's own) or the portal, and a draft without a reference is nobody else's work. Should
    # this fail too, the idle worker's sweep discards the draft once stale; the cause still rises.
    try:
        row = next((r for r in pages.list_drafts(driver) if r.draft_id == draft), None)
        if row is None or row.reference:
            # Gone, or its header was saved and only the answer lost: the rerun resumes it.
            return
        pages.click_discard(driver, draft)
        logger.info("discarded portal draft {}: {}", draft, why)
    except Exception as cleanup:
        logger.warning("could not discard blank portal draft {} ({}): {}; the sweep will", draft,
                       why, type(cleanup).__name__)


def sweep_drafts(driver: OfficeDriver, running: Callable[[str], bool], now: datetime,
                 blank_after: timedelta) -> list[str]:
    """Discard the drafts of references not RUNNING, and drafts still without a reference once
    older than BLANK_AFTER (a worker died before the header step); return their ids."""
    swept = []
    for row in listed(driver):
        why = _stale(row, running, now, blank_after)
        if why:
            discard(driver, row.draft_id, why)
            swept.append(row.draft_id)
    return swept


def _stale(row: pages.DraftRow, running: Callable[[str], bool], now: datetime,
           blank_after: timedelta) -> str:
    """Why ROW is stale, or "" while it may still be someone's live work."""
    if not row.reference:
        age = now - row.started
        return f"blank since {row.started:%H:%M:%S} UTC, over {blank_after}" if (
            age >= blank_after) else ""
    # Asked just before the discard, so an item claimed meanwhile keeps its draft.
    return "" if running(row.reference) else f"its item {row.reference} is not running"
