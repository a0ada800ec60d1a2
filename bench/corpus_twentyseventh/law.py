"""Dates, entry numbers and money as the customs rules define them (customs-rules.md)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

CENT = Decimal("0.01")


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E check digit of an entry number (customs-rules.md, identifiers)."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in filer + serial]
    total = 0
    for pos, d in enumerate(digits, start=1):
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    day = dt.date(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last_monday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=day.weekday())


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 holidays of a year with their observed days."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_monday(year, 5),
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


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year) | federal_holidays(
        day.year + 1
    )


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """174.12(e): 180 days after liquidation, 90 for entries made before 2004-12-18."""
    days = 90 if entry_date < dt.date(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def timing(received: dt.date, liquidation: dt.date, last: dt.date) -> str:
    """One entry's timing: premature, timely, grace (P-TIME-5, needs a person) or late."""
    if received <= liquidation:
        return "premature" if received < liquidation else "timely"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def money(value: Decimal) -> float:
    return float(value.quantize(CENT))
