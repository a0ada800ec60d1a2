"""The law for the forty-fourth hand's truths, from shared/domain/customs-rules.md only."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date
ONE = dt.timedelta(days=1)


def check_digit(first10: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled (digit sum), (10 - sum % 10) % 10."""
    total = 0
    for pos, ch in enumerate(first10, start=1):
        val = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            val *= 2
            val = val // 10 + val % 10
        total += val
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """Return an entry number XXX-NNNNNNN-C with its check digit."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> D:
    day = D(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> D:
    day = D(year, month + 1, 1) - ONE if month < 12 else D(year, 12, 31)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[D]:
    """5 U.S.C. 6103 holidays with the observed Friday / Monday."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = set()
    for day in fixed:
        if day.weekday() == 5:
            day -= ONE
        elif day.weekday() == 6:
            day += ONE
        days.add(day)
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    if D(year + 1, 1, 1).weekday() == 5:
        days.add(D(year, 12, 31))
    return days


def business_day(day: D) -> bool:
    """Return whether the day is neither a weekend day nor a federal holiday."""
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: D) -> D:
    """Return the first business day after the day."""
    day += ONE
    while not business_day(day):
        day += ONE
    return day


def protest_last_day(entry_date: D, liquidation: D) -> D:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    return liquidation + dt.timedelta(days=90 if entry_date < D(2004, 12, 18) else 180)


def protest_timing(received: D, liquidation: D, last: D) -> str:
    """One entry's timing: premature, timely, grace (needs_human) or untimely."""
    if received <= liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def weekday(day: D) -> D:
    """The day itself, or the Monday after a weekend (entries and liquidations are weekday acts)."""
    while day.weekday() >= 5:
        day += ONE
    return day


def plus_years(day: D, years: int) -> D:
    """The same calendar day some years later (no 29 February in this corpus)."""
    return day.replace(year=day.year + years)


def cents(x: int) -> float:
    """Cents as a float dollar amount."""
    return round(x / 100, 2)


RANGES = {  # App. B (F)(2): duty-loss multiples and no-loss percentages, as (num, den) pairs
    "fraud": ((5, 1), (8, 1), (50, 100), (80, 100)),
    "gross_negligence": ((5, 2), (4, 1), (25, 100), (40, 100)),
    "negligence": ((1, 2), (2, 1), (5, 100), (20, 100)),
}


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[tuple[bool, int, int]],
    dv: int,
    dutiable: int | None,
) -> dict[str, Any]:
    """1592 figures in cents: entries as (liquidated, paid, owed); returns decision parts.

    proposed is None where a person computes interest (gross negligence / negligence prior
    disclosure).
    """
    actual = sum(max(0, o - p) for liq, p, o in entries if liq)
    potential = sum(max(0, o - p) for liq, p, o in entries if not liq)
    lod = actual + potential
    base = dutiable or 0
    if culpability == "fraud":
        smax = dv
    elif lod > 0:
        smax = min(dv, (4 if culpability == "gross_negligence" else 2) * lod)
    else:
        smax = min(dv, base * (40 if culpability == "gross_negligence" else 20) // 100)
    lo_m, hi_m, lo_p, hi_p = RANGES[culpability]
    if lod > 0:
        low, high = lod * lo_m[0] // lo_m[1], lod * hi_m[0] // hi_m[1]
    else:
        low, high = base * lo_p[0] // lo_p[1], base * hi_p[0] // hi_p[1]
    rng = [min(low, dv), min(high, dv)]
    proposed: int | None
    if not prior_disclosure:
        proposed = smax
    elif culpability == "fraud":
        proposed = lod if lod > 0 else base // 10
    else:
        proposed = None
    return {
        "actual": actual,
        "potential": potential,
        "total": lod,
        "statutory_max": smax,
        "range": rng,
        "proposed": proposed,
        "noncommercial": noncommercial,
    }
