"""The arithmetic behind the truths: check digits, protest clocks, business days, 1592 money."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import holidays

CENT = Decimal("0.01")


def check_digit(first_ten: str) -> int:
    """CATAIR App. E check digit of the 10 characters before it (letters A=1, B=2, ...)."""
    total = 0
    for position, char in enumerate(first_ten, start=1):
        value = int(char) if char.isdigit() else ord(char) - ord("A") + 1
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: int) -> str:
    """An entry number in XXX-NNNNNNN-C form with a valid check digit."""
    body = f"{filer}{serial:07d}"
    return f"{filer}-{serial:07d}-{check_digit(body)}"


def last_day(entry_date: date, liquidation: date) -> date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    return liquidation + timedelta(days=90 if entry_date < date(2004, 12, 18) else 180)


def is_business_day(day: date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays("US", years=day.year)


def next_business_day(day: date) -> date:
    """The first business day after DAY."""
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def plus_years(day: date, years: int) -> date:
    """The same calendar day YEARS later (the corpus avoids February 29)."""
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    """A dollar figure for a truth file, rounded to the cent."""
    return float(value.quantize(CENT, rounding=ROUND_HALF_UP))
