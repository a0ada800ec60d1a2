"""The law of shared/domain/customs-rules.md as this hand reads it: dates and cents in, results."""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays

OLD_REGIME = dt.date(2004, 12, 18)  # entries made before this date have 90 days (174.12(e))


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters A=1.., digits in even positions doubled and their digits summed."""
    total = 0
    for position, char in enumerate(filer + serial, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


@cache
def _federal(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("US", years=year, observed=True).keys())


def business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103 with observed days)."""
    return day.weekday() < 5 and day not in _federal(day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date, decided: dt.date) -> dt.date:
    """Liquidation (or decision) + 180 days, + 90 for entries made before 2004-12-18."""
    return decided + dt.timedelta(days=90 if entry_date < OLD_REGIME else 180)


def timing(received: dt.date, decided: dt.date, last: dt.date, needs_liquidation: bool) -> str:
    """premature | timely | grace (P-TIME-5, a person decides) | untimely."""
    if needs_liquidation and received < decided:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


PROTEST_ORDER = ("needs_human", "premature", "untimely", "invalid", "deficient", "accept")


def protest_outcome(timings: list[str], invalid: bool, missing: list[int]) -> str:
    """Precedence of the contract; mixed timings across entries go to a person."""
    found: set[str] = set()
    if "grace" in timings or len(set(timings)) > 1:
        found.add("needs_human")
    elif timings and timings[0] in ("premature", "untimely"):
        found.add(timings[0])
    if invalid:
        found.add("invalid")
    if missing:
        found.add("deficient")
    return next(o for o in PROTEST_ORDER if o in found or o == "accept")


HQ_SUBJECTS = {"valuation", "carrier", "other"}


def ruling_route(subjects: list[str], reconsider_ny: bool) -> str:
    """NCSD for classification, marking, origin; HQ if any subject is HQ's or NY is reconsidered."""
    return "HQ" if reconsider_ny or any(s in HQ_SUBJECTS for s in subjects) else "NCSD"


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def penalty_figures(
    culpability: str, lod: int, dv: int, dutiable: int, prior_disclosure: bool
) -> tuple[int, tuple[int, int], int | None]:
    """(statutory max, App. B range, proposed penalty or None when interest is needed), in cents.

    Every input is chosen so that each product below is whole cents (checked by the caller)."""
    factors = {
        "fraud": (5, 8, 50, 80),
        "gross_negligence": (2.5, 4, 25, 40),
        "negligence": (0.5, 2, 5, 20),
    }
    lo_x, hi_x, lo_pct, hi_pct = factors[culpability]
    if culpability == "fraud":
        maximum = dv
    elif lod > 0:
        maximum = min(dv, int(hi_x * lod))
    else:
        maximum = min(dv, dutiable * hi_pct // 100)
    if lod > 0:
        low, high = int(lo_x * lod), int(hi_x * lod)
    else:
        low, high = dutiable * lo_pct // 100, dutiable * hi_pct // 100
    span = (min(low, dv), min(high, dv))
    proposed: int | None = maximum
    if prior_disclosure:
        # (gross) negligence: interest on the actual loss, which a person computes
        proposed = (lod if lod > 0 else dutiable // 10) if culpability == "fraud" else None
    return maximum, span, proposed


def exact(cents: int, *divisors: int) -> bool:
    """Whether cents divide evenly, so that a percentage or a half is exact to the cent."""
    return all(cents % d == 0 for d in divisors)
