"""The "my drafts" page: the bot user's unfinished protests, and discarding one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bots.portal.config import OfficeDriver


@dataclass(frozen=True)
class DraftRow:
    draft_id: str
    reference: str  # the filer's own reference, set on the header step ("" before it is saved)
    started: datetime  # naive UTC


def list_drafts(driver: OfficeDriver) -> list[DraftRow]:
    """Every unfinished protest of the logged-in user, oldest first."""
    s = driver.config.drafts
    driver.open(driver.config.paths.protest_drafts)
    return [DraftRow(draft_id, reference, datetime.fromisoformat(started))
            for draft_id, reference, started in driver.table(s.rows,
                                                             [s.id, s.reference, s.started])]


def discard(driver: OfficeDriver, draft: str) -> None:
    """Discard DRAFT unless it is gone already (an earlier try committed, its answer lost)."""
    if draft not in {row.draft_id for row in list_drafts(driver)}:
        return
    driver.guard()
    click_discard(driver, draft)


def click_discard(driver: OfficeDriver, draft: str) -> None:
    """Discard DRAFT from the drafts page that is open (it must be listed there)."""
    driver.submit(driver.config.drafts.discard.format(draft=draft), confirm=True)
