"""The law the truths are computed by: entry numbers, protest clocks, 1592 amounts."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

import holidays

CENT = Decimal("0.01")
SHORT_PERIOD_BEFORE = date(2004, 12, 18)  # 174.12(e): entries made before it have 90 days


def check_digit(first_ten: str) -> int:
    """CATAIR App. E: letters A..I as 1..9, even positions doubled and digit-summed."""
    total = 0
    for position, char in enumerate(first_ten, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(rng: random.Random, filer: str) -> str:
    """A valid XXX-NNNNNNN-C entry number for FILER (letters A..I and digits only)."""
    serial = "".join(rng.choice("0123456789") for _ in range(7))
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def is_business_day(day: date) -> bool:
    """Not a weekend and not a federal holiday (observed days included, 5 U.S.C. 6103)."""
    federal = holidays.country_holidays("US", years=day.year, observed=True)
    return day.weekday() < 5 and day not in federal


def next_business_day(day: date) -> date:
    following = day + timedelta(days=1)
    while not is_business_day(following):
        following += timedelta(days=1)
    return following


def protest_last_day(entry_date: date | None, liquidation: date) -> date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    short = entry_date is not None and entry_date < SHORT_PERIOD_BEFORE
    return liquidation + timedelta(days=90 if short else 180)


def timeliness(received: date, liquidation: date, last_day: date) -> str:
    """One entry's clock: premature, timely, grace (P-TIME-5, a person decides) or untimely."""
    if received < liquidation:
        return "premature"
    if received <= last_day:
        return "timely"
    if not is_business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "untimely"


def add_years(day: date, years: int) -> date:
    """The same calendar day YEARS later (no February 29 is ever used as a start)."""
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    """A cent-exact Decimal as the JSON number the contract prints."""
    assert value == value.quantize(CENT), value
    return float(value)


def statutory_max(culpability: str, lod: Decimal, domestic: Decimal, dutiable: Decimal) -> Decimal:
    """1592(c)(1)-(3) for the culpability, whether or not there was a prior disclosure."""
    if culpability == "fraud":
        return domestic
    factor, share = (Decimal(4), Decimal("0.40")) if culpability == "gross_negligence" \
        else (Decimal(2), Decimal("0.20"))
    return min(domestic, factor * lod if lod > 0 else share * dutiable)


GUIDELINES = {  # App. B (F)(2): (low, high) x LOD, and (low, high) x dutiable with no loss
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
}


def guideline_range(culpability: str, lod: Decimal, domestic: Decimal,
                    dutiable: Decimal) -> tuple[Decimal, Decimal]:
    """App. B (F)(2) for the culpability, each end capped at the domestic value."""
    by_loss, by_value = GUIDELINES[culpability]
    base, (low, high) = (lod, by_loss) if lod > 0 else (dutiable, by_value)
    return min(domestic, low * base), min(domestic, high * base)


def assert_cents(*values: Decimal) -> None:
    """Every computed figure of this corpus is exact to the cent by construction."""
    for value in values:
        assert value == value.quantize(CENT), value
