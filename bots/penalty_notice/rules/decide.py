"""decide_penalty(): the figures, limitations date, notice and outcome of a 1592 case."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from bots.common.findings import finding
from bots.penalty_notice.model import (
    LossOfDuties,
    Notice,
    Outcome,
    PenaltyDecision,
    PenaltyFacts,
    cents,
    usd,
)
from bots.penalty_notice.rules.barred import barred_entries, barred_finding
from bots.penalty_notice.rules.checks import (
    CITE_CULPABILITY,
    check_facts,
    check_identifiers,
    duties_complete,
    money_usable,
)
from bots.penalty_notice.rules.compute import (
    Figure,
    InterestDue,
    Loss,
    guideline_range,
    loss_of_duties,
    prior_disclosure_amount,
    proposed_penalty,
    statutory_maximum,
)
from bots.penalty_notice.rules.laws import check_notice_contents
from bots.penalty_notice.rules.periods import (
    less_than_a_year_left,
    limitations_date,
    petition_period,
)
from bots.penalty_notice.rules.response_period import prepenalty_response_period
from tradebots.facts import Finding

# Bump when a rule, a citation or the way the outcome is derived changes: decisions record it.
RULES_VERSION = "penalty-rules/2026.2"

PRE_PENALTY_THRESHOLD = Decimal(1000)  # 162.77(c): no pre-penalty notice at or below this
CITE_DEMAND = "19 U.S.C. 1592(d); 19 CFR 162.79b"
CITE_PRE_PENALTY = "19 U.S.C. 1592(b)(1); 19 CFR 162.77"
# No pre-penalty notice (162.77(c)): the penalty notice itself states the 162.77(b)(1) facts and
# the right to petition (162.79a); after a pre-penalty notice it is issued under 162.79.
CITE_NO_PRE_PENALTY = "19 CFR 162.77(c); 19 CFR 162.79a"
CITE_WAIVER = "19 U.S.C. 1621"


@dataclass(frozen=True)
class _Figures:
    maximum: Figure
    disclosure: Figure | InterestDue | None
    low: Decimal
    high: Decimal
    proposed: Figure | None


def decide_penalty(
    facts: PenaltyFacts, *, today: date, mailing_date: date | None = None
) -> tuple[PenaltyDecision, list[Finding]]:
    """Compute every figure and date with its cited finding, then the notice and the outcome.

    `today` decides whether the limitations date has passed; `mailing_date`, when known, dates the
    response period of the notice (without it the period is chosen from `today`, undated).
    """
    findings = [*check_facts(facts), *check_identifiers(facts), *check_notice_contents(facts)]
    loss = loss_of_duties(facts.entries) if duties_complete(facts) else None
    if loss is not None:
        findings.extend(_loss_findings(loss))
    figures = _figures(facts, loss, findings)

    limitations = None
    if facts.violation_date is not None:
        dated = limitations_date(facts.violation_date, fraud=facts.culpability == "fraud")
        limitations = dated.day
        findings.append(finding("PEN-SOL", dated.citation, "info", dated.explanation))
        findings.extend(_limitations_passed(limitations, today, mailing_date))
    barred = barred_entries(facts.entries, max(today, mailing_date or today))
    if barred:
        whole = figures.proposed.amount if figures and figures.proposed else None
        findings.append(barred_finding(facts, barred, whole, lambda timely: decide_penalty(
            timely, today=today, mailing_date=mailing_date)[0].proposed_penalty))

    outcome: Outcome = (
        "needs_human" if any(f.person_decides for f in findings) else "draft"
    )
    proposed = figures.proposed.amount if figures and figures.proposed else None
    notice = choose_notice(outcome, proposed, noncommercial=facts.noncommercial)
    findings.append(_notice_finding(notice, outcome, proposed, facts.noncommercial))

    decision = PenaltyDecision(
        loss_of_duties=None
        if loss is None
        else LossOfDuties(cents(loss.actual), cents(loss.potential), cents(loss.total)),
        statutory_max=figures.maximum.amount if figures else None,
        guideline_range=(cents(figures.low), cents(figures.high)) if figures else None,
        proposed_penalty=proposed,
        limitations_date=limitations,
        notice=notice,
        outcome=outcome,
        prior_disclosure_max=figures.disclosure.amount
        if figures and isinstance(figures.disclosure, Figure)
        else None,
        barred_entries=tuple(e.entry_number or "" for e in barred),
    )
    if notice != "none" and limitations is not None:
        decision, period_findings = _with_period(decision, limitations, today, mailing_date)
        findings.extend(period_findings)
    return decision, findings


def choose_notice(outcome: Outcome, proposed: Decimal | None, *, noncommercial: bool) -> Notice:
    """162.77(c): none for a person's case or a nil penalty; pre-penalty over $1,000, commercial."""
    if outcome == "needs_human" or proposed is None or proposed == 0:
        return "none"
    if proposed > PRE_PENALTY_THRESHOLD and not noncommercial:
        return "pre_penalty"
    return "penalty"


def _loss_findings(loss: Loss) -> list[Finding]:
    found = [
        finding("PEN-LOD", loss.citation, "info", loss.explanation, amount=str(cents(loss.total)),
                plain=loss.plain)
    ]
    if loss.actual > 0:
        found.append(
            finding(
                "PEN-DEMAND",
                CITE_DEMAND,
                "info",
                f"{CITE_DEMAND}: the actual loss of duties {usd(loss.actual)} is demanded as well, "
                "payable within 30 days.",
                amount=str(cents(loss.actual)),
            )
        )
    return found


def _figures(facts: PenaltyFacts, loss: Loss | None, findings: list[Finding]) -> _Figures | None:
    """The money figures, with their findings appended; None when a value they need is missing."""
    culpability, dv, dutiable = facts.culpability, facts.domestic_value, facts.dutiable_value
    if loss is None or culpability is None or dv is None or not money_usable(dv):
        return None
    if dutiable is not None and not money_usable(dutiable):
        return None
    if loss.total == 0 and dutiable is None:
        findings.append(
            finding(
                "PEN-FACTS",
                CITE_CULPABILITY,
                "error",
                "With no loss of duties the dutiable value is needed, and it is not given.",
                person_decides=True,
                field="dutiable_value",
            )
        )
        return None
    maximum = statutory_maximum(culpability, loss.total, dv, dutiable)
    findings.append(_figure_finding("PEN-MAX", maximum))
    disclosure = None
    if facts.prior_disclosure:
        disclosure = prior_disclosure_amount(culpability, loss, dutiable)
        if isinstance(disclosure, InterestDue):
            findings.append(
                finding(
                    "PEN-PD", disclosure.citation, "warning", disclosure.explanation,
                    person_decides=True,
                )
            )
        elif culpability != "fraud":
            findings.append(_nil_disclosure(disclosure))
        else:
            findings.append(_figure_finding("PEN-PD", disclosure))
    span = guideline_range(culpability, loss.total, dv, dutiable)
    note = " (with the prior disclosure the penalty may not exceed the 1592(c)(4) amount)"
    findings.append(
        finding(
            "PEN-RANGE",
            span.citation,
            "info",
            span.explanation + (note if facts.prior_disclosure else ""),
            low=str(cents(span.low)),
            high=str(cents(span.high)),
        )
    )
    proposed = proposed_penalty(culpability, maximum, disclosure)
    if proposed is not None:
        findings.append(_figure_finding("PEN-PROPOSED", proposed))
    return _Figures(maximum, disclosure, span.low, span.high, proposed)


def _nil_disclosure(disclosure: Figure) -> Finding:
    """A (gross) negligence disclosure with no actual loss: 1592(c)(4)(B) gives $0 today, but the
    contract sends every such disclosure to a person, and hands read that point both ways; the
    loss turns actual on liquidation, and interest then runs, so closing it is a person's call."""
    return finding(
        "PEN-PD", disclosure.citation, "warning",
        f"{disclosure.explanation}; a person confirms it (the loss becomes actual on "
        "liquidation, and interest then runs from liquidation to tender)",
        amount=str(disclosure.amount), plain=disclosure.plain, person_decides=True,
    )


def _figure_finding(rule: str, figure: Figure) -> Finding:
    return finding(rule, figure.citation, "info", figure.explanation, amount=str(figure.amount),
                   plain=figure.plain)


def _limitations_passed(limitations: date, today: date, mailing_date: date | None) -> list[Finding]:
    # A case past its limitations date is not drafted (1621); nor is a notice mailed after it.
    for label, day in (("today", today), ("the mailing date", mailing_date)):
        if day is not None and day > limitations:
            return [
                finding(
                    "PEN-SOL",
                    CITE_WAIVER,
                    "error",
                    f"The limitations date {limitations} is before {label} {day}: the case is not "
                    "drafted; a person decides.",
                    person_decides=True,
                )
            ]
    return []


def _notice_finding(
    notice: Notice, outcome: Outcome, proposed: Decimal | None, noncommercial: bool
) -> Finding:
    if notice == "pre_penalty":
        return finding(
            "PEN-NOTICE",
            CITE_PRE_PENALTY,
            "info",
            f"A pre-penalty notice: the proposed penalty {usd(proposed or Decimal(0))} is over "
            f"{usd(PRE_PENALTY_THRESHOLD)} and the importation is commercial.",
        )
    if notice == "penalty":
        why = (
            "the importation is noncommercial"
            if noncommercial
            else (
                f"the claim {usd(proposed or Decimal(0))} is {usd(PRE_PENALTY_THRESHOLD)} or less"
            )
        )
        return finding(
            "PEN-NOTICE",
            CITE_NO_PRE_PENALTY,
            "info",
            f"No pre-penalty notice ({why}): straight to the penalty notice.",
        )
    why = "a person decides first" if outcome == "needs_human" else "the proposed penalty is $0.00"
    return finding("PEN-NOTICE", CITE_PRE_PENALTY, "info", f"No notice is drafted: {why}.")


def _with_period(
    decision: PenaltyDecision, limitations: date, today: date, mailing_date: date | None
) -> tuple[PenaltyDecision, list[Finding]]:
    """The notice's response period, and edge case 14: with under a year left, ask for a waiver."""
    reference = mailing_date or today
    found: list[Finding] = []
    if decision.notice == "pre_penalty":
        period = prepenalty_response_period(limitations, reference, mailing_date)
        dated = replace(decision, representations_due=period.due, period_shortened=period.shortened)
    else:
        period = petition_period(limitations, reference, mailing_date)
        dated = replace(decision, petition_due=period.due, period_shortened=period.shortened)
    found.append(
        finding(
            "PEN-PERIOD", period.citation, "info", period.explanation, shortened=period.shortened
        )
    )
    if less_than_a_year_left(limitations, reference):
        found.append(
            finding(
                "PEN-WAIVER",
                CITE_WAIVER,
                "warning",
                f"Less than a year remains before the limitations date {limitations}: ask the "
                "party to waive the statute of limitations.",
            )
        )
    if period.due is not None and period.due > limitations:
        found.append(
            finding(
                "PEN-PERIOD",
                period.citation,
                "warning",
                f"The response period ends on {period.due}, after the limitations date "
                f"{limitations}.",
            )
        )
    return dated, found
