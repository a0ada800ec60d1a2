"""The rules of shared/domain/customs-rules.md that the truths need, written for this corpus."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import holidays

D = dt.date
CENT = Decimal("0.01")
_US = holidays.country_holidays("US", years=range(2000, 2036), observed=True)


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E: letters A=1..I=9, even positions doubled and digit-summed."""
    total = 0
    for position, char in enumerate(filer + number, start=1):
        value = int(char) if char.isdigit() else ord(char) - ord("A") + 1
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, number: str) -> str:
    return f"{filer}-{number}-{check_digit(filer, number)}"


def business_day(day: D) -> bool:
    return day.weekday() < 5 and day not in _US


def next_business_day(day: D) -> D:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: D, liquidation: D) -> D:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date < D(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def timing(received: D, liquidation: D, last_day: D) -> str:
    """One entry's clock: early, ok, grace (P-TIME-5) or late."""
    if received < liquidation:
        return "early"
    if received <= last_day:
        return "ok"
    if not business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "late"


def protest_outcome(states: list[str], invalid: bool, missing: list[str]) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    verify = "174.13(a)(9)" in missing
    if "grace" in states or len(set(states)) > 1 or verify:
        return "needs_human"
    if states and states[0] == "early":
        return "premature"
    if states and states[0] == "late":
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def plus_years(day: D, years: int) -> D:
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    return float(value.quantize(CENT))


def penalty_figures(
    culpability: str,
    entries: list[tuple[bool, Decimal, Decimal]],
    domestic: Decimal,
    dutiable: Decimal | None,
    prior_disclosure: bool,
) -> dict[str, Decimal | list[Decimal] | None]:
    """LOD, 1592(c) maximum, App. B (F)(2) range and the (E)(1)(b) proposal (None: a person "
    "computes)."""
    actual = sum((max(owed - paid, Decimal(0)) for liq, paid, owed in entries if liq), Decimal(0))
    potential = sum(
        (max(owed - paid, Decimal(0)) for liq, paid, owed in entries if not liq), Decimal(0)
    )
    lod = actual + potential
    base = dutiable if dutiable is not None else Decimal(0)
    if culpability == "fraud":
        maximum = domestic
        low, high = (
            (lod * 5, lod * 8) if lod > 0 else (base * Decimal("0.5"), base * Decimal("0.8"))
        )
    elif culpability == "gross_negligence":
        maximum = min(domestic, lod * 4 if lod > 0 else base * Decimal("0.4"))
        low, high = (
            (lod * Decimal("2.5"), lod * 4)
            if lod > 0
            else (base * Decimal("0.25"), base * Decimal("0.4"))
        )
    else:
        maximum = min(domestic, lod * 2 if lod > 0 else base * Decimal("0.2"))
        low, high = (
            (lod * Decimal("0.5"), lod * 2)
            if lod > 0
            else (base * Decimal("0.05"), base * Decimal("0.2"))
        )
    proposed: Decimal | None = maximum
    if prior_disclosure:
        if culpability == "fraud":
            proposed = lod if lod > 0 else base * Decimal("0.1")
        else:
            proposed = None if actual > 0 else Decimal(0)
    return {
        "actual": actual,
        "potential": potential,
        "total": lod,
        "max": maximum,
        "range": [min(low, domestic), min(high, domestic)],
        "proposed": proposed,
    }


def notice(outcome: str, proposed: Decimal | None, noncommercial: bool) -> str:
    if outcome == "needs_human" or proposed is None or proposed == 0:
        return "none"
    return "pre_penalty" if proposed > 1000 and not noncommercial else "penalty"
