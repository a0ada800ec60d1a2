"""Dates, entry numbers and money under customs-rules.md, computed for the truth files."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import holidays

CENT = Decimal("0.01")
NINETY_DAY_CUTOFF = date(2004, 12, 18)  # 174.12(e): entries made before it have 90 days


def check_digit(ten: str) -> int:
    """CATAIR App. E check digit of a filer code plus transaction number (letters A..I only)."""
    total = 0
    for position, char in enumerate(ten, start=1):
        value = ord(char) - 64 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(rng: random.Random, filer: str) -> str:
    serial = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def business_day(day: date) -> bool:
    """Not a weekend day nor a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays("US", years=day.year)


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date, decision_date: date) -> date:
    """174.12: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    return decision_date + timedelta(days=90 if entry_date < NINETY_DAY_CUTOFF else 180)


def timeliness(received: date, decision_date: date, last: date) -> str:
    """timely, premature, grace (P-TIME-5: a person decides) or untimely."""
    if received < decision_date:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def plus_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    return float(value.quantize(CENT))


def exact(value: Decimal) -> bool:
    return value == value.quantize(CENT)
