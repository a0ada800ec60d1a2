"""How the protest is handled: accelerated disposition (174.22), further review (174.24-174.26),
the exclusion clock (174.21(b)) and what a denial must tell the protestant (174.30(a))."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from bots.common.findings import finding
from bots.protest_intake.model import Outcome, ProtestFacts
from bots.protest_intake.rules._common import (
    AT_LEAST_DEFICIENT,
    CITE_ACCELERATED,
    CITE_AFR_CONTENTS,
    CITE_AFR_CRITERIA,
    CITE_AFR_ROUTING,
    CITE_COURT,
    CITE_DENIAL,
    CITE_EXCLUSION_CLOCK,
)
from tradebots.facts import Finding

Route = Literal["headquarters", "port"]

_CRITERION = re.compile(r"^(?:19\s*CFR\s*)?(?:174\.24\s*)?\(?([a-d])\)?$", re.I)
EXCLUSION_DAYS = 30
# 28 U.S.C. 2636(a): a civil action contesting a denial is begun within 180 days after the notice
# of denial is mailed, or after a denial by operation of law (174.21(b), 174.31(c)).
COURT_DAYS = 180


def afr_criterion(text: str | None) -> str | None:
    """The 174.24 criterion letter ("a".."d") from "b", "(b)" or "174.24(b)"; None otherwise."""
    match = _CRITERION.match((text or "").strip())
    return match.group(1).lower() if match else None


def afr_route(criterion: str) -> Route:
    """174.26(b): Headquarters for (a) lack of uniformity and (b) a question never ruled on.

    (c) and (d) go to a port reviewer who took no part in the decision, the rule's "otherwise";
    the reviewer can still refer a uniformity or interpretation question to Headquarters.
    """
    return "headquarters" if criterion in ("a", "b") else "port"


def check_accelerated(facts: ProtestFacts) -> list[Finding]:
    """174.22: accelerated disposition goes by certified or registered mail, not electronically."""
    if not facts.accelerated_disposition:
        return []
    if facts.filed_electronically:
        return [
            finding(
                "P-ACCEL-1",
                CITE_ACCELERATED,
                "warning",
                "Accelerated disposition was ticked on an electronically filed protest: the "
                "request is not valid (it must go by certified or registered mail) and starts no "
                "30-day clock.",
            )
        ]
    return [
        finding(
            "P-ACCEL-1",
            CITE_ACCELERATED,
            "info",
            "Accelerated disposition requested: the protest is deemed denied on day 30 after the "
            "request was mailed; no amendment is allowed from now on (174.14).",
        )
    ]


def check_unclear_answers(facts: ProtestFacts) -> list[Finding]:
    """A question the rules need, answered in a way they cannot use (left blank, N/A, both
    ticked), goes to a person with the reason, unless the outcome does not turn on it."""
    return [
        finding("P-ANS-1", citation, "warning", f"{why} A person reads the answer.",
                moot_if=AT_LEAST_DEFICIENT)
        for citation, why in facts.unclear_answers
    ]


def check_unsettled_dates(facts: ProtestFacts) -> list[Finding]:
    """An entry's date printed so that its day and month could be swapped, nothing in the
    protest settling which: the deadline (1514(c)(3); 174.12(e)) or the premature test may turn
    on it, so a person reads it."""
    return [finding("P-DATE-1", f"19 CFR 174.13(a)({item})", "warning",
                    f"{why} A person reads the date.", outcome="needs_human")
            for item, why in facts.unsettled_dates]


def check_further_review(facts: ProtestFacts) -> list[Finding]:
    """174.25(b) the application names its 174.24 criterion; 174.26(b) where it goes."""
    if not facts.further_review_requested:
        return []
    if facts.afr_criterion is None or not facts.afr_criterion.strip():
        return [
            finding(
                "P-AFR-1",
                CITE_AFR_CONTENTS,
                "warning",
                "Further review is asked for without saying which 174.24 criterion applies.",
            )
        ]
    criterion = afr_criterion(facts.afr_criterion)
    if criterion is None:
        return [
            finding(
                "P-AFR-2",
                CITE_AFR_CRITERIA,
                "warning",
                f"Further review criterion {facts.afr_criterion!r} is not one of 174.24(a)-(d).",
            )
        ]
    route = afr_route(criterion)
    where = "Headquarters" if route == "headquarters" else "a port reviewer not involved before"
    return [
        finding(
            "P-AFR-3",
            CITE_AFR_ROUTING,
            "info",
            f"Further review under 174.24({criterion}) goes to {where}.",
            route=route,
            criterion=criterion,
        )
    ]


def deemed_denial_day(received: date) -> date:
    """174.21(b): the 30th day after filing, when an undecided exclusion protest stands denied."""
    return received + timedelta(days=EXCLUSION_DAYS)


def exclusion_denied_on(facts: ProtestFacts) -> date | None:
    """The day an exclusion protest is deemed denied unless decided before it; None otherwise."""
    if facts.category != "exclusion" or facts.received_date is None:
        return None
    return deemed_denial_day(facts.received_date)


def deemed_denied(facts: ProtestFacts, today: date) -> bool:
    """Whether an exclusion protest's 30 days ran out by TODAY: it stands denied (174.21(b))."""
    denied_on = exclusion_denied_on(facts)
    return denied_on is not None and today >= denied_on


def court_deadline(denied_on: date) -> date:
    """The last day to contest a denial in the Court of International Trade (2636(a))."""
    return denied_on + timedelta(days=COURT_DAYS)


def check_exclusion_clock(facts: ProtestFacts, *, today: date) -> list[Finding]:
    """174.21(b): an exclusion protest not decided before day 30 after filing is deemed denied;
    once it is, the letter gives the date to sue instead of promising a decision."""
    denied_on = exclusion_denied_on(facts)
    if denied_on is None:
        return []
    if not deemed_denied(facts, today):
        return [finding("P-EXCL-1", CITE_EXCLUSION_CLOCK, "info",
                        f"Exclusion protest: deemed denied on {denied_on} unless decided before "
                        "then.", deemed_denied_on=str(denied_on))]
    court_by = court_deadline(denied_on)
    return [finding("P-EXCL-1", f"{CITE_EXCLUSION_CLOCK}; {CITE_COURT}", "warning",
                    f"Exclusion protest not decided within 30 days of filing: deemed denied on "
                    f"{denied_on}. The letter says so and gives the last day to contest the "
                    f"denial in the Court of International Trade, {court_by} (180 days from "
                    "the deemed denial).",
                    deemed_denied_on=str(denied_on), court_by=str(court_by))]


def check_denial(outcome: Outcome) -> list[Finding]:
    """174.30(a): an untimely or premature protest is denied by a notice that gives the reason
    and the right to contest the denial in the Court of International Trade."""
    if outcome not in ("untimely", "premature"):
        return []
    return [finding("P-DENY-1", CITE_DENIAL, "info",
                    f"The protest is denied as {outcome}: the notice of denial states the reason "
                    "and the right to contest the denial in the Court of International Trade "
                    "within 180 days after the notice is mailed.")]
