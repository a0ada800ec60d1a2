"""The law the truths are decided by: entry numbers, protest clocks and 1592 arithmetic."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import holidays

OLD_RULE_END = date(2004, 12, 18)  # entries made before this date have 90 days (174.12(e))
_FEDERAL = holidays.country_holidays("US", years=range(2000, 2035))


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E check digit over the filer code (A=1..I=9 only) and transaction number."""
    digits = [int(c) if c.isdigit() else ord(c) - ord("A") + 1 for c in filer + number]
    total = 0
    for position, value in enumerate(digits, start=1):
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(rng: random.Random, filer: str) -> str:
    """A valid `XXX-NNNNNNN-C` entry number for the filer code."""
    number = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{number}-{check_digit(filer, number)}"


def business_day(day: date) -> bool:
    """Neither a weekend nor a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in _FEDERAL


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date, base: date) -> date:
    """Last day to protest: base (liquidation or decision) + 180 days; 90 before 2004-12-18."""
    return base + timedelta(days=90 if entry_date < OLD_RULE_END else 180)


def timing(received: date, base: date, last: date) -> str:
    """One entry's standing: premature, timely, grace (P-TIME-5, a person decides) or late."""
    if received < base:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(standings: list[str], *, invalid: bool, missing: list[str]) -> str:
    """Contract precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(standings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"late"}:
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


CENT = Decimal("0.01")


def money(value: Decimal) -> float:
    return float(value.quantize(CENT))


@dataclass(frozen=True)
class PenaltyMath:
    """The decision figures of one referral (19 U.S.C. 1592(c); 19 CFR 171 App. B)."""

    actual: Decimal
    potential: Decimal
    statutory_max: Decimal
    low: Decimal
    high: Decimal
    proposed: Decimal | None  # None: a person computes interest (neg./gross neg. disclosure)


_MULT = {
    "negligence": (Decimal("0.5"), Decimal(2), Decimal("0.05"), Decimal("0.20")),
    "gross_negligence": (Decimal("2.5"), Decimal(4), Decimal("0.25"), Decimal("0.40")),
    "fraud": (Decimal(5), Decimal(8), Decimal("0.50"), Decimal("0.80")),
}


def penalty_math(
    rows: list[tuple[bool, Decimal, Decimal]],
    culpability: str,
    domestic: Decimal,
    dutiable: Decimal | None,
    disclosed: bool,
) -> PenaltyMath:
    """rows: (liquidated, duty_paid, duty_owed) per entry."""
    actual = sum((max(owed - paid, Decimal(0)) for liq, paid, owed in rows if liq), Decimal(0))
    potential = sum(
        (max(owed - paid, Decimal(0)) for liq, paid, owed in rows if not liq), Decimal(0)
    )
    lod = actual + potential
    lo_m, hi_m, lo_p, hi_p = _MULT[culpability]
    if lod > 0:
        low, high = lo_m * lod, hi_m * lod
    else:
        assert dutiable is not None
        low, high = lo_p * dutiable, hi_p * dutiable
    low, high = min(low, domestic), min(high, domestic)
    if culpability == "fraud":
        stat = domestic
    else:
        stat = min(domestic, hi_m * lod if lod > 0 else hi_p * dutiable)  # type: ignore[operator]
    if not disclosed:
        proposed: Decimal | None = stat
    elif culpability == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * dutiable  # type: ignore[operator]
    else:
        proposed = None if actual > 0 else Decimal(0)
    return PenaltyMath(actual, potential, stat, low, high, proposed)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
