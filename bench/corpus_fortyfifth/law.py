"""The law of shared/domain/customs-rules.md for the truths (written without the readers)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

D = dt.date


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E check digit of filer code (3) + transaction number (7)."""
    chars = (filer + number).upper()
    total = 0
    for position, char in enumerate(chars, start=1):
        digit = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return (10 - total % 10) % 10


def entry_number(filer: str, number: str) -> str:
    return f"{filer}-{number}-{check_digit(filer, number)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> D:
    day = D(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> D:
    day = D(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def holidays(year: int) -> set[D]:
    """Federal holidays of 5 U.S.C. 6103 with their observed days."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days: set[D] = set()
    for day in fixed:
        if day.weekday() == 5:
            days.add(day - dt.timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(days=1))
        else:
            days.add(day)
    if D(year + 1, 1, 1).weekday() == 5:
        days.add(D(year, 12, 31))
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    return days


def business_day(day: D) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year)


def next_business_day(day: D) -> D:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: D, liquidation: D) -> D:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries before 2004-12-18."""
    period = 90 if entry_date < D(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=period)


def entry_timing(received: D, entry_date: D, liquidation: D) -> str:
    """early | timely | grace | late for one entry."""
    if received < liquidation:
        return "early"
    end = last_day(entry_date, liquidation)
    if received <= end:
        return "timely"
    if not business_day(end) and received <= next_business_day(end):
        return "grace"
    return "late"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
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


def cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def add_years(day: D, years: int) -> D:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def penalty(
    culpability: str,
    entries: list[tuple[bool, Decimal, Decimal]],
    domestic: Decimal,
    dutiable: Decimal | None,
    prior_disclosure: bool,
) -> dict[str, object]:
    """LOD, statutory max, guideline range, proposed penalty (None: a person computes it)."""
    actual = sum((max(owed - paid, Decimal(0)) for liq, paid, owed in entries if liq), Decimal(0))
    potential = sum(
        (max(owed - paid, Decimal(0)) for liq, paid, owed in entries if not liq), Decimal(0)
    )
    lod = actual + potential
    base = dutiable or Decimal(0)
    if culpability == "fraud":
        maximum = domestic
        low, high = (
            (lod * 5, lod * 8) if lod > 0 else (base * Decimal("0.5"), base * Decimal("0.8"))
        )
    elif culpability == "gross_negligence":
        maximum = min(domestic, lod * 4 if lod > 0 else base * Decimal("0.4"))
        low, high = (
            (lod * Decimal("2.5"), lod * 4)
            if lod > 0
            else (base * Decimal("0.25"), base * Decimal("0.4"))
        )
    else:
        maximum = min(domestic, lod * 2 if lod > 0 else base * Decimal("0.2"))
        low, high = (
            (lod * Decimal("0.5"), lod * 2)
            if lod > 0
            else (base * Decimal("0.05"), base * Decimal("0.2"))
        )
    proposed: Decimal | None = maximum
    if prior_disclosure:
        if culpability == "fraud":
            proposed = lod if lod > 0 else base * Decimal("0.1")
        else:
            proposed = None if actual > 0 else Decimal(0)
    return {
        "actual": cents(actual),
        "potential": cents(potential),
        "total": cents(lod),
        "max": cents(maximum),
        "range": (cents(min(low, domestic)), cents(min(high, domestic))),
        "proposed": None if proposed is None else cents(proposed),
    }
