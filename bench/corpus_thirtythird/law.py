"""The law the truths are computed from (shared/domain/customs-rules.md), in whole cents."""

from __future__ import annotations

import datetime as dt
import functools

import holidays

OLD_RULE_CUTOFF = dt.date(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters A..I become 1..9, even positions doubled and digit-summed."""
    total = 0
    for pos, ch in enumerate(filer + serial, start=1):
        value = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def protest_last_day(entry_date: dt.date, decision_date: dt.date) -> dt.date:
    """Liquidation (or decision) + 180 days; + 90 for entries made before 2004-12-18."""
    return decision_date + dt.timedelta(days=90 if entry_date < OLD_RULE_CUTOFF else 180)


@functools.cache
def _federal_holidays(year: int) -> frozenset[dt.date]:
    """5 U.S.C. 6103 holidays with their observed days."""
    return frozenset(holidays.country_holidays("US", years=year, observed=True))


def business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _federal_holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def timing(received: dt.date, decision: dt.date, last: dt.date, liquidating: bool) -> str:
    """One entry's clock: premature, timely, grace (P-TIME-5, needs a person) or untimely."""
    if liquidating and received <= decision:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def _capped(cents: int, dv: int) -> int:
    return min(cents, dv)


def penalty_figures(
    culpability: str, lod: int, dv: int, dutiable: int, disclosed: bool, actual: int = 0
) -> tuple[int, tuple[int, int], int | None]:
    """Statutory maximum, App. B (F)(2) range and pre-penalty proposal (None: a person computes)."""
    if culpability == "fraud":
        top, low_x, high_x, low_pct, high_pct = dv, 50, 80, 50, 80
    elif culpability == "gross_negligence":
        top = min(dv, 4 * lod) if lod else min(dv, dutiable * 40 // 100)
        low_x, high_x, low_pct, high_pct = 25, 40, 25, 40
    else:
        top = min(dv, 2 * lod) if lod else min(dv, dutiable * 20 // 100)
        low_x, high_x, low_pct, high_pct = 5, 20, 5, 20
    if lod:
        low, high = lod * low_x // 10, lod * high_x // 10
    else:
        low, high = dutiable * low_pct // 100, dutiable * high_pct // 100
    proposed: int | None = dv if culpability == "fraud" else top
    if disclosed:
        if culpability == "fraud":
            proposed = lod if lod else dutiable // 10
        else:
            proposed = None if actual else 0
    return top, (_capped(low, dv), _capped(high, dv)), proposed
