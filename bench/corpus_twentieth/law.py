"""The law the truths are computed by: entry check digits, protest clocks, 1592 figures."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

import holidays

NINETY_DAY_CUTOFF = date(2004, 12, 18)  # 174.12(e): entries made before this date have 90 days
CENT = Decimal("0.01")


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters to digits, double even positions, digit sums, complement to 10."""
    total = 0
    for position, char in enumerate(ten, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """XXX-NNNNNNN-C with a valid check digit."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


@cache
def _federal_holidays(year: int) -> frozenset[date]:
    """5 U.S.C. 6103 holidays with their observed days."""
    return frozenset(holidays.country_holidays("US", years=year))


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _federal_holidays(day.year)


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date | None, liquidation: date) -> date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    days = 90 if entry_date is not None and entry_date < NINETY_DAY_CUTOFF else 180
    return liquidation + timedelta(days=days)


def timing(received: date, entry_date: date | None, liquidation: date) -> str:
    """timely | premature | untimely | grace (P-TIME-5: a person decides) for one entry."""
    if received < liquidation:  # filed before liquidation (P-TIME-3)
        return "premature"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def money(value: Decimal) -> float:
    return float(value.quantize(CENT, rounding=ROUND_HALF_UP))


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


GUIDELINES = {  # App. B (F)(2): (loss multiple low, high), (dutiable share low, high)
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
}
MAX_FACTOR = {"negligence": (Decimal(2), Decimal("0.20")),
              "gross_negligence": (Decimal(4), Decimal("0.40"))}


def statutory_max(culpability: str, lod: Decimal, domestic: Decimal,
                  dutiable: Decimal | None) -> Decimal:
    """1592(c)(1)-(3), whether or not there was a prior disclosure."""
    if culpability == "fraud":
        return domestic
    by_loss, by_value = MAX_FACTOR[culpability]
    if lod > 0:
        return min(domestic, by_loss * lod)
    assert dutiable is not None
    return min(domestic, by_value * dutiable)


def guideline_range(culpability: str, lod: Decimal, domestic: Decimal,
                    dutiable: Decimal | None) -> tuple[Decimal, Decimal]:
    (loss_low, loss_high), (value_low, value_high) = GUIDELINES[culpability]
    if lod > 0:
        return min(domestic, loss_low * lod), min(domestic, loss_high * lod)
    assert dutiable is not None
    return min(domestic, value_low * dutiable), min(domestic, value_high * dutiable)
