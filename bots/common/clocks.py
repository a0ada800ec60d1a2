"""The statutory clocks that keep running after a letter goes out (customs-rules.md).

Each kind says how long the period is and how many business days before it runs out a person
must be told; the follow-up is raised on a business day strictly before the last day. A bot
turns them into ClockRequests in its StepResult; the engine records them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bots.common.dates import add_years
from tradebots.bot import ClockRequest
from tradebots.calendar import add_business_days, next_business_day, previous_business_day


@dataclass(frozen=True)
class ClockRule:
    kind: str
    citation: str
    what: str
    days: int = 0  # calendar days after the start
    years: int = 0
    lead_business_days: int = 5
    shortened_citation: str = ""  # the rule that shortens the period, where it is another one


RULES: dict[str, ClockRule] = {rule.kind: rule for rule in (
    ClockRule("protest_decision", "19 CFR 174.21(a)",
              "protest must be allowed or denied within 2 years of filing", years=2,
              lead_business_days=20),
    ClockRule("exclusion_deemed_denial", "19 CFR 174.21(b)",
              "exclusion protest deemed denied unless decided within 30 days", days=30),
    ClockRule("accelerated_disposition", "19 CFR 174.22",
              "protest deemed denied on day 30 after the accelerated-disposition request was "
              "mailed", days=30),
    ClockRule("ruling_cure", "19 CFR 177.3",
              "deficient ruling request: 30 days to cure, else closed administratively", days=30,
              lead_business_days=3),
    ClockRule("prepenalty_response", "19 CFR 162.78(a); 19 U.S.C. 1592(b)(1)",
              "response to the pre-penalty notice due within 30 days of mailing", days=30),
    ClockRule("penalty_petition", "19 CFR 171.2(b)",
              "petition against the penalty notice due within 60 days of mailing", days=60,
              lead_business_days=10, shortened_citation="19 CFR 171.2(e)"),
)}




@dataclass(frozen=True)
class ClockDates:
    """When a clock runs out and the business day its follow-up is raised on."""

    expires: date
    raise_on: date


def clock_dates(rule: ClockRule, started: date, shortened_business_days: int | None = None
                ) -> ClockDates:
    """The last day of the period and the business day (strictly before it) to raise it on.

    SHORTENED_BUSINESS_DAYS replaces the period where the notice shortened it (162.78(a), 171.2(e)).
    """
    if shortened_business_days is not None:
        expires = add_business_days(started, shortened_business_days)
    elif rule.years:
        expires = add_years(started, rule.years)
    else:
        expires = started + timedelta(days=rule.days)
    raise_on = add_business_days(expires, -rule.lead_business_days)
    # Never before the first business day of the clock, never on or after its last day.
    raise_on = min(max(raise_on, next_business_day(started)), previous_business_day(expires))
    return ClockDates(expires=expires, raise_on=raise_on)


def clock_request(
    kind: str,
    started: date,
    *,
    case: str = "",
    shortened_business_days: int | None = None,
    note: str = "",
) -> ClockRequest:
    """KIND's clock from STARTED, for the step's result. CASE defaults to the item."""
    rule = RULES.get(kind)
    if rule is None:
        raise ValueError(f"unknown clock kind {kind!r} (known: {', '.join(sorted(RULES))})")
    dates = clock_dates(rule, started, shortened_business_days)
    shortened = shortened_business_days is not None and rule.shortened_citation
    return ClockRequest(kind=kind, citation=rule.shortened_citation if shortened else rule.citation,
                        started=started,
                        expires=dates.expires, raise_on=dates.raise_on,
                        note=note or rule.what, case=case)
