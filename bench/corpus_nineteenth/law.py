"""The law the truths are computed by: check digits, business days, protest clocks, 1592 figures."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import holidays

CENT = Decimal("0.01")
NINETY_DAY_CUTOFF = date(2004, 12, 18)  # 174.12(e): entries made before this date have 90 days


def check_digit(filer: str, number: str) -> str:
    """CATAIR App. E check digit of the 10 characters before it (letters A..I only here)."""
    total = 0
    for position, char in enumerate(filer + number, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return str((10 - total % 10) % 10)


def is_business_day(day: date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days included)."""
    federal = holidays.country_holidays("US", years=day.year, observed=True)
    return day.weekday() < 5 and day not in federal


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date | None, liquidation: date) -> date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    short = entry_date is not None and entry_date < NINETY_DAY_CUTOFF
    return liquidation + timedelta(days=90 if short else 180)


def timing(received: date, liquidation: date, last: date) -> str:
    """One entry's clock: premature, timely, grace (P-TIME-5) or untimely."""
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def plus_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    return float(value.quantize(CENT))


def statutory_max(culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal) -> Decimal:
    """1592(c)(1)-(3) for the culpability, whether or not there was a prior disclosure."""
    if culpability == "fraud":
        return dv
    times, share = (Decimal(4), Decimal("0.40")) if culpability == "gross_negligence" \
        else (Decimal(2), Decimal("0.20"))
    return min(dv, times * lod) if lod > 0 else min(dv, share * dutiable)


GUIDELINES = {
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
}


def guideline_range(culpability: str, lod: Decimal, dv: Decimal,
                    dutiable: Decimal) -> tuple[Decimal, Decimal]:
    """App. B (F)(2), each end capped at the domestic value."""
    times, shares = GUIDELINES[culpability]
    low, high = (times[0] * lod, times[1] * lod) if lod > 0 else \
        (shares[0] * dutiable, shares[1] * dutiable)
    return min(low, dv), min(high, dv)
