"""The law of shared/domain/customs-rules.md, written afresh for this corpus's truths."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

D = Decimal
CENT = D("0.01")


def letter_value(ch: str) -> int:
    """A=1 .. I=9 (the only letters this corpus uses); digits are themselves."""
    if ch.isdigit():
        return int(ch)
    return ord(ch) - ord("A") + 1


def check_digit(first_ten: str) -> int:
    """CATAIR App. E check digit over the filer code and transaction number."""
    total = 0
    for pos, ch in enumerate(first_ten, start=1):
        v = letter_value(ch)
        if pos % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        total += v
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """The printed form XXX-NNNNNNN-C."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    offset = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while day.weekday() != weekday:
        day -= dt.timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 holidays with their observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days: set[dt.date] = set()
    for day in fixed:
        days.add(day)
        if day.weekday() == 5:
            days.add(day - dt.timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(days=1))
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    # New Year's Day of the next year observed on Friday Dec 31
    if dt.date(year + 1, 1, 1).weekday() == 5:
        days.add(dt.date(year, 12, 31))
    return days


def business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date < dt.date(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def entry_timing(entry_date: dt.date, liquidation: dt.date, received: dt.date) -> str:
    """premature | timely | grace (P-TIME-5, needs a person) | late for one entry."""
    if received <= liquidation:
        return "premature"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def money(value: Decimal) -> float:
    return float(value.quantize(CENT))


def penalty(
    culpability: str,
    prior_disclosure: bool,
    entries: list[dict[str, object]],
    domestic: Decimal,
    dutiable: Decimal,
) -> dict[str, Decimal]:
    """LOD, statutory maximum, App. B range and the pre-penalty proposal (None-free parts)."""
    actual = D(0)
    potential = D(0)
    for e in entries:
        loss = max(D(str(e["duty_owed"])) - D(str(e["duty_paid"])), D(0))
        if e["liquidated"]:
            actual += loss
        else:
            potential += loss
    lod = actual + potential
    if culpability == "fraud":
        smax = domestic
        lo, hi = (5 * lod, 8 * lod) if lod > 0 else (D("0.50") * dutiable, D("0.80") * dutiable)
    elif culpability == "gross_negligence":
        smax = min(domestic, 4 * lod) if lod > 0 else min(domestic, D("0.40") * dutiable)
        lo, hi = (
            (D("2.5") * lod, 4 * lod) if lod > 0 else (D("0.25") * dutiable, D("0.40") * dutiable)
        )
    else:
        smax = min(domestic, 2 * lod) if lod > 0 else min(domestic, D("0.20") * dutiable)
        lo, hi = (
            (D("0.5") * lod, 2 * lod) if lod > 0 else (D("0.05") * dutiable, D("0.20") * dutiable)
        )
    lo, hi = min(lo, domestic), min(hi, domestic)
    if prior_disclosure and culpability == "fraud":
        proposed = lod if lod > 0 else D("0.10") * dutiable
    else:
        proposed = smax
    return {
        "actual": actual,
        "potential": potential,
        "total": lod,
        "max": smax,
        "low": lo,
        "high": hi,
        "proposed": proposed,
    }
