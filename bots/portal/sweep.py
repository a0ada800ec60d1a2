"""At worker start, discard through the browser the drafts of items that are no longer running."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from bots.portal.drafts import sweep_drafts
from bots.portal.item import browser_host
from bots.portal.session import office_session
from tradebots.browser.driver import StepPolicy
from tradebots.settings import Settings

# A sweep is housekeeping: a portal that is down now is swept at a later start, not waited for.
SWEEP_SECONDS = 5.0


def sweep_portal_drafts(settings: Settings, running: Callable[[str], bool],
                        now: datetime) -> list[str]:
    """Log in as the bot user and discard its stale drafts (see drafts.sweep_drafts)."""
    portal = settings.portal
    policy = StepPolicy(attempts=None, max_seconds=min(SWEEP_SECONDS, portal.step_max_seconds),
                        wait_max=portal.step_wait_max_seconds)
    # A live run saves its header within one step's budget: a blank draft older than two is dead.
    blank_after = timedelta(seconds=2 * portal.step_max_seconds)
    with office_session(browser_host(settings), settings, settings.logs_path / "draft-sweep",
                        lambda: None, "sweep drafts", policy=policy) as office:
        return sweep_drafts(office.driver, running, now, blank_after)
