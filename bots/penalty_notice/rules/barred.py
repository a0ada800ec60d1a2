"""1621 per entry: each entry is its own violation with its own five-year limit.

customs-rules.md section 3: the limit runs five years from the entry date (computed as if not
fraud); a referral with any barred entry goes to a person, who splits the case, and the finding
says what the barred entries take out of the loss, the penalty and the 1592(d) demand.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from bots.common.dates import add_years
from bots.common.findings import finding
from bots.penalty_notice.model import PenaltyEntry, PenaltyFacts, usd
from bots.penalty_notice.rules.checks import duties_complete
from bots.penalty_notice.rules.compute import loss_of_duties
from bots.penalty_notice.rules.periods import LIMITATION_YEARS
from tradebots.facts import Finding

CITE_ENTRY_LIMIT = "19 U.S.C. 1621"

# The proposed penalty of the timely entries alone (None when it cannot be computed):
# decide_penalty's, passed in so that this module does not import the module that imports it.
Proposal = Callable[[PenaltyFacts], Decimal | None]


def entry_limit(entry_date: date) -> date:
    """The last day a penalty may be sought for one entry: five years after its entry date."""
    return add_years(entry_date, LIMITATION_YEARS)


def barred_entries(entries: tuple[PenaltyEntry, ...], on: date) -> tuple[PenaltyEntry, ...]:
    """The entries whose own limit has passed on `on` (an entry without a date is not judged)."""
    return tuple(e for e in entries if e.entry_date is not None and entry_limit(e.entry_date) < on)


def barred_finding(
    facts: PenaltyFacts, barred: tuple[PenaltyEntry, ...], whole: Decimal | None,
    proposal: Proposal,
) -> Finding:
    """The person's finding: which entries are barred and what they take out of the figures."""
    names = ", ".join(
        f"{e.entry_number or 'an entry'} (entered {e.entry_date}, limit "
        f"{entry_limit(e.entry_date)})" for e in barred if e.entry_date is not None
    )
    timely = tuple(e for e in facts.entries if e not in barred)
    message = (f"{CITE_ENTRY_LIMIT}: each entry is its own violation with its own five-year "
               f"limit; barred: {names}. {_what_they_take(facts, barred, timely, whole, proposal)} "
               "A person splits the case.")
    return finding("PEN-SOL-ENTRY", CITE_ENTRY_LIMIT, "error", message, person_decides=True,
                   barred=[e.entry_number for e in barred])


def _what_they_take(
    facts: PenaltyFacts,
    barred: tuple[PenaltyEntry, ...],
    timely: tuple[PenaltyEntry, ...],
    whole: Decimal | None,
    proposal: Proposal,
) -> str:
    if not duties_complete(facts):
        return "What they take out of the figures cannot be computed: the duties are incomplete."
    out = loss_of_duties(barred)
    rest = proposal(replace(facts, entries=timely)) if timely else Decimal(0)
    if whole is None or rest is None:
        penalty = "the proposed penalty a person computes"
    else:
        penalty = f"{usd(whole - rest)} of the proposed penalty ({usd(whole)} -> {usd(rest)})"
    return (f"They take out {usd(out.total)} of the loss of duties ({usd(out.actual)} actual, "
            f"{usd(out.potential)} potential), {penalty} and {usd(out.actual)} of the 1592(d) "
            "demand.")


