"""The law as customs-rules.md states it: check digits, protest clocks, 1592 figures in cents."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date
CUTOFF_90 = D(2004, 12, 18)


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1 ...; double the even positions, sum the digits."""
    total = 0
    for pos, ch in enumerate(ten, start=1):
        v = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        total += v
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> D:
    d = D(year, month, 1)
    d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> D:
    d = D(year, month + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _observed(d: D) -> D:
    if d.weekday() == 5:
        return d - dt.timedelta(days=1)
    if d.weekday() == 6:
        return d + dt.timedelta(days=1)
    return d


def holidays(year: int) -> set[D]:
    """5 U.S.C. 6103 with observed days (Juneteenth from 2021)."""
    days = {
        _observed(D(year, 1, 1)),
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _observed(D(year, 7, 4)),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _observed(D(year, 11, 11)),
        _nth_weekday(year, 11, 3, 4),
        _observed(D(year, 12, 25)),
    }
    if year >= 2021:
        days.add(_observed(D(year, 6, 19)))
    days.add(_observed(D(year + 1, 1, 1)))  # New Year's Day observed on Dec 31
    return days


def business_day(d: D) -> bool:
    return d.weekday() < 5 and d not in holidays(d.year)


def next_business_day(d: D) -> D:
    d += dt.timedelta(days=1)
    while not business_day(d):
        d += dt.timedelta(days=1)
    return d


def last_day(entry_date: D, liquidation: D) -> D:
    """P-TIME-1/2: liquidation (or decision) + 180 days, + 90 for entries before 2004-12-18."""
    return liquidation + dt.timedelta(days=90 if entry_date < CUTOFF_90 else 180)


def timing(received: D, liquidation: D, last: D) -> str:
    """timely | premature | grace (P-TIME-5, needs_human) | untimely, for one entry."""
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def add_years(d: D, years: int) -> D:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # Feb 29
        return d.replace(year=d.year + years, day=28)


def _cap(v: int, dv: int) -> int:
    return min(v, dv)


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, Any]],
    dv: int,
    dutiable: int | None,
    violation: D,
    today: D,
) -> dict[str, Any]:
    """1592(c), App. B (E)(1)(b) and (F)(2), 1621, 162.77(c); every figure in cents.

    entries: {"number", "date", "liquidated", "owed", "paid"} with money in cents."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    dut = dutiable or 0
    factors = {
        "fraud": (5, 8, 50, 80),
        "gross_negligence": (25, 40, 25, 40),
        "negligence": (5, 20, 5, 20),
    }
    if culpability == "fraud":
        maximum = dv
    elif culpability == "gross_negligence":
        maximum = min(dv, 4 * lod) if lod > 0 else min(dv, dut * 40 // 100)
    else:
        maximum = min(dv, 2 * lod) if lod > 0 else min(dv, dut * 20 // 100)
    lo_f, hi_f, lo_p, hi_p = factors[culpability]
    if lod > 0:
        if culpability == "fraud":
            low, high = lod * lo_f, lod * hi_f
        else:
            low, high = lod * lo_f // 10, lod * hi_f // 10
            assert lod * lo_f % 10 == 0 and lod * hi_f % 10 == 0
    else:
        low, high = dut * lo_p // 100, dut * hi_p // 100
        assert dut * lo_p % 100 == 0 and dut * hi_p % 100 == 0
    rng = [_cap(low, dv), _cap(high, dv)]
    verify = False
    proposed: int | None
    if prior_disclosure and culpability == "fraud":
        proposed = lod if lod > 0 else dut // 10
        assert lod > 0 or dut % 10 == 0
    elif prior_disclosure:
        proposed = None  # interest on the actual loss, computed by a person
        verify = True
    else:
        proposed = maximum
    limitations = add_years(violation, 5)
    barred = [e["number"] for e in entries if add_years(e["date"], 5) < today]
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
        "lod": lod,
        "statutory_max": maximum,
        "range": rng,
        "proposed": proposed,
        "limitations": limitations,
        "barred": barred,
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
    }


def money(cents: int) -> float:
    return round(cents / 100, 2)
