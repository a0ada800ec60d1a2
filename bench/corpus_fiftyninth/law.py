# ruff: noqa: E501
"""The law of /work/shared/domain/customs-rules.md as the fifty-ninth hand applies it (money in cents)."""

from __future__ import annotations

import datetime as dt
from typing import Any

Date = dt.date


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled and digit-summed."""
    total = 0
    for pos, ch in enumerate(ten, start=1):
        d = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> Date:
    day = dt.date(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> Date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _observed(day: Date) -> Date:
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


def holidays(year: int) -> set[Date]:
    """Federal holidays (5 U.S.C. 6103) with observed days."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = {_observed(d) for d in fixed}
    days.add(_observed(dt.date(year + 1, 1, 1)))  # New Year's Day observed on Dec 31
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    return {d for d in days if d.year == year}


def business_day(day: Date) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year)


def next_business_day(day: Date) -> Date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: Date, liquidation: Date) -> Date:
    """P-TIME-1/2: liquidation + 180 days, + 90 for entries before 2004-12-18."""
    days = 90 if entry_date < dt.date(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def timing(received: Date, entry_date: Date, liquidation: Date) -> str:
    """'early' (before liquidation), 'timely', 'grace' (P-TIME-5) or 'late'."""
    if received < liquidation:
        return "early"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    if "grace" in timings or len(set(timings)) > 1:
        return "needs_human"
    if timings[0] == "early":
        return "premature"
    if timings[0] == "late":
        return "untimely"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


def add_years(day: Date, years: int) -> Date:
    return day.replace(year=day.year + years)


def dollars(cents: int) -> float:
    return round(cents / 100, 2)


def penalty(
    entries: list[dict[str, Any]],
    culpability: str,
    prior: bool,
    noncommercial: bool,
    dv: int,
    dutiable: int,
    violation: Date,
    today: Date,
) -> dict[str, Any]:
    """1592 figures in cents; returns the contract's decision (dollars) and flags."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    if culpability == "fraud":
        smax = dv
        lo, hi = (lod * 5, lod * 8) if lod else (dutiable * 50 // 100, dutiable * 80 // 100)
    elif culpability == "gross_negligence":
        smax = min(dv, 4 * lod) if lod else min(dv, dutiable * 40 // 100)
        lo, hi = (lod * 5 // 2, lod * 4) if lod else (dutiable * 25 // 100, dutiable * 40 // 100)
    else:
        smax = min(dv, 2 * lod) if lod else min(dv, dutiable * 20 // 100)
        lo, hi = (lod // 2, lod * 2) if lod else (dutiable * 5 // 100, dutiable * 20 // 100)
    assert lod % 2 == 0 and dutiable % 20 == 0, "figures are exact to the cent by construction"
    lo, hi = min(lo, dv), min(hi, dv)
    human = False
    proposed: int | None
    if prior and culpability == "fraud":
        proposed = lod if lod else dutiable // 10
    elif prior:
        proposed, human = None, True
    else:
        proposed = smax
    lim = add_years(violation, 5)
    barred = [e["number"] for e in entries if today > add_years(e["date"], 5)]
    if today > lim or barred:
        human = True
    if human or not proposed:
        notice = "none"
    elif proposed > 100000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    return {
        "loss_of_duties": {
            "actual": dollars(actual),
            "potential": dollars(potential),
            "total": dollars(lod),
        },
        "statutory_max": dollars(smax),
        "guideline_range": [dollars(lo), dollars(hi)],
        "proposed_penalty": None if proposed is None else dollars(proposed),
        "limitations_date": lim.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
