# ruff: noqa: E501
"""The law of /work/shared/domain/customs-rules.md as this corpus applies it (money in integer cents)."""

from __future__ import annotations

import datetime as dt
from typing import Any

Date = dt.date


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled and their digits summed."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in ten.upper()]
    total = 0
    for pos, d in enumerate(digits, start=1):
        if pos % 2 == 0:
            d *= 2
            total += sum(int(x) for x in str(d))
        else:
            total += sum(int(x) for x in str(d))
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> Date:
    first = dt.date(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> Date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[Date]:
    """5 U.S.C. 6103 holidays with their observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
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
    # New Year's Day of the next year observed on this year's 31 December
    if dt.date(year + 1, 1, 1).weekday() == 5:
        days.add(dt.date(year, 12, 31))
    return days


def is_business_day(day: Date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: Date) -> Date:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: Date, liquidation: Date) -> Date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date < dt.date(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def timing(received: Date, entry_date: Date, liquidation: Date) -> str:
    """'early' (before liquidation), 'timely', 'grace' (P-TIME-5) or 'late'."""
    if received < liquidation:
        return "early"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(
    timings: list[str], invalid: bool, missing: list[str], verify: bool = False
) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    if verify or "grace" in timings or len(set(timings)) > 1:
        return "needs_human"
    if timings and timings[0] == "early":
        return "premature"
    if timings and timings[0] == "late":
        return "untimely"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


def plus_years(day: Date, years: int) -> Date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February: the corpus never prints one, kept total for safety
        return day.replace(year=day.year + years, day=28)


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, Any]],
    domestic: int,
    dutiable: int,
    violation: Date,
    today: Date,
) -> dict[str, Any]:
    """19 U.S.C. 1592(c), App. B (E)(1)(b) and (F)(2), 162.77(c), 1621; all amounts in cents."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    if culpability == "fraud":
        maximum = domestic
        low, high = (lod * 5, lod * 8) if lod else (dutiable * 50 // 100, dutiable * 80 // 100)
    elif culpability == "gross_negligence":
        maximum = min(domestic, 4 * lod) if lod else min(domestic, dutiable * 40 // 100)
        low, high = (lod * 5 // 2, lod * 4) if lod else (dutiable * 25 // 100, dutiable * 40 // 100)
    else:
        maximum = min(domestic, 2 * lod) if lod else min(domestic, dutiable * 20 // 100)
        low, high = (lod // 2, lod * 2) if lod else (dutiable * 5 // 100, dutiable * 20 // 100)
    rng = [min(low, domestic), min(high, domestic)]
    verify = False
    proposed: int | None
    if prior_disclosure and culpability == "fraud":
        proposed = lod if lod else dutiable * 10 // 100
    elif prior_disclosure:
        proposed = 0 if actual == 0 else None  # interest on the actual loss: a person computes it
        verify = actual > 0
    else:
        proposed = maximum
    limitations = plus_years(violation, 5)
    barred = [e["number"] for e in entries if plus_years(e["date"], 5) < today]
    needs_human = verify or limitations < today or bool(barred)
    if needs_human or not proposed:
        notice = "none"
    elif proposed > 100000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    return {
        "actual": actual,
        "potential": potential,
        "total": lod,
        "statutory_max": maximum,
        "range": rng,
        "proposed": proposed,
        "limitations": limitations,
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
        "barred": barred,
    }


def dollars(cents: int) -> float:
    return round(cents / 100, 2)
