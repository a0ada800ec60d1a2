"""Dates, money and entry numbers as the law computes them, for the truth files."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from tradebots.calendar import is_business_day, next_business_day

CENT = Decimal("0.01")
FILERS = ("ABC", "BDF", "CEG", "DHI", "EAB", "FGH", "GIC", "HBE")


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1.., double even positions, sum digits, 10 - sum mod 10."""
    total = 0
    for pos, ch in enumerate(ten, start=1):
        value = ord(ch) - 64 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            value *= 2
        total += sum(int(d) for d in str(value))
    return (10 - total % 10) % 10


def entry_number(rng: random.Random, filer: str) -> str:
    """A valid XXX-NNNNNNN-C entry number for FILER."""
    body = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{body}-{check_digit(filer + body)}"


def last_day(entry: date, liquidation: date) -> date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    return liquidation + timedelta(days=90 if entry < date(2004, 12, 18) else 180)


def grace_day(last: date) -> date | None:
    """The next business day after a last day that is not one, else None (P-TIME-5)."""
    return None if is_business_day(last) else next_business_day(last)


def liquidation_with_weekend_last_day(rng: random.Random, year: int, holiday: bool) -> date:
    """A liquidation date whose 180-day last day falls on a weekend (or a federal holiday)."""
    day = date(year, 1, 10) + timedelta(days=rng.randrange(200))
    while True:
        last = day + timedelta(days=180)
        off = not is_business_day(last)
        if off and ((last.weekday() < 5) == holiday):
            return day
        day += timedelta(days=1)


def money(value: Decimal) -> float:
    """A Decimal to the cent, as the truth files hold it."""
    return float(value.quantize(CENT, rounding=ROUND_HALF_UP))


def five_years(d: date) -> date:
    """The same day five years later (no truth uses 29 February)."""
    return d.replace(year=d.year + 5)
