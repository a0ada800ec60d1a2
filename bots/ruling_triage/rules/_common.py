"""What the ruling rules share: citations, and how a finding carries the outcome it forces."""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from bots.common.findings import first_outcome as common_first_outcome
from bots.ruling_triage.model import OUTCOME_PRECEDENCE, Outcome

# Citations as customs-rules.md section 2 and the contract give them, kept in one place.
CITE_PROSPECTIVE = "19 CFR 177.1(a)(1)"
CITE_CURRENT = "19 CFR 177.1(a)(2)(i); 19 CFR 177.11"
CITE_COMPLETED = "19 CFR 177.1(a)(2)(ii); 19 CFR 177.7"
CITE_PROTEST_PERIOD = "19 U.S.C. 1514(c)(3)"
CITE_COURT = "19 CFR 177.7(b)"
CITE_NO_RULING = "19 CFR 177.7"
CITE_AGENT = "19 CFR 177.1"
CITE_IMPORTER_NUMBER = "19 CFR 24.5"
# Not a regulation: CBP's practice for binding-ruling requests (customs-rules.md edge case 10).
CITE_ITEMS = "CBP practice for binding-ruling requests: at most five items of one class or kind"
# customs-rules.md states the routing and the 30-day target without a paragraph number; these name
# the section on submitting requests and the source of the target rather than guess one.
CITE_ROUTE = "19 CFR 177.2"
CITE_TARGETS = "CBP rulings program: service targets"

# Keys of Finding.data the decision and letters read.
REASON = "reason"  # a no_ruling ground, worded for the contract's `reason`
MISSING = "missing"  # a contract `missing` string
# RulingFacts.unsure: the requester's own name or address, not read, may be in the letter; the
# port(s) and a principal's address, the rest of 177.2(b)(1), stay concluded on their own.
UNSURE_REQUESTER = "177.2(b)(1) requester"


def first_outcome(outcomes: Iterable[str | None]) -> Outcome:
    """The outcome that wins by OUTCOME_PRECEDENCE; accept when none applies."""
    return cast(Outcome, common_first_outcome(outcomes, OUTCOME_PRECEDENCE))


def blank(text: str | None) -> bool:
    """True when a text value is absent or only white space."""
    return text is None or not text.strip()
