"""The law of shared/domain/customs-rules.md as this corpus applies it: identifiers, clocks,
amounts.

Written from the reference alone (not from the project's readers): check digits (CATAIR App. E),
protest last days (P-TIME-1, -2, -3, -5), ruling routes and due dates, 1592 amounts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

D = dt.date
CENT = Decimal("0.01")
PRE_2004 = D(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """The CATAIR App. E check digit of the ten characters filer (3) + serial (7)."""
    chars = (filer + serial).upper()
    assert len(chars) == 10
    total = 0
    for position, char in enumerate(chars, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10 if value >= 10 else value
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """`XXX-NNNNNNN-C`."""
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    first = D(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    return day + dt.timedelta(weeks=nth - 1)


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    nxt = D(year + (month == 12), month % 12 + 1, 1)
    day = nxt - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 holidays with their observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    for day in fixed:
        days.add(day)
        if day.weekday() == 5:
            days.add(day - dt.timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(days=1))
    return days


def business_day(day: dt.date) -> bool:
    """Neither a weekend nor a federal holiday (observed days included)."""
    return day.weekday() < 5 and day not in federal_holidays(day.year) | federal_holidays(
        day.year + 1
    )


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`."""
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: dt.date | None, decided: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation (or decision) + 180 days, + 90 for entries before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < PRE_2004 else 180
    return decided + dt.timedelta(days=days)


def entry_status(received: dt.date, entry_date: dt.date | None, decided: dt.date) -> str:
    """`early`, `timely`, `grace` (P-TIME-5) or `late` for one entry."""
    if received < decided:
        return "early"
    last = last_day(entry_date, decided)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(
    statuses: list[str], invalid: bool, missing: list[str], verify: bool = False
) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(statuses)
    if verify or "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"early"}:
        return "premature"
    if kinds == {"late"}:
        return "untimely"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


NCSD_TYPES = {"classification", "marking", "origin"}


def ruling_route(types: list[str]) -> str:
    """NCSD unless any subject belongs to Headquarters."""
    return "NCSD" if all(t in NCSD_TYPES for t in types) else "HQ"


def add_years(day: dt.date, years: int) -> dt.date:
    """Same month and day `years` later (no file uses February 29)."""
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    """A cent-exact Decimal as the contract's number."""
    assert value == value.quantize(CENT), value
    return float(value)


def exact(value: Decimal) -> Decimal:
    """Assert that a computed figure is exact to the cent."""
    assert value == value.quantize(CENT), value
    return value.quantize(CENT)


def penalty(
    culpability: str,
    prior_disclosure: bool,
    entries: list[dict[str, Any]],
    domestic: Decimal,
    dutiable: Decimal,
) -> dict[str, Any]:
    """1592(c) maximum, App. B (F)(2) range, the (E)(1)(b) proposal and the loss of duties."""
    actual = Decimal(0)
    potential = Decimal(0)
    for entry in entries:
        owed = entry["duty_owed"]
        paid = entry["duty_paid"]
        assert isinstance(owed, Decimal) and isinstance(paid, Decimal)
        loss = max(Decimal(0), owed - paid)
        if entry["liquidated"]:
            actual += loss
        else:
            potential += loss
    lod = actual + potential
    if culpability == "fraud":
        maximum = domestic
    elif culpability == "gross_negligence":
        maximum = min(domestic, 4 * lod) if lod > 0 else min(domestic, Decimal("0.40") * dutiable)
    else:
        maximum = min(domestic, 2 * lod) if lod > 0 else min(domestic, Decimal("0.20") * dutiable)
    factors = {
        "fraud": (Decimal(5), Decimal(8), Decimal("0.50"), Decimal("0.80")),
        "gross_negligence": (Decimal("2.5"), Decimal(4), Decimal("0.25"), Decimal("0.40")),
        "negligence": (Decimal("0.5"), Decimal(2), Decimal("0.05"), Decimal("0.20")),
    }[culpability]
    if lod > 0:
        low, high = factors[0] * lod, factors[1] * lod
    else:
        low, high = factors[2] * dutiable, factors[3] * dutiable
    low, high = min(low, domestic), min(high, domestic)
    proposed: Decimal | None
    needs_interest = False
    if prior_disclosure and culpability == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * dutiable
    elif prior_disclosure:
        proposed = None
        needs_interest = actual > 0
    else:
        proposed = maximum
    return {
        "actual": exact(actual),
        "potential": exact(potential),
        "total": exact(lod),
        "statutory_max": exact(maximum),
        "range": [exact(low), exact(high)],
        "proposed": None if proposed is None else exact(proposed),
        "needs_interest": needs_interest,
    }
