"""19 CFR 162.78(a): how long the named person has to answer a pre-penalty notice.

Pure: dates in, a ResponsePeriod out. 30 days from the date of mailing; the Fines, Penalties and
Forfeitures Officer may specify a shorter period, not less than 7 days, only when less than one
year remains before the statute of limitations (19 U.S.C. 1621) may be asserted. The office then
gives 7 business days: never fewer than the 7 days the rule allows, and never a last day that
falls on a weekend or holiday.
"""

from __future__ import annotations

from datetime import date, timedelta

from bots.penalty_notice.rules.periods import (
    SHORT_BUSINESS_DAYS,
    ResponsePeriod,
    less_than_a_year_left,
)
from tradebots.calendar import add_business_days

CITE_RESPONSE = "19 CFR 162.78(a)"
RESPONSE_DAYS = 30  # calendar days from mailing


def prepenalty_response_period(
    limitations: date, reference: date, mailing_date: date | None
) -> ResponsePeriod:
    """The response period of a pre-penalty notice mailed on MAILING_DATE (None: not yet known).

    REFERENCE is the day the time left before LIMITATIONS is measured from (the mailing date when
    known)."""
    if less_than_a_year_left(limitations, reference):
        due = None if mailing_date is None else add_business_days(mailing_date, SHORT_BUSINESS_DAYS)
        return ResponsePeriod(
            due, True, CITE_RESPONSE,
            f"{CITE_RESPONSE}: less than a year remains before the limitations date "
            f"{limitations}, so the period is shortened: a response within "
            f"{SHORT_BUSINESS_DAYS} business days of mailing{_by(due)}",
        )
    due = None if mailing_date is None else mailing_date + timedelta(days=RESPONSE_DAYS)
    return ResponsePeriod(
        due, False, CITE_RESPONSE,
        f"{CITE_RESPONSE}: a response within {RESPONSE_DAYS} days of mailing{_by(due)}",
    )


def _by(due: date | None) -> str:
    return f", by {due}" if due is not None else " (the mailing date is not set yet)"
