# ruff: noqa: E501
"""The law of customs-rules.md as the truths need it: check digits, protest clocks with federal
holidays, ruling routes, and the 1592 figures in whole cents."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled and their digits summed."""
    total = 0
    for pos, ch in enumerate(ten, start=1):
        v = ord(ch) - 64 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            v *= 2
            v = v // 10 + v % 10
        total += v
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: int) -> str:
    body = f"{filer}{serial:07d}"
    return f"{filer}-{serial:07d}-{check_digit(body)}"


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
    """Federal holidays of 5 U.S.C. 6103 with their observed days."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = {_observed(d) for d in fixed}
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    if _observed(D(year + 1, 1, 1)).year == year:
        days.add(_observed(D(year + 1, 1, 1)))
    return days


def business_day(d: D) -> bool:
    return d.weekday() < 5 and d not in holidays(d.year)


def next_business_day(d: D) -> D:
    d += dt.timedelta(days=1)
    while not business_day(d):
        d += dt.timedelta(days=1)
    return d


def last_day(entry_date: D, liquidation: D) -> D:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    return liquidation + dt.timedelta(days=90 if entry_date < D(2004, 12, 18) else 180)


def timing(received: D, entry_date: D, liquidation: D) -> str:
    """'early' (before liquidation), 'timely', 'grace' (P-TIME-5), or 'late'."""
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
    if timings and timings[0] == "early":
        return "premature"
    if timings and timings[0] == "late":
        return "untimely"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


NCSD_TYPES = {"classification", "marking", "origin"}


def ruling_route(subjects: list[str], reconsider_ny: bool = False) -> str:
    if reconsider_ny or any(s not in NCSD_TYPES for s in subjects):
        return "HQ"
    return "NCSD"


def add_years(d: D, years: int) -> D:
    return d.replace(year=d.year + years)


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, Any]],
    domestic: int,
    dutiable: int | None,
    violation: D,
    today: D,
) -> dict[str, Any]:
    """All money in cents. Returns the decision's figures (proposed None when a person computes it)."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    dut = dutiable or 0
    mult = {"fraud": (5, 8, None), "gross_negligence": (2.5, 4, 4), "negligence": (0.5, 2, 2)}
    pct = {"fraud": (50, 80), "gross_negligence": (25, 40), "negligence": (5, 20)}
    lo_m, hi_m, max_m = mult[culpability]

    def exact(value: float) -> int:
        assert abs(value - round(value)) < 1e-6, value
        return round(value)

    if lod > 0:
        rng = [exact(lo_m * lod), exact(hi_m * lod)]
    else:
        rng = [exact(dut * pct[culpability][0] / 100), exact(dut * pct[culpability][1] / 100)]
    rng = [min(domestic, v) for v in rng]
    if culpability == "fraud":
        smax = domestic
    elif lod > 0:
        assert max_m is not None
        smax = min(domestic, max_m * lod)
    else:
        smax = min(domestic, exact(dut * pct[culpability][1] / 100))
    needs_human = False
    proposed: int | None
    if not prior_disclosure:
        proposed = smax
    elif culpability == "fraud":
        proposed = lod if lod > 0 else exact(dut / 10)
    else:
        needs_human = True
        proposed = None if actual > 0 else 0
    limit = add_years(violation, 5)
    barred = [e["number"] for e in entries if add_years(e["date"], 5) < today]
    if limit < today or barred:
        needs_human = True
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
        "statutory_max": smax,
        "range": rng,
        "proposed": proposed,
        "limitations_date": limit,
        "barred": barred,
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
    }
