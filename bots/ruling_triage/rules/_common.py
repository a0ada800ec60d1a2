"""What the ruling rules share: citations, and how a finding carries the outcome it forces."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bots.ruling_triage.model import OUTCOME_PRECEDENCE, Outcome
from tradebots.facts import Finding, Severity

# Citations as customs-rules.md section 2 and the contract give them, kept in one place.
CITE_PROSPECTIVE = "19 CFR 177.1(a)(1)"
CITE_CURRENT = "19 CFR 177.1(a)(2)(i); 19 CFR 177.11"
CITE_COMPLETED = "19 CFR 177.1(a)(2)(ii); 19 CFR 177.7"
CITE_PROTEST_PERIOD = "19 U.S.C. 1514(c)(3)"
CITE_COURT = "19 CFR 177.7(b)"
CITE_NO_RULING = "19 CFR 177.7"
CITE_AGENT = "19 CFR 177.1"
CITE_ITEMS = "19 CFR 177.3"
# customs-rules.md states the routing and the 30-day target without a paragraph number; these name
# the section on submitting requests and the source of the target rather than guess one.
CITE_ROUTE = "19 CFR 177.2"
CITE_TARGETS = "CBP rulings program: service targets"

# Keys of Finding.data the decision reads.
OUTCOME = "outcome"  # the outcome this finding forces
OPEN = "open"  # a point the bot may not settle alone
MOOT_IF = "moot_if"  # settled outcomes under which that point cannot change the decision
REASON = "reason"  # a no_ruling ground, worded for the contract's `reason`
MISSING = "missing"  # a contract `missing` string


def finding(
    rule: str,
    citation: str,
    severity: Severity,
    message: str,
    *,
    outcome: Outcome | None = None,
    moot_if: Iterable[Outcome] | None = None,
    **data: Any,
) -> Finding:
    """A Finding whose data says which outcome it forces, or that it is an open point."""
    if outcome is not None:
        data[OUTCOME] = outcome
    if moot_if is not None:
        data[OPEN] = True
        data[MOOT_IF] = tuple(moot_if)
    return Finding(rule, citation, severity, message, data)


def first_outcome(outcomes: Iterable[Outcome]) -> Outcome:
    """The outcome that wins by OUTCOME_PRECEDENCE; accept when none applies."""
    present = set(outcomes)
    for outcome in OUTCOME_PRECEDENCE:
        if outcome in present:
            return outcome
    return "accept"


def blank(text: str | None) -> bool:
    """True when a text value is absent or only white space."""
    return text is None or not text.strip()
