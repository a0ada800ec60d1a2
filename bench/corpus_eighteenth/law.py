"""The law and the printing conventions the generator computes truths with (customs-rules.md)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

CENT = Decimal("0.01")
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E check digit over filer code (letters A..I) and transaction number."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in filer + number]
    total = 0
    for position, value in enumerate(digits, start=1):
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, number: str) -> str:
    """Entry number in the contract's form XXX-NNNNNNN-C."""
    return f"{filer}-{number}-{check_digit(filer, number)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    if n > 0:
        return day + dt.timedelta(weeks=n - 1)
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 holidays with observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _nth_weekday(year, 5, 0, -1),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    for day in fixed:
        days.add(day)
        if day.weekday() == 5:
            days.add(day - dt.timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(days=1))
    return days


def business_day(day: dt.date) -> bool:
    """True on a weekday that is no federal holiday (observed days included)."""
    return day.weekday() < 5 and day not in federal_holidays(day.year) | federal_holidays(
        day.year + 1
    )


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`."""
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date | None, liquidation: dt.date) -> dt.date:
    """174.12(e): liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < dt.date(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def timeliness(received: dt.date, entry_date: dt.date | None, liquidation: dt.date) -> str:
    """`timely`, `premature`, `grace` (P-TIME-5) or `untimely` for one entry."""
    if received < liquidation:
        return "premature"
    last = protest_last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def add_years(day: dt.date, years: int) -> dt.date:
    """Same calendar day `years` later (the generator never uses February 29)."""
    return day.replace(year=day.year + years)


def fmt_date(day: dt.date, style: str) -> str:
    """A date as US senders print it."""
    month = MONTHS[day.month - 1]
    short = month[:3] + ("." if month[3:] else "")
    return {
        "long": f"{month} {day.day}, {day.year}",
        "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "us-short": f"{day.month}/{day.day}/{day.year}",
        "abbr": f"{short} {day.day}, {day.year}",
        "dmy": f"{day.day} {month} {day.year}",
        "iso": day.isoformat(),
        "oracle": f"{day.day:02d}-{month[:3].upper()}-{day.year}",
    }[style]


def fmt_money(amount: Decimal, style: str) -> str:
    """Money as US senders print it (whole-dollar styles only for whole amounts)."""
    plain = f"{amount:,.2f}"
    return {
        "dollar": f"${plain}",
        "plain": plain,
        "usd": f"USD {plain}",
        "bare": f"{amount:.2f}",
        "spaced": f"$ {plain}",
    }[style]


def money(value: Decimal | None) -> float | None:
    """A Decimal amount as the JSON number the truth files carry."""
    return None if value is None else float(value.quantize(CENT))
