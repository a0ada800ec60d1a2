"""Which office rules (NCSD in New York or Headquarters) and by when."""

from __future__ import annotations

from datetime import date, timedelta

from bots.common.findings import finding
from bots.ruling_triage.model import Outcome, Route, RulingFacts, RulingType
from bots.ruling_triage.rules._common import CITE_ROUTE, CITE_TARGETS
from tradebots.calendar import add_business_days
from tradebots.facts import Finding

NCSD_SUBJECTS: frozenset[RulingType] = frozenset({"classification", "marking", "origin"})
NCSD_TARGET_DAYS = 30

# A target date only where a ruling is expected on this letter: a no_ruling answer has none, and a
# deficient request gets its ruling only once cured, when the clock restarts. needs_human keeps it
# so that the reviewer sees the clock that is already running.
_OUTCOMES_WITH_TARGET: frozenset[Outcome] = frozenset({"accept", "needs_human"})


def route_of(facts: RulingFacts) -> tuple[Route, list[Finding]]:
    """R-ROUTE: NCSD when every subject is classification, marking or origin; else HQ.

    A reconsideration goes to HQ; with no identified subject HQ is the default and a person checks.
    """
    subjects = facts.subjects
    hq_subjects = [s for s in subjects if s not in NCSD_SUBJECTS]
    findings: list[Finding] = []
    route: Route
    if facts.reconsideration_requested:
        route = "HQ"
        ruling = facts.reconsidered_ruling or "an earlier ruling"
        why = f"the letter asks to reconsider {ruling}"
    elif hq_subjects:
        route = "HQ"
        why = f"it asks about {', '.join(hq_subjects)}"
    elif subjects:
        route = "NCSD"
        why = f"it asks about {', '.join(subjects)} only"
    else:
        route = "HQ"
        why = "no subject is identified"
    if facts.ruling_type is None:
        findings.append(
            finding(
                "R-ROUTE",
                CITE_ROUTE,
                "warning",
                "The letter's main subject is not identified: the route and the facts it must "
                "give depend on it.",
                moot_if=("no_ruling",),
            )
        )
    findings.append(
        finding("R-ROUTE", CITE_ROUTE, "info", f"Routed to {route}: {why}.", route=route)
    )
    return route, findings


def target_date(route: Route, outcome: Outcome, received: date) -> date | None:
    """The NCSD target: 30 calendar days after receipt; None for HQ or when no ruling is due."""
    if route != "NCSD" or outcome not in _OUTCOMES_WITH_TARGET:
        return None
    return received + timedelta(days=NCSD_TARGET_DAYS)


def due_finding(route: Route, due: date | None) -> Finding:
    """R-DUE: the target date the decision carries, or why it carries none."""
    if due is not None:
        message = f"NCSD target for the ruling: {due.isoformat()} (30 calendar days from receipt)."
    elif route == "HQ":
        message = "Headquarters has no target date for rulings."
    else:
        message = "No target date: no ruling is due on this letter as it stands."
    return finding("R-DUE", CITE_TARGETS, "info", message, due=due.isoformat() if due else None)


def acknowledgement(facts: RulingFacts, received: date) -> list[Finding]:
    """R-ACK: an electronic request is acknowledged within one business day of receipt."""
    if not facts.submitted_electronically:
        return []
    by = add_business_days(received, 1)
    return [
        finding(
            "R-ACK",
            CITE_TARGETS,
            "info",
            f"Electronic request: acknowledge by {by.isoformat()}.",
            acknowledge_by=by.isoformat(),
        )
    ]
