"""All protest rules together, and the outcome by the contract's precedence."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date

from bots.common.findings import finding, settle_open_points
from bots.protest_intake.model import (
    OUTCOME_PRECEDENCE,
    Outcome,
    PriorProtest,
    ProtestDecision,
    ProtestFacts,
)
from bots.protest_intake.rules._common import (
    CITE_AMENDMENT,
    first_outcome,
)
from bots.protest_intake.rules.contents import check_contents, check_several_entries
from bots.protest_intake.rules.formats import (
    check_entry_numbers,
    check_importer_number,
    check_protest_and_port,
)
from bots.protest_intake.rules.procedure import (
    check_accelerated,
    check_denial,
    check_exclusion_clock,
    check_further_review,
    check_unclear_answers,
    check_unsettled_dates,
)
from bots.protest_intake.rules.timeliness import check_timeliness
from bots.protest_intake.rules.validity import (
    check_one_protest,
    check_protestable,
    check_stated_earlier,
)
from tradebots.facts import Finding

# Bump when a rule, a citation or the way the outcome is derived changes: decisions record it.
RULES_VERSION = "protest-rules/2025.6"


def decide(
    facts: ProtestFacts,
    *,
    today: date,
    prior_protests: Sequence[PriorProtest] = (),
    portal_liquidation: Mapping[str, date] | None = None,
    portal_unliquidated: Collection[str] = (),
) -> tuple[ProtestDecision, list[Finding]]:
    """Run every protest rule on the facts and derive outcome, deadline, last days and missing.

    `prior_protests` are the protests on file for these entries; `portal_liquidation` maps entry
    numbers to the liquidation dates on record, which win over the protest's own;
    `portal_unliquidated` names entries on record as not liquidated yet.
    """
    timeliness = check_timeliness(facts, today=today, portal_liquidation=portal_liquidation,
                                  portal_unliquidated=portal_unliquidated)
    findings = [
        *timeliness.findings,
        *check_entry_numbers(facts),
        *check_importer_number(facts),
        *check_protest_and_port(facts),
        *check_contents(facts, prior_protests),
        *check_several_entries(facts),
        *check_one_protest(facts, prior_protests),
        *check_stated_earlier(facts),
        *check_protestable(facts),
        *check_accelerated(facts),
        *check_further_review(facts),
        *check_unclear_answers(facts),
        *check_unsettled_dates(facts),
        *check_exclusion_clock(facts, today=today),
    ]
    findings = settle_open_points(findings, OUTCOME_PRECEDENCE)
    outcome = outcome_of(findings)
    findings.extend(check_denial(outcome))
    deadline = min(timeliness.last_days.values(), default=None)
    if outcome == "deficient" and deadline is not None:
        findings.append(_amendment_window(deadline, today))
    missing = sorted(
        {f.data["missing"] for f in findings if "missing" in f.data},
        key=lambda item: int(item.rsplit("(", 1)[1].rstrip(")")),
    )
    decision = ProtestDecision(outcome, deadline, dict(timeliness.last_days), tuple(missing))
    return decision, findings


def outcome_of(findings: Sequence[Finding]) -> Outcome:
    """The first outcome any finding forces, in the contract's order; accept when none does."""
    return first_outcome(f.outcome for f in findings)


def _amendment_window(deadline: date, today: date) -> Finding:
    # 174.14: a deficient protest can be amended until its period ends; after that only new
    # arguments for claims already made (174.28), so a missing item can no longer be supplied.
    if today <= deadline:
        return finding(
            "P-AMEND-1",
            CITE_AMENDMENT,
            "info",
            f"The deficiencies can be cured by amendment until {deadline}.",
        )
    return finding(
        "P-AMEND-1",
        CITE_AMENDMENT,
        "warning",
        f"The period ended on {deadline}: the deficiencies can no longer be cured by amendment.",
    )
