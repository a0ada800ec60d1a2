"""A penalty case's two stages: pre-penalty notice, a wait for the response, penalty notice.

After the approved pre-penalty notice is filed the item waits (tradebots.queue.waiting) for the
party's response until the response period (19 CFR 162.78(a)) is over. The second stage drafts the
penalty notice (19 CFR 162.79, CBP Form 5955A) and states what changed from the pre-penalty notice
and why: the why is what the supervisor said when returning the draft with corrected facts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

from bots.common.findings import finding
from bots.penalty_notice.letters import CULPABILITY_TEXT
from bots.penalty_notice.model import PenaltyDecision, PenaltyFacts, usd
from bots.penalty_notice.rules.periods import petition_period
from tradebots.bot import ClockRequest, WaitRequest
from tradebots.facts import Finding

RESPONSE_EVENT = "response"
RESPONSE_CLOCK = "prepenalty_response"
PENALTY_STAGE = "penalty"
CITE_PENALTY_NOTICE = "19 CFR 162.79"


def in_penalty_stage(payload: dict[str, Any]) -> bool:
    """Whether the item's pre-penalty notice went out and its response period ended."""
    return payload.get("stage") == PENALTY_STAGE and RESPONSE_EVENT in payload.get("events", {})


def response_wait(clock: ClockRequest, zone: str) -> WaitRequest:
    """Wait for the response until the response period's last day is over in the office."""
    next_day = datetime.combine(clock.expires + timedelta(days=1), time(), ZoneInfo(zone))
    return WaitRequest(
        RESPONSE_EVENT,
        f"waiting for the response to the pre-penalty notice; the period ends {clock.expires} "
        f"({clock.citation})",
        until=next_day.astimezone(UTC).replace(tzinfo=None), clock=RESPONSE_CLOCK)


def pre_penalty_snapshot(payload: dict[str, Any], mailed: date, clock: ClockRequest
                         ) -> dict[str, Any]:
    """What the filed pre-penalty notice said, to compare the penalty notice with."""
    result = payload.get("result") or {}
    decision = result.get("decision") or {}
    return {"mailed": mailed.isoformat(), "response_due": clock.expires.isoformat(),
            "culpability": (result.get("values") or {}).get("culpability"),
            "loss_of_duties": (decision.get("loss_of_duties") or {}).get("total"),
            "proposed_penalty": decision.get("proposed_penalty")}


def as_penalty_notice(decision: PenaltyDecision, findings: list[Finding], mailed: date
                      ) -> tuple[PenaltyDecision, list[Finding]]:
    """The decision as the penalty notice after a pre-penalty notice: 162.79, petition period."""
    kept = [f for f in findings if f.rule not in {"PEN-NOTICE", "PEN-PERIOD"}]
    kept.append(finding("PEN-NOTICE", CITE_PENALTY_NOTICE, "info",
                        "The penalty notice, after the pre-penalty notice and its response "
                        "period."))
    if decision.limitations_date is None:
        return replace(decision, notice="penalty"), kept
    period = petition_period(decision.limitations_date, mailed, mailed)
    kept.append(finding("PEN-PERIOD", period.citation, "info", period.explanation,
                        shortened=period.shortened))
    return replace(decision, notice="penalty", petition_due=period.due,
                   period_shortened=period.shortened, representations_due=None), kept


def changes(before: dict[str, Any], facts: PenaltyFacts, decision: PenaltyDecision
            ) -> list[dict[str, str]]:
    """Each figure of the penalty notice that differs from the pre-penalty notice."""
    rows = []
    if facts.culpability and before.get("culpability") != facts.culpability:
        rows.append({"what": "Degree of culpability",
                     "before": _words(before.get("culpability")),
                     "after": _words(facts.culpability)})
    lod = decision.loss_of_duties
    for what, old, new in (
        ("Loss of duties", before.get("loss_of_duties"), lod.total if lod else None),
        ("Penalty", before.get("proposed_penalty"), decision.proposed_penalty),
    ):
        if new is not None and (old is None or usd(_money(old)) != usd(new)):
            rows.append({"what": what, "before": usd(_money(old)) if old is not None else
                         "not given", "after": usd(new)})
    return rows


def reasons_since(payload: dict[str, Any], since: str) -> list[str]:
    """What supervisors said when they returned or corrected the draft after SINCE (ISO)."""
    return [str(entry.get("reason", "")) for entry in payload.get("history", [])
            if str(entry.get("at", "")) >= since and entry.get("corrections")
            and entry.get("reason")]


def _words(culpability: Any) -> str:
    return CULPABILITY_TEXT[culpability][0] if culpability in CULPABILITY_TEXT else "not given"


def _money(value: Any) -> Decimal:
    return Decimal(str(value))
