"""Dates, entry numbers and money as the truth files need them (customs-rules.md)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import holidays

_US = holidays.country_holidays("US", years=range(2003, 2032), observed=True)


def business_day(day: date) -> bool:
    """Not a weekend and not a federal holiday or its observed day (5 U.S.C. 6103)."""
    return day.weekday() < 5 and day not in _US


def next_business_day(day: date) -> date:
    nxt = day + timedelta(days=1)
    while not business_day(nxt):
        nxt += timedelta(days=1)
    return nxt


def last_day(entry_date: date, liquidation: date) -> date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    return liquidation + timedelta(days=90 if entry_date < date(2004, 12, 18) else 180)


def plus_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def check_digit(filer: str, serial: str) -> str:
    """CATAIR App. E check digit over filer code (letters A=1...) and the 7-digit serial."""
    chars = [str(ord(c) - 64) if c.isalpha() else c for c in filer + serial]
    digits = "".join(chars)[:10] if all(len(c) == 1 for c in chars) else None
    if digits is None:
        raise ValueError("filer letters beyond I are not used in this corpus")
    total = 0
    for pos, ch in enumerate(digits, start=1):
        value = int(ch) * (2 if pos % 2 == 0 else 1)
        total += value // 10 + value % 10
    return str((10 - total % 10) % 10)


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def cents(value: Decimal) -> float:
    """A dollar amount exact to the cent, as the truth's number."""
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"{value} is not exact to the cent")
    return float(value)
