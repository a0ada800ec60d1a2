"""The law of shared/domain/customs-rules.md for the truths: dates, check digits, penalties."""

from __future__ import annotations

import datetime as dt

import holidays

OLD_RULE_BEFORE = dt.date(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E check digit of a filer code and a seven-digit transaction number."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in filer + serial]
    total = 0
    for position, digit in enumerate(digits, start=1):
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """The entry number printed as XXX-NNNNNNN-C."""
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def protest_last_day(entry_date: dt.date | None, liquidated: dt.date) -> dt.date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    days = 90 if entry_date is not None and entry_date < OLD_RULE_BEFORE else 180
    return liquidated + dt.timedelta(days=days)


def business_day(day: dt.date) -> bool:
    """Neither a weekend nor a federal holiday (5 U.S.C. 6103, observed days)."""
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def federal_holidays(year: int) -> list[dt.date]:
    """The federal holidays of YEAR with their observed days."""
    return sorted(holidays.country_holidays("US", years=year))


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after DAY."""
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def timing(
    received: dt.date, liquidated: dt.date, last: dt.date, liquidation_decision: bool
) -> str:
    """One entry's timing: premature, timely, grace (P-TIME-5, needs a person) or untimely."""
    if liquidation_decision and received < liquidated:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    """needs_human, premature, untimely, invalid, deficient, accept: the first that applies."""
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day YEARS later (no case uses 29 February)."""
    return day.replace(year=day.year + years)


# App. B (F)(2): (low, high) in tenths of LOD, which are also the percent of dutiable value.
RANGES = {"fraud": (50, 80), "gross_negligence": (25, 40), "negligence": (5, 20)}


def penalty_figures(
    culpability: str, lod: int, dv: int, dutiable: int, disclosed: bool
) -> tuple[int, tuple[int, int], int | None]:
    """Statutory maximum, guideline range and proposed penalty in cents (None: for a person)."""
    if culpability == "fraud":
        maximum = dv
    else:
        times, percent = (4, 40) if culpability == "gross_negligence" else (2, 20)
        maximum = min(dv, times * lod) if lod > 0 else min(dv, dutiable * percent // 100)
    low, high = RANGES[culpability]
    if lod > 0:
        rng = (min(dv, lod * low // 10), min(dv, lod * high // 10))
    else:
        rng = (min(dv, dutiable * low // 100), min(dv, dutiable * high // 100))
    if not disclosed:
        proposed: int | None = dv if culpability == "fraud" else maximum
    elif culpability == "fraud":
        proposed = lod if lod > 0 else dutiable // 10
    else:
        proposed = None
    return maximum, rng, proposed


def notice(proposed: int | None, noncommercial: bool, needs_human: bool) -> str:
    """162.77(c): no pre-penalty notice for $1,000 or less or a noncommercial importation."""
    if needs_human or not proposed:
        return "none"
    return "pre_penalty" if proposed > 100_000 and not noncommercial else "penalty"
