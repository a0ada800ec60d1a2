"""The law the truth files are computed by: clocks, holidays, entry check digits, 1592 money.

Written from ../shared/domain/customs-rules.md alone, independently of the project's own rules code,
so that a mistake in one is not copied into the other.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

OLD_ENTRY_CUTOFF = date(2004, 12, 18)  # 174.12(e): entries made before this date have 90 days
CENT = Decimal("0.01")


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th given weekday (Mon=0) of a month; n=-1 is the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    # 5 U.S.C. 6103(b): Saturday holidays are observed Friday, Sunday holidays Monday.
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[date]:
    """Days off under 5 U.S.C. 6103 in a year with observed days (inauguration day left out)."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2021:
        fixed.append(date(year, 6, 19))
    days = {_observed(day) for day in fixed}
    days |= {
        nth_weekday(year, 1, 0, 3),
        nth_weekday(year, 2, 0, 3),
        nth_weekday(year, 5, 0, -1),
        nth_weekday(year, 9, 0, 1),
        nth_weekday(year, 10, 0, 2),
        nth_weekday(year, 11, 3, 4),
    }
    # New Year's Day of the next year on a Saturday is observed on Dec 31 of this one.
    if date(year + 1, 1, 1).weekday() == 5:
        days.add(date(year, 12, 31))
    return days


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: date) -> date:
    """The first business day after `day`."""
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def protest_last_day(entry_date: date, liquidation_date: date) -> date:
    """Day 1 is the day after liquidation: the last day is liquidation + 180 (or + 90) days."""
    days = 90 if entry_date < OLD_ENTRY_CUTOFF else 180
    return liquidation_date + timedelta(days=days)


def protest_timing(received: date, entry_date: date, liquidation_date: date) -> str:
    """One entry's timing: `premature`, `timely`, `grace` (P-TIME-5) or `untimely`."""
    last = protest_last_day(entry_date, liquidation_date)
    if received <= liquidation_date:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def check_digit(filer: str, number: str) -> str:
    """CATAIR App. E check digit of a filer code (letters A..I) and a 7-digit number."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in (filer + number).upper()]
    total = 0
    for position, digit in enumerate(digits, start=1):
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return str((10 - total % 10) % 10)


def add_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def money(value: Decimal) -> Decimal:
    exact = value.quantize(CENT)
    assert exact == value, f"{value} is not exact to the cent"
    return exact


MAX_FACTOR = {
    "negligence": (Decimal(2), Decimal("0.20")),
    "gross_negligence": (Decimal(4), Decimal("0.40")),
}
RANGE = {
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
}


def statutory_max(
    culpability: str, lod: Decimal, domestic: Decimal, dutiable: Decimal | None
) -> Decimal:
    """1592(c)(1)-(3): fraud the domestic value; else a multiple of loss or dutiable value."""
    if culpability == "fraud":
        return money(domestic)
    loss_factor, value_factor = MAX_FACTOR[culpability]
    if lod > 0:
        return money(min(domestic, loss_factor * lod))
    assert dutiable is not None, "a case with no duty loss needs the dutiable value"
    return money(min(domestic, value_factor * dutiable))


def guideline_range(
    culpability: str, lod: Decimal, domestic: Decimal, dutiable: Decimal | None
) -> tuple[Decimal, Decimal]:
    """App. B (F)(2) for the culpability, each end capped at the domestic value."""
    (loss_low, loss_high), (value_low, value_high) = RANGE[culpability]
    if lod > 0:
        low, high = loss_low * lod, loss_high * lod
    else:
        assert dutiable is not None
        low, high = value_low * dutiable, value_high * dutiable
    return money(min(domestic, low)), money(min(domestic, high))
