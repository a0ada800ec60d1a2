"""The law the truths are computed by, written from shared/domain/customs-rules.md alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import holidays

D = dt.date
OLD_ENTRY_CUTOFF = D(2004, 12, 18)


def check_digit(filer: str, transaction: str) -> int:
    """CATAIR App. E: letters A=1, B=2 ...; even positions doubled and digit-summed."""
    chars = (filer + transaction).upper()
    if len(chars) != 10:
        raise ValueError(chars)
    total = 0
    for position, char in enumerate(chars, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10 if value >= 10 else value
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, transaction: str) -> str:
    """Print form XXX-NNNNNNN-C."""
    return f"{filer}-{transaction}-{check_digit(filer, transaction)}"


def is_business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days)."""
    return day.weekday() < 5 and day not in holidays.country_holidays(
        "US", years=day.year, observed=True
    )


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`."""
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date | None, decided: dt.date) -> dt.date:
    """Liquidation (or decision) + 180 days, + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < OLD_ENTRY_CUTOFF else 180
    return decided + dt.timedelta(days=days)


def timing(received: dt.date, decided: dt.date, last_day: dt.date) -> str:
    """`premature`, `timely`, `grace` (P-TIME-5: needs a person) or `late` for one entry."""
    if received <= decided:
        return "premature"
    if received <= last_day:
        return "timely"
    if not is_business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "late"


def add_years(day: dt.date, years: int) -> dt.date:
    """Same month and day `years` later (29 Feb -> 28 Feb)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


CENT = Decimal("0.01")


def _cap(value: Decimal, dv: Decimal) -> Decimal:
    return min(value, dv).quantize(CENT)


def penalty_figures(
    culpability: str,
    lines: list[tuple[bool, Decimal, Decimal]],
    dv: Decimal,
    dutiable: Decimal | None,
    prior_disclosure: bool,
) -> dict[str, Any]:
    """19 U.S.C. 1592(c) and App. B: lines are (liquidated, duty paid, duty owed)."""
    actual = sum((max(o - p, Decimal(0)) for liq, p, o in lines if liq), Decimal(0))
    potential = sum((max(o - p, Decimal(0)) for liq, p, o in lines if not liq), Decimal(0))
    lod = actual + potential
    base = dutiable if dutiable is not None else Decimal(0)
    if culpability == "fraud":
        maximum = dv
        low, high = (
            (lod * 5, lod * 8) if lod > 0 else (base * Decimal("0.5"), base * Decimal("0.8"))
        )
    elif culpability == "gross_negligence":
        maximum = min(dv, lod * 4) if lod > 0 else min(dv, base * Decimal("0.4"))
        low, high = (
            (lod * Decimal("2.5"), lod * 4)
            if lod > 0
            else (base * Decimal("0.25"), base * Decimal("0.4"))
        )
    else:
        maximum = min(dv, lod * 2) if lod > 0 else min(dv, base * Decimal("0.2"))
        low, high = (
            (lod * Decimal("0.5"), lod * 2)
            if lod > 0
            else (base * Decimal("0.05"), base * Decimal("0.2"))
        )
    proposed: Decimal | None
    if culpability == "fraud":
        proposed = dv
        if prior_disclosure:
            proposed = lod if lod > 0 else base * Decimal("0.1")
    elif prior_disclosure:
        proposed = None if actual > 0 else Decimal(0)
    else:
        proposed = maximum
    return {
        "actual": actual.quantize(CENT),
        "potential": potential.quantize(CENT),
        "total": lod.quantize(CENT),
        "statutory_max": maximum.quantize(CENT),
        "range": [_cap(low, dv), _cap(high, dv)],
        "proposed": None if proposed is None else proposed.quantize(CENT),
    }


def notice(proposed: Decimal | None, noncommercial: bool, needs_human: bool) -> str:
    """162.77(c): no pre-penalty notice at $1,000 or less or for a noncommercial importation."""
    if needs_human or proposed is None or proposed == 0:
        return "none"
    if proposed > 1000 and not noncommercial:
        return "pre_penalty"
    return "penalty"
