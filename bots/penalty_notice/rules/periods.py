"""The dates of a 1592 case: limitations date (1621) and the notices' response periods.

Pure: dates in, dates out. `reference` is the day the time left is measured from: the mailing date
of the notice when it is known, else the day the case is decided.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from bots.common.dates import add_years
from tradebots.calendar import add_business_days

CITE_LIMITATIONS = "19 U.S.C. 1621; 19 CFR Part 171 App. B (E)(1)(d)"
CITE_PETITION = "19 CFR 171.2(b)"
CITE_PETITION_SHORT = "19 CFR 171.2(e)"

LIMITATION_YEARS = 5
PETITION_DAYS = 60  # calendar days from mailing (171.2(b))
SHORT_BUSINESS_DAYS = 7  # a shortened period (162.78(a): not below 7 days; 171.2(e))
PETITION_SHORT_WHEN_UNDER = 180  # days left on the limitations period (171.2(e))


@dataclass(frozen=True)
class Dated:
    """A date the rules give, with the citation and the sentence that explains it."""

    day: date
    citation: str
    explanation: str


@dataclass(frozen=True)
class ResponsePeriod:
    """How long the party has to answer a notice; `due` is None when the mailing date is unknown."""

    due: date | None
    shortened: bool
    citation: str
    explanation: str



def limitations_date(violation_date: date, *, fraud: bool = False) -> Dated:
    """Five years after the violation (1621), for fraud too, as App. B (E)(1)(d) computes it."""
    day = add_years(violation_date, LIMITATION_YEARS)
    explanation = f"{CITE_LIMITATIONS}: five years after the violation on {violation_date}: {day}"
    if fraud:
        # 1621 runs from discovery for fraud; the earlier, date-of-violation figure is the safe one.
        explanation += " (fraud: computed as if not fraud, from the violation, not its discovery)"
    return Dated(day, CITE_LIMITATIONS, explanation)


def less_than_a_year_left(limitations: date, reference: date) -> bool:
    """True when under one year remains from `reference` to the limitations date."""
    return add_years(reference, 1) > limitations


def petition_period(
    limitations: date, reference: date, mailing_date: date | None
) -> ResponsePeriod:
    """Penalty notice: petition within 60 days of mailing, or 7 working days with under 180 left."""
    left = (limitations - reference).days
    if left < PETITION_SHORT_WHEN_UNDER:
        due = None if mailing_date is None else add_business_days(mailing_date, SHORT_BUSINESS_DAYS)
        return ResponsePeriod(
            due,
            True,
            CITE_PETITION_SHORT,
            f"{CITE_PETITION_SHORT}: {left} days remain before the limitations date "
            f"{limitations}: petition within {SHORT_BUSINESS_DAYS} working days of "
            f"mailing{_until(mailing_date, due)}",
        )
    due = None if mailing_date is None else mailing_date + timedelta(days=PETITION_DAYS)
    return ResponsePeriod(
        due,
        False,
        CITE_PETITION,
        f"{CITE_PETITION}: petition within {PETITION_DAYS} days of mailing"
        f"{_until(mailing_date, due)}",
    )


def _until(mailing_date: date | None, due: date | None) -> str:
    if mailing_date is None or due is None:
        return " (mailing date not set)"
    return f" on {mailing_date}: by {due}"
