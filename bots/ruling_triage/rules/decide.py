"""All ruling-request rules together, and the decision by the outcome precedence.

Precedence (model.OUTCOME_PRECEDENCE): needs_human, no_ruling, deficient, accept. A finding either
forces an outcome or is an open point (a fact the bot may not settle, e.g. whether items are of one
kind). The settled outcome is the first forced one; an open point sends the request to a person
only when it could change that outcome: a certain no_ruling ground makes every open point here
moot, a certain deficiency makes the item-kind question moot. `missing` lists every 177.2 element
the letter lacks whatever the outcome; `reason` is given only with no_ruling.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bots.common.findings import settle_open_points
from bots.ruling_triage.model import (
    MISSING_ORDER,
    OUTCOME_PRECEDENCE,
    Outcome,
    RulingDecision,
    RulingFacts,
)
from bots.ruling_triage.rules._common import MISSING, REASON, first_outcome
from bots.ruling_triage.rules.completeness import check_completeness, check_items
from bots.ruling_triage.rules.eligibility import (
    check_agent,
    check_no_ruling_grounds,
    check_prospective,
)
from bots.ruling_triage.rules.identifiers import check_importer_number, check_request_date
from bots.ruling_triage.rules.routing import acknowledgement, due_finding, route_of, target_date
from tradebots.facts import Finding

# Bump when a rule, a citation or the way the outcome is derived changes: decisions record it.
RULES_VERSION = "ruling-rules/2025.5"


def decide_ruling(facts: RulingFacts, *, received: date) -> tuple[RulingDecision, list[Finding]]:
    """Run every ruling rule on the facts; `received` is the date CBP received the request."""
    route, route_findings = route_of(facts)
    findings = settle_open_points(
        [
            *check_no_ruling_grounds(facts),
            *check_prospective(facts, received=received),
            *check_completeness(facts),
            *check_items(facts),
            *check_agent(facts),
            *check_importer_number(facts),
            *check_request_date(facts),
            *route_findings,
        ],
        OUTCOME_PRECEDENCE,
    )
    outcome = outcome_of(findings)
    due = target_date(route, outcome, received)
    findings.append(due_finding(route, due))
    findings.extend(acknowledgement(facts, received))
    decision = RulingDecision(
        outcome=outcome,
        route=route,
        missing=missing_of(findings),
        reason=_reason(findings) if outcome == "no_ruling" else None,
        due=due,
    )
    return decision, findings


def outcome_of(findings: Sequence[Finding]) -> Outcome:
    """The first outcome any finding forces, by precedence; accept when none does."""
    return first_outcome(f.outcome for f in findings)


def missing_of(findings: Sequence[Finding]) -> tuple[str, ...]:
    """The contract's `missing` strings the findings carry, each once, in the regulation's order."""
    present = {f.data[MISSING] for f in findings if MISSING in f.data}
    return tuple(item for item in MISSING_ORDER if item in present)


def _reason(findings: Sequence[Finding]) -> str:
    # Every ground is named, court first: the answer must not suggest that curing one would help.
    return "; ".join(f.data[REASON] for f in findings if f.outcome == "no_ruling")
