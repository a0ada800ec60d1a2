"""The law the truths are computed by: protest clocks, entry check digits, 1592 arithmetic."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import holidays

CENT = Decimal("0.01")
OLD_REGIME_END = date(2004, 12, 18)  # entries made before this date have 90 days (174.12(e))


def check_digit(first_ten: str) -> int:
    """CATAIR App. E check digit of filer code + transaction number (letters A=1 ... I=9)."""
    total = 0
    for position, char in enumerate(first_ten, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """An entry number printed XXX-NNNNNNN-C with its valid check digit."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def last_day(entry_date: date | None, liquidation: date) -> date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    old = entry_date is not None and entry_date < OLD_REGIME_END
    return liquidation + timedelta(days=90 if old else 180)


def is_business_day(day: date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays("US", years=day.year)


def next_business_day(day: date) -> date:
    """The first business day after DAY."""
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def timing(received: date, liquidation: date, last: date) -> str:
    """One entry's timing: premature, timely, grace (needs a person, P-TIME-5) or untimely."""
    if received < liquidation:  # "not before" liquidation (1514(c)(3)): the day itself counts
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def plus_years(day: date, years: int) -> date:
    """The same calendar day YEARS later (the generator never uses 29 February)."""
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    """A Decimal that must already be exact to the cent, as the JSON number."""
    if value != value.quantize(CENT):
        raise ValueError(f"{value} is not exact to the cent")
    return float(value)
