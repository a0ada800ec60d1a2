"""The office's clock: every bot reckons "today" and "received" the same way."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from tradebots.bot import StepContext


def office_today(ctx: StepContext) -> date:
    """Today in the office's time zone, unless the item fixes the day it is judged on."""
    fixed = ctx.payload.get("today")
    if fixed:
        return date.fromisoformat(str(fixed))
    return datetime.now(ZoneInfo(ctx.settings.timezone)).date()


def received_on(ctx: StepContext) -> date | None:
    """The day the office received the item's document: as given with it, else when stored."""
    given = ctx.payload.get("received") or ctx.received_at
    return date.fromisoformat(str(given)) if given else None
