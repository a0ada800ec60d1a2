"""The law of shared/domain/customs-rules.md as this corpus applies it: pure dates and money."""

from __future__ import annotations

import datetime as dt

import holidays

OLD_REGIME = dt.date(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters as digits (A=1...), doubled even positions summed digit by digit."""
    total = 0
    for position, char in enumerate(filer + serial, 1):
        digit = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            digit *= 2
        total += digit // 10 + digit % 10
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def protest_last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    return liquidation + dt.timedelta(days=90 if entry_date < OLD_REGIME else 180)


def business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays("US", years=day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def timing(received: dt.date, liquidation: dt.date, last: dt.date, liquidates: bool) -> str:
    """timely, premature, grace (P-TIME-5: needs a person) or untimely for one entry."""
    if liquidates and received <= liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def five_years(day: dt.date) -> dt.date:
    return day.replace(year=day.year + 5)


def penalty_figures(culpability: str, lod: int, dv: int, dutiable: int,
                    disclosed: bool) -> tuple[int, tuple[int, int], int]:
    """(statutory max, guideline range, proposed penalty) in cents, 1592(c) and App. B."""
    if culpability == "fraud":
        top = dv
        low, high = (5 * lod, 8 * lod) if lod else (dutiable // 2, dutiable * 8 // 10)
        proposed = (lod if lod else dutiable // 10) if disclosed else dv
        return top, (min(low, dv), min(high, dv)), proposed
    times, share, low_times, low_share = ((4, 40, 5, 25) if culpability == "gross_negligence"
                                          else (2, 20, 1, 5))
    top = min(dv, times * lod) if lod else min(dv, dutiable * share // 100)
    if lod:
        low = lod * low_times // 2
        high = lod * times
    else:
        low, high = dutiable * low_share // 100, dutiable * share // 100
    return top, (min(low, dv), min(high, dv)), top


def notice(proposed: int, commercial: bool, needs_human: bool) -> str:
    """162.77(c): no pre-penalty notice for $1,000 or less or a noncommercial importation."""
    if needs_human or proposed == 0:
        return "none"
    return "pre_penalty" if proposed > 100_000 and commercial else "penalty"
