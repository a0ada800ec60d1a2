"""Dates, entry numbers and 1592 money for the thirteenth hand's truths (customs-rules.md)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

D = dt.date
CENT = Decimal("0.01")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> D:
    first = D(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_monday(year: int, month: int) -> D:
    last = D(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=last.weekday())


def _observed(day: D) -> D:
    # 5 U.S.C. 6103: a Saturday holiday is observed on Friday, a Sunday one on Monday.
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[D]:
    """Observed federal holidays of `year` (Juneteenth from 2021)."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = {_observed(day) for day in fixed}
    days |= {_nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _last_monday(year, 5),
             _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2),
             _nth_weekday(year, 11, 3, 4)}
    if _observed(D(year + 1, 1, 1)).year == year:
        days.add(_observed(D(year + 1, 1, 1)))
    return days


def business_day(day: D) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: D) -> D:
    nxt = day + dt.timedelta(days=1)
    while not business_day(nxt):
        nxt += dt.timedelta(days=1)
    return nxt


def last_day(entry_date: D, decided: D) -> D:
    """P-TIME-1/2: 180 days after the decision, 90 for entries made before 2004-12-18."""
    return decided + dt.timedelta(days=90 if entry_date < D(2004, 12, 18) else 180)


def check_digit(filer: str, number: str) -> str:
    """CATAIR App. E check digit over filer code + transaction number (letters A..I only)."""
    total = 0
    for position, char in enumerate(filer + number, start=1):
        value = ord(char) - 64 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return str((10 - total % 10) % 10)


def entry_number(filer: str, number: str) -> str:
    return f"{filer}-{number}-{check_digit(filer, number)}"


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def add_years(day: D, years: int) -> D:
    return day.replace(year=day.year + years)


def penalty_figures(culpability: str, lod: Decimal, dv: Decimal,
                    dutiable: Decimal | None) -> tuple[Decimal, list[Decimal]]:
    """1592(c)(1)-(3) maximum and the App. B (F)(2) range, both capped at the domestic value."""
    if culpability == "fraud":
        maximum = dv
        factors = (Decimal(5), Decimal(8)) if lod > 0 else (Decimal("0.50"), Decimal("0.80"))
    elif culpability == "gross_negligence":
        factors = (Decimal("2.5"), Decimal(4)) if lod > 0 else (Decimal("0.25"), Decimal("0.40"))
        maximum = min(dv, 4 * lod) if lod > 0 else min(dv, Decimal("0.40") * (dutiable or 0))
    else:
        factors = (Decimal("0.5"), Decimal(2)) if lod > 0 else (Decimal("0.05"), Decimal("0.20"))
        maximum = min(dv, 2 * lod) if lod > 0 else min(dv, Decimal("0.20") * (dutiable or 0))
    base = lod if lod > 0 else (dutiable or Decimal(0))
    return money(maximum), [money(min(dv, f * base)) for f in factors]
