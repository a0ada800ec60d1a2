# ruff: noqa: E501
"""The law the truths are computed with, from customs-rules.md only (integer cents, no floats)."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date
DAY = dt.timedelta(days=1)
CUTOFF_90 = D(2004, 12, 18)


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1 ..., double the even positions, sum digits, (10 - s % 10) % 10."""
    total = 0
    for pos, ch in enumerate(ten.replace("-", ""), start=1):
        v = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
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


def _last_monday(year: int, month: int) -> D:
    d = D(year, month + 1, 1) - DAY
    return d - dt.timedelta(days=d.weekday())


def holidays(year: int) -> set[D]:
    """5 U.S.C. 6103 holidays with their observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_monday(year, 5),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    for f in fixed:
        days.add(f)
        if f.weekday() == 5:
            days.add(f - DAY)
        elif f.weekday() == 6:
            days.add(f + DAY)
    if D(year + 1, 1, 1).weekday() == 5:
        days.add(D(year, 12, 31))
    return days


def business_day(d: D) -> bool:
    return d.weekday() < 5 and d not in holidays(d.year)


def next_business_day(d: D) -> D:
    d += DAY
    while not business_day(d):
        d += DAY
    return d


def last_day(entry_date: D, decision_date: D) -> D:
    """P-TIME-1/2: the decision date + 180 days, or + 90 for entries made before 2004-12-18."""
    return decision_date + dt.timedelta(days=90 if entry_date < CUTOFF_90 else 180)


def timing(received: D, entry_date: D, decision_date: D, liquidation_based: bool = True) -> str:
    """'early' (before liquidation), 'timely', 'grace' (P-TIME-5) or 'late'."""
    if liquidation_based and received < decision_date:
        return "early"
    last = last_day(entry_date, decision_date)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(
    timings: list[str], invalid: bool, missing: list[str], verify: bool = False
) -> str:
    """Precedence needs_human, premature, untimely, invalid, deficient, accept."""
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


def add_years(d: D, n: int) -> D:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def penalty(
    culp: str,
    pd: bool,
    noncommercial: bool,
    entries: list[dict[str, Any]],
    dv: int,
    dutiable: int,
    violation: D,
    today: D,
) -> dict[str, Any]:
    """1592(c) maximum, App. B (F)(2) range capped at DV, (E)(1)(b) proposal, 162.77(c) notice, 1621 dates.

    Money in integer cents; `entries` carry owed/paid in cents, a `liquidated` flag and the entry date."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    # multiple of LOD for the maximum; percent of dutiable for the maximum and the no-loss range
    mult = {"negligence": (2, 20, 5, 20), "gross_negligence": (4, 40, 25, 40)}
    if culp == "fraud":
        smax = dv
        lo, hi = (lod * 5, lod * 8) if lod else (dutiable * 50 // 100, dutiable * 80 // 100)
    else:
        m, pct, plo, phi = mult[culp]
        if lod:
            smax = min(dv, m * lod)
            lo, hi = (lod // 2, lod * 2) if culp == "negligence" else (lod * 5 // 2, lod * 4)
        else:
            smax = min(dv, dutiable * pct // 100)
            lo, hi = dutiable * plo // 100, dutiable * phi // 100
    rng = [min(lo, dv), min(hi, dv)]
    needs_human = False
    proposed: int | None
    if pd and culp == "fraud":
        proposed = lod if lod else dutiable // 10
    elif pd:
        proposed = None if actual else 0
        needs_human = bool(actual)
    else:
        proposed = smax
    limitations = add_years(violation, 5)
    barred = [e["number"] for e in entries if add_years(e["date"], 5) < today]
    if limitations < today or barred:
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
        "lod": lod,
        "statutory_max": smax,
        "range": rng,
        "proposed": proposed,
        "limitations": limitations,
        "barred": barred,
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
    }


def cents(c: int) -> float:
    return round(c / 100, 2)
