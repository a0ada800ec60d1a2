"""The law behind the fifth hand's truths: protest clocks, federal holidays, check digits."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

OLD_ENTRY_CUTOFF = date(2004, 12, 18)  # 19 CFR 174.12(e): entries made before it have 90 days
CENT = Decimal("0.01")


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    day = date(year, month, 1)
    day += timedelta(days=(weekday - day.weekday()) % 7)
    return day + timedelta(weeks=nth - 1)


def _last_weekday(year: int, month: int, weekday: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    # 5 U.S.C. 6103(b): Saturday holidays are kept on Friday, Sunday holidays on Monday.
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[date]:
    """The observed federal holidays falling in YEAR (5 U.S.C. 6103)."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2021:
        fixed.append(date(year, 6, 19))
    days = {_observed(day) for day in fixed}
    days.add(_observed(date(year + 1, 1, 1)))  # New Year's on a Saturday is kept on Dec 31
    days |= {_nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _last_weekday(year, 5, 0),
             _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2),
             _nth_weekday(year, 11, 3, 4)}
    return {day for day in days if day.year == year}


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def protest_last_day(entry_date: date | None, liquidation: date) -> date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (19 CFR 174.12(e))."""
    old = entry_date is not None and entry_date < OLD_ENTRY_CUTOFF
    return liquidation + timedelta(days=90 if old else 180)


def entry_timing(received: date, liquidation: date, last_day: date) -> str:
    """One entry's clock: premature, timely, grace (P-TIME-5: needs a person) or late."""
    if received < liquidation:
        return "premature"
    if received <= last_day:
        return "timely"
    if not is_business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "late"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    """Precedence of the contract: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"late"}:
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E check digit over the filer code and transaction number."""
    total = 0
    for position, char in enumerate(filer + number, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # Feb 29 -> Feb 28
        return day.replace(year=day.year + years, day=28)


def money(value: Decimal) -> Decimal:
    """A figure that must already be exact to the cent; refuses any that is not."""
    if value != value.quantize(CENT):
        raise ValueError(f"{value} is not exact to the cent")
    return value.quantize(CENT)
