"""Business days for the office: Monday to Friday, less US federal holidays and their observed days.

Holidays are the statutory list of 5 U.S.C. 6103(a) with the observed days of 6103(b) (a Saturday
holiday is observed on the Friday before, a Sunday one on the Monday after; so 2021-12-31 is New
Year's Day 2022 observed), as `holidays.country_holidays("US")` gives them in its default "public"
category. Deliberately left out: the package's "government" category, which adds closures by
executive order (Christmas Eve 2024, a day of mourning). Those are announced ad hoc and reach the
package only in a later release, so counting them would make a date computed today change after an
upgrade; customs-rules.md speaks of "federal holidays", which is the statutory list. State holidays
and NYSE market days are not the office's business days and are not used either.

Everything here is pure: dates in, dates out, no clock.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

_ONE_DAY = timedelta(days=1)


@lru_cache(maxsize=256)
def _federal_holidays(year: int) -> dict[date, str]:
    # Built per year from the neighbouring years too, so that an observed day falling in the year
    # before its holiday (31 December for a Saturday 1 January) is counted whichever way the
    # package files it. A plain dict, never mutated after caching, is safe to share across threads.
    table = holidays.country_holidays("US", years=(year - 1, year, year + 1))
    return {day: str(name) for day, name in table.items() if day.year == year}


def holiday_name(d: date) -> str | None:
    """The federal holiday (or observed holiday) on `d`, or None."""
    return _federal_holidays(d.year).get(d)


def is_business_day(d: date) -> bool:
    """True on Monday to Friday unless it is a federal holiday or an observed one."""
    return d.weekday() < 5 and d not in _federal_holidays(d.year)


def next_business_day(d: date) -> date:
    """The first business day strictly after `d`."""
    day = d + _ONE_DAY
    while not is_business_day(day):
        day += _ONE_DAY
    return day


def previous_business_day(d: date) -> date:
    """The last business day strictly before `d`."""
    day = d - _ONE_DAY
    while not is_business_day(day):
        day -= _ONE_DAY
    return day


def add_business_days(d: date, n: int) -> date:
    """The n-th business day after `d` (before it when n < 0); `d` itself when n == 0.

    `d` need not be a business day: "7 business days after a Saturday mailing" counts from Monday.
    """
    day = d
    for _ in range(abs(n)):
        day = next_business_day(day) if n > 0 else previous_business_day(day)
    return day


def business_days_between(a: date, b: date) -> int:
    """Business days met walking from `a` to `b`, `a` excluded and `b` included; negative if b < a.

    The inverse of add_business_days: business_days_between(d, add_business_days(d, n)) == n.
    """
    step = _ONE_DAY if b >= a else -_ONE_DAY
    count = 0
    day = a
    while day != b:
        day += step
        if is_business_day(day):
            count += 1
    return count if b >= a else -count
