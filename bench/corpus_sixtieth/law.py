"""The law of /work/shared/domain/customs-rules.md as the truths of this corpus apply it.

Money is in integer cents throughout, so every figure is exact."""

from __future__ import annotations

import datetime as dt
from typing import Any

CUTOFF_90 = dt.date(2004, 12, 18)


def check_digit(ten: str) -> int:
    """CATAIR App. E check digit of the ten characters before it (letters A=1, B=2, ...)."""
    total = 0
    for pos, ch in enumerate(ten.replace("-", ""), start=1):
        d = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        d = d % 10 if ch.isalpha() else d
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: int) -> str:
    seven = f"{serial:07d}"
    return f"{filer}-{seven}-{check_digit(filer + seven)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    day = dt.date(year, month, 1)
    day += dt.timedelta(days=(weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def _observed(day: dt.date) -> dt.date:
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 holidays with their observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = {_observed(d) for d in fixed}
    days |= {
        _nth_weekday(year, 1, 0, 3),  # Martin Luther King Jr.
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        _last_weekday(year, 5, 0),  # Memorial Day
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 10, 0, 2),  # Columbus Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving
    }
    if _observed(dt.date(year + 1, 1, 1)).year == year:
        days.add(_observed(dt.date(year + 1, 1, 1)))
    return days


def business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    return liquidation + dt.timedelta(days=90 if entry_date < CUTOFF_90 else 180)


def timing(received: dt.date, entry_date: dt.date, liquidation: dt.date) -> str:
    """early | timely | grace (P-TIME-5) | late, for one entry."""
    if received < liquidation:
        return "early"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
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


def add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def _cap(value: int, dv: int) -> int:
    return min(value, dv)


def _exact(num: int, den: int) -> int:
    assert num % den == 0, (num, den)
    return num // den


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, Any]],
    dv: int,
    dutiable: int | None,
    violation: dt.date,
    today: dt.date,
) -> dict[str, Any]:
    """1592 figures in cents; entries carry date, liquidated, owed and paid (cents)."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    if lod > 0:
        factors = {
            "fraud": (10, 10, 50, 80),
            "gross_negligence": (40, 10, 25, 40),
            "negligence": (20, 10, 5, 20),
        }
        mult, den, lo, hi = factors[culpability]
        stat = dv if culpability == "fraud" else min(dv, _exact(mult * lod, den))
        low, high = _exact(lo * lod, 10), _exact(hi * lod, 10)
    else:
        assert dutiable is not None
        pct = {"fraud": (100, 50, 80), "gross_negligence": (40, 25, 40), "negligence": (20, 5, 20)}
        mx, lo, hi = pct[culpability]
        stat = dv if culpability == "fraud" else min(dv, _exact(mx * dutiable, 100))
        low, high = _exact(lo * dutiable, 100), _exact(hi * dutiable, 100)
    rng = [_cap(low, dv), _cap(high, dv)]
    limitations = add_years(violation, 5)
    barred = [e["number"] for e in entries if add_years(e["date"], 5) < today]
    human = limitations < today or bool(barred)
    proposed: int | None
    if prior_disclosure and culpability == "fraud":
        proposed = lod if lod > 0 else _exact(10 * (dutiable or 0), 100)
    elif prior_disclosure:
        proposed = (
            None  # interest on the actual loss from liquidation to tender: a person computes it
        )
        human = True
    else:
        proposed = dv if culpability == "fraud" else stat
    if human or not proposed:
        notice = "none"
    elif proposed > 100000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    return {
        "actual": actual,
        "potential": potential,
        "total": lod,
        "statutory_max": stat,
        "range": rng,
        "proposed": proposed,
        "limitations": limitations,
        "barred": barred,
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
    }
