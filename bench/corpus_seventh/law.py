"""Dates, holidays, entry check digits and penalty figures the truths are computed with."""

from __future__ import annotations

from datetime import date, timedelta

DAY = timedelta(days=1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_monday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - DAY
    return day - timedelta(days=day.weekday())


def _observed(day: date) -> date:
    # 5 U.S.C. 6103(b): a Saturday holiday is kept on Friday, a Sunday one on Monday.
    if day.weekday() == 5:
        return day - DAY
    if day.weekday() == 6:
        return day + DAY
    return day


def federal_holidays(year: int) -> set[date]:
    """The observed federal holidays of one year (5 U.S.C. 6103)."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2021:
        fixed.append(date(year, 6, 19))
    days = {_observed(d) for d in fixed}
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_monday(year, 5),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    if _observed(date(year + 1, 1, 1)).year == year:
        days.add(_observed(date(year + 1, 1, 1)))
    return days


def is_business_day(day: date) -> bool:
    """Neither a weekend day nor an observed federal holiday."""
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: date) -> date:
    """The first business day after `day`."""
    day += DAY
    while not is_business_day(day):
        day += DAY
    return day


def last_day(entry_date: date, liquidation: date) -> date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    return liquidation + timedelta(days=90 if entry_date < date(2004, 12, 18) else 180)


def timing(received: date, liquidation: date, last: date) -> str:
    """One entry's timing: timely, premature, grace (P-TIME-5) or untimely."""
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def check_digit(ten: str) -> int:
    """CATAIR App. E check digit over the filer code and transaction number."""
    total = 0
    for position, char in enumerate(ten, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def plus_years(day: date, years: int) -> date:
    """The same calendar day `years` later (the corpus never uses 29 February)."""
    return day.replace(year=day.year + years)


def cents(value: int) -> float:
    """Cents as dollars, exact to the cent."""
    return round(value / 100, 2)
