"""The law of shared/domain/customs-rules.md, written for this corpus alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import holidays

CENT = Decimal("0.01")
OLD_ENTRY = dt.date(2004, 12, 18)


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E: letters as digits (A=1), double the even positions, sum digits."""
    total = 0
    for position, char in enumerate(filer + number, start=1):
        value = ord(char) - 64 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, number: str) -> str:
    """The printed form XXX-NNNNNNN-C."""
    return f"{filer}-{number}-{check_digit(filer, number)}"


def business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays("US", years=day.year)


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`."""
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date, decision_date: dt.date) -> dt.date:
    """Decision + 180 days, or + 90 for entries made before 2004-12-18."""
    return decision_date + dt.timedelta(days=90 if entry_date < OLD_ENTRY else 180)


def timing(received: dt.date, decision: dt.date, last: dt.date, liquidating: bool = True) -> str:
    """One entry: timely, premature, untimely or grace (P-TIME-5)."""
    if liquidating and received <= decision:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    """The first applying outcome in the contract's order."""
    if "grace" in timings or len(set(timings)) > 1 or "174.13(a)(9)" in missing:
        return "needs_human"
    if timings and timings[0] == "premature":
        return "premature"
    if timings and timings[0] == "untimely":
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def money(value: Decimal) -> float:
    """A figure exact to the cent, as a JSON number."""
    assert value == value.quantize(CENT), value
    return float(value)


def years_after(day: dt.date, years: int) -> dt.date:
    """Same month and day `years` later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def penalty_figures(
    culpability: str,
    prior_disclosure: bool,
    entries: list[dict[str, object]],
    domestic: Decimal,
    dutiable: Decimal | None,
) -> dict[str, Any]:
    """LOD, 1592(c) maximum, App. B (F)(2) range and the pre-penalty proposal."""
    actual = Decimal(0)
    potential = Decimal(0)
    for entry in entries:
        owed = entry["duty_owed"]
        paid = entry["duty_paid"]
        assert isinstance(owed, Decimal) and isinstance(paid, Decimal)
        loss = max(owed - paid, Decimal(0))
        if entry["liquidated"]:
            actual += loss
        else:
            potential += loss
    lod = actual + potential
    base = dutiable or Decimal(0)
    if culpability == "fraud":
        maximum = domestic
        low, high = (lod * 5, lod * 8) if lod else (base * Decimal("0.5"), base * Decimal("0.8"))
    elif culpability == "gross_negligence":
        maximum = min(domestic, lod * 4 if lod else base * Decimal("0.4"))
        low, high = (
            (lod * Decimal("2.5"), lod * 4)
            if lod
            else (base * Decimal("0.25"), base * Decimal("0.4"))
        )
    else:
        maximum = min(domestic, lod * 2 if lod else base * Decimal("0.2"))
        low, high = (
            (lod * Decimal("0.5"), lod * 2)
            if lod
            else (base * Decimal("0.05"), base * Decimal("0.2"))
        )
    low, high = min(low, domestic), min(high, domestic)
    proposed: Decimal | None = maximum
    if prior_disclosure:
        if culpability == "fraud":
            proposed = lod if lod else base * Decimal("0.1")
        else:
            proposed = None if actual else Decimal(0)
    return {
        "actual": actual,
        "potential": potential,
        "total": lod,
        "max": maximum,
        "range": (low, high),
        "proposed": proposed,
    }
