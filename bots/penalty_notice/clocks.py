"""The clock a filed notice starts: the party's response (162.78(a)) or petition (171.2(b), (e))."""

from __future__ import annotations

from datetime import date
from typing import Any

from bots.common.clocks import clock_request
from bots.penalty_notice.rules.periods import (
    SHORT_BUSINESS_DAYS,
    petition_period,
)
from bots.penalty_notice.rules.response_period import prepenalty_response_period
from tradebots.bot import ClockRequest


def penalty_clocks(
    case_number: str, notice: str, limitations: date | None, mailed: date
) -> list[ClockRequest]:
    """The period NOTICE gives from MAILED, shortened as the rules shorten it near LIMITATIONS."""
    if notice == "pre_penalty":
        kind, period = "prepenalty_response", prepenalty_response_period
    elif notice == "penalty":
        kind, period = "penalty_petition", petition_period
    else:
        return []
    shortened = limitations is not None and period(limitations, mailed, mailed).shortened
    return [clock_request(kind, mailed, case=f"penalty:{case_number}",
                          shortened_business_days=SHORT_BUSINESS_DAYS if shortened else None)]


def limitations_of(payload: dict[str, Any]) -> date | None:
    """The limitations date prepare recorded in the item's result, if it computed one."""
    day = ((payload.get("result") or {}).get("decision") or {}).get("limitations_date")
    return date.fromisoformat(day) if day else None
