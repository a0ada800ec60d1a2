"""The law the truths are computed from (shared/domain/customs-rules.md), for this corpus."""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays

OLD_PERIOD_BEFORE = dt.date(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E check digit of filer code + transaction number (letters A=1, B=2, ...)."""
    digits = [int(c) if c.isdigit() else ord(c.upper()) - ord("A") + 1 for c in filer + serial]
    total = 0
    for position, digit in enumerate(digits, start=1):
        if position % 2 == 0:
            digit *= 2
        total += sum(int(c) for c in str(digit))
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def protest_last_day(entry_date: dt.date, decided: dt.date) -> dt.date:
    """Liquidation (or decision) + 180 days, + 90 for entries made before 2004-12-18."""
    return decided + dt.timedelta(days=90 if entry_date < OLD_PERIOD_BEFORE else 180)


@cache
def _federal(year: int) -> set[dt.date]:
    # 5 U.S.C. 6103 with observed days: the library's default "public" category for the US.
    return set(holidays.country_holidays("US", years=year))


def business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _federal(day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def timing(received: dt.date, decided: dt.date, last_day: dt.date, liquidation_based: bool) -> str:
    """One entry's clock: 'timely', 'premature', 'untimely' or 'grace' (P-TIME-5, needs_human)."""
    if liquidation_based and received < decided:  # the corpus never files on the day itself
        return "premature"
    if received <= last_day:
        return "timely"
    if not business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "untimely"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    """Precedence needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def plus_years(day: dt.date, years: int) -> dt.date:
    """The same day YEARS later; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def share(cents: int, hundredths: int) -> int:
    """CENTS x HUNDREDTHS / 100, which the corpus makes exact to the cent."""
    value, rest = divmod(cents * hundredths, 100)
    assert rest == 0, (cents, hundredths)
    return value


# 1592(c) multipliers and App. B (F)(2) ranges, in hundredths: (with a loss of duties, without one).
MAXIMUM = {"negligence": (200, 20), "gross_negligence": (400, 40)}
RANGE = {
    "negligence": ((50, 200), (5, 20)),
    "gross_negligence": ((250, 400), (25, 40)),
    "fraud": ((500, 800), (50, 80)),
}


def penalty_figures(culpability: str, lod: int, domestic: int, dutiable: int | None,
                    disclosed: bool) -> tuple[int, tuple[int, int], int | None]:
    """(statutory maximum, guideline range, proposed penalty or None for a person), in cents."""
    base = lod if lod > 0 else dutiable
    assert base is not None, "a case without a duty loss prints the dutiable value"
    with_loss = 0 if lod > 0 else 1
    if culpability == "fraud":
        maximum = domestic
    else:
        maximum = min(domestic, share(base, MAXIMUM[culpability][with_loss]))
    low, high = RANGE[culpability][with_loss]
    band = (min(domestic, share(base, low)), min(domestic, share(base, high)))
    proposed: int | None = domestic if culpability == "fraud" else maximum
    if disclosed and culpability == "fraud":
        proposed = lod if lod > 0 else share(base, 10)
    elif disclosed:
        proposed = None  # interest on the actual loss, or nothing: the caller decides
    return maximum, band, proposed
