"""The law the truths are computed from (shared/domain/customs-rules.md), written from the text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

D = dt.date
CENT = Decimal("0.01")


def check_digit(first_ten: str) -> int:
    """CATAIR App. E check digit of the ten characters before it (letters A..I only)."""
    total = 0
    for position, char in enumerate(first_ten, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """`XXX-NNNNNNN-C` with its check digit."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth(year: int, month: int, weekday: int, n: int) -> D:
    day = D(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last(year: int, month: int, weekday: int) -> D:
    day = D(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def holidays(year: int) -> set[D]:
    """Federal holidays (5 U.S.C. 6103) with the observed days of fixed ones on weekends."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = {
        _nth(year, 1, 0, 3),
        _nth(year, 2, 0, 3),
        _last(year, 5, 0),
        _nth(year, 9, 0, 1),
        _nth(year, 10, 0, 2),
        _nth(year, 11, 3, 4),
    }
    for day in fixed:
        days.add(day)
        if day.weekday() == 5:
            days.add(day - dt.timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(days=1))
    return days


def business_day(day: D) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year) | holidays(day.year + 1)


def next_business_day(day: D) -> D:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: D | None, liquidation: D) -> D:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < D(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def entry_timing(received: D, entry_date: D | None, liquidation: D) -> str:
    """`early`, `timely`, `grace` (P-TIME-5, needs a person) or `late` for one entry."""
    if received < liquidation:
        return "early"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def add_years(day: D, years: int) -> D:
    return day.replace(year=day.year + years)


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT)


def penalty(
    culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None
) -> tuple[Decimal, tuple[Decimal, Decimal]]:
    """The 1592(c) statutory maximum and the App. B (F)(2) range capped at DV."""
    low_high = {
        "fraud": ("5", "8", "0.50", "0.80"),
        "gross_negligence": ("2.5", "4", "0.25", "0.40"),
        "negligence": ("0.5", "2", "0.05", "0.20"),
    }[culpability]
    if culpability == "fraud":
        maximum = dv
    elif lod > 0:
        maximum = min(dv, lod * Decimal(low_high[1]))
    else:
        assert dutiable is not None
        maximum = min(dv, dutiable * Decimal(low_high[3]))
    if lod > 0:
        low, high = lod * Decimal(low_high[0]), lod * Decimal(low_high[1])
    else:
        assert dutiable is not None
        low, high = dutiable * Decimal(low_high[2]), dutiable * Decimal(low_high[3])
    return money(maximum), (money(min(low, dv)), money(min(high, dv)))
