"""The penalty notice after a pre-penalty notice: the context the 162.79 template adds.

Pure: the item's payload (the filed pre-penalty notice, the response, the supervisors' reasons)
and the final decision in; strings and lists out, added to notice_context's.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bots.common.dates import long_date
from bots.penalty_notice.model import PenaltyDecision, PenaltyFacts
from bots.penalty_notice.stages import RESPONSE_EVENT, changes, reasons_since
from tradebots.errors import BusinessError

TEMPLATE = "penalty/penalty_after_response.docx"


def after_response_context(payload: dict[str, Any], facts: PenaltyFacts,
                           decision: PenaltyDecision) -> dict[str, Any]:
    """What the penalty notice says of the pre-penalty notice, the response and the changes.

    A change with no supervisor's reason goes to a person: the notice must say why (162.79)."""
    before = payload.get("pre_penalty") or {}
    event = payload.get("events", {}).get(RESPONSE_EVENT, {})
    changed = changes(before, facts, decision)
    reasons = reasons_since(payload, str(event.get("at", "")))
    if changed and not reasons:
        raise BusinessError(
            "the penalty notice differs from the pre-penalty notice ("
            + ", ".join(c["what"].lower() for c in changed)
            + "): a supervisor returns it with the reason for the change",
            code="needs_human")
    return {
        "pre_penalty_date": _long(before.get("mailed")),
        "response": _response_sentence(event, before),
        "changes": changed,
        "changes_reason": " ".join(r.rstrip(".") + "." for r in reasons),
        "petition_due": long_date(decision.petition_due),
    }


def _response_sentence(event: dict[str, Any], before: dict[str, Any]) -> str:
    if event.get("kind") == "file":
        received = _long(str(event.get("at", ""))[:10])
        return (f"Your response to that notice, received on {received}, has been considered "
                "(19 CFR 162.78).")
    return (f"No response to that notice was received within the period ending "
            f"{_long(before.get('response_due'))} (19 CFR 162.78(a)).")


def _long(iso: Any) -> str:
    return long_date(date.fromisoformat(str(iso))) if iso else "the end of the period"
