"""The clocks an accepted protest starts once its letter is filed (174.21, 174.22)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bots.common.clocks import clock_request
from bots.protest_intake.rules.procedure import deemed_denial_day
from tradebots.bot import ClockRequest


def protest_clocks(result: dict[str, Any], today: date) -> list[ClockRequest]:
    """From the contract result: the decision clock, and the deemed-denial clocks that apply.

    An exclusion protest already deemed denied by TODAY (174.21(b)) starts none: there is no
    decision left to make, and its letter has told the protestant the date to sue.
    """
    if result.get("decision", {}).get("outcome") != "accept":
        return []
    values = result["values"]
    received = date.fromisoformat(values["received_date"])
    exclusion = values.get("category") == "exclusion"
    if exclusion and today >= deemed_denial_day(received):
        return []
    clocks = [clock_request("protest_decision", received)]
    if exclusion:
        clocks.append(clock_request("exclusion_deemed_denial", received))
    if values.get("accelerated_disposition"):
        # 174.22 counts from mailing, which the bot cannot see: receipt is the nearest fact.
        clocks.append(clock_request("accelerated_disposition", received,
                                    note="counted from receipt; check the certified-mail postmark"))
    return clocks
