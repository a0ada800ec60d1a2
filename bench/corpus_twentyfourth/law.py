"""The law the truth files apply: check digits, protest clocks, business days, 1592 arithmetic."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import holidays

CENT = Decimal("0.01")
NINETY_DAY_CUTOFF = dt.date(2004, 12, 18)  # 174.12(e): entries made before this date have 90 days


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E check digit of filer code + 7-digit serial (letters A..I only)."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in filer + serial]
    total = 0
    for position, digit in enumerate(digits, start=1):
        if position % 2 == 0:
            doubled = digit * 2
            total += doubled // 10 + doubled % 10
        else:
            total += digit
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date < NINETY_DAY_CUTOFF else 180
    return liquidation + dt.timedelta(days=days)


def is_business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays(
        "US", years=day.year, observed=True
    )


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def timing(received: dt.date, liquidation: dt.date, last: dt.date) -> str:
    """One entry's timing: premature, timely, grace (P-TIME-5, a person decides) or untimely."""
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def money(value: Decimal | int | str) -> Decimal:
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
