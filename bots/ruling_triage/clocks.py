"""The clock a deficiency letter starts: 30 days for the requester to cure (177.3)."""

from __future__ import annotations

from datetime import date

from bots.common.clocks import clock_request
from tradebots.bot import ClockRequest


def ruling_clocks(control_number: str, outcome: str, sent: date) -> list[ClockRequest]:
    """The cure period from SENT (the day the letter goes out) when the letter is a deficiency."""
    if outcome != "deficient":
        return []
    return [clock_request("ruling_cure", sent, case=f"ruling:{control_number}")]
