"""Dates, entry numbers and penalty arithmetic, computed as the law reference states them."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import holidays

CENT = Decimal("0.01")
_US_HOLIDAYS = holidays.country_holidays("US", years=range(2003, 2032), observed=True)


def check_digit(first_ten: str) -> int:
    """CATAIR App. E check digit over filer code + transaction number (A=1 ... I=9)."""
    total = 0
    for position, char in enumerate(first_ten, start=1):
        digit = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return (10 - total % 10) % 10


def filer_code(rng: random.Random) -> str:
    """Three characters of A..I and digits, at least one letter (no VERIFY letters)."""
    chars = [
        rng.choice("ABCDEFGHI"),
        rng.choice("ABCDEFGHI0123456789"),
        rng.choice("ABCDEFGHI0123456789"),
    ]
    rng.shuffle(chars)
    return "".join(chars)


def entry_number(filer: str, serial: int) -> str:
    """Entry number as XXX-NNNNNNN-C."""
    body = f"{filer}{serial:07d}"
    return f"{filer}-{serial:07d}-{check_digit(body)}"


def is_business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days)."""
    return day.weekday() < 5 and day not in _US_HOLIDAYS


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`."""
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def holidays_between(start: dt.date, end: dt.date) -> list[dt.date]:
    """Observed federal holidays on weekdays in [start, end]."""
    return sorted(d for d in _US_HOLIDAYS if start <= d <= end and d.weekday() < 5)


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    days = 90 if entry_date < dt.date(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def plus_years(day: dt.date, years: int) -> dt.date:
    """Same calendar day `years` later (callers avoid February 29)."""
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    """Dollars as a float exact to the cent."""
    quantized = value.quantize(CENT)
    assert quantized == value, f"figure not exact to the cent: {value}"
    return float(quantized)
