# ruff: noqa: E501
"""The law of /work/shared/domain/customs-rules.md, as the truths need it (money in integer cents)."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date
CUTOVER = D(2004, 12, 18)  # entries made before this date have 90 days (P-TIME-2)


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters become digits (A=1 ...), even positions doubled and digit-summed."""
    total = 0
    for pos, ch in enumerate(ten, start=1):
        d = ord(ch) - 64 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
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


def federal_holidays(year: int) -> set[D]:
    """5 U.S.C. 6103 with the observed days (Saturday -> Friday, Sunday -> Monday)."""
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
    if D(year + 1, 1, 1).weekday() == 5:  # next New Year's Day observed on Dec 31
        days.add(D(year, 12, 31))
    return days


def business_day(d: D) -> bool:
    return d.weekday() < 5 and d not in federal_holidays(d.year)


def next_business_day(d: D) -> D:
    d += dt.timedelta(days=1)
    while not business_day(d):
        d += dt.timedelta(days=1)
    return d


def last_day(entry_date: D, decision_date: D) -> D:
    """P-TIME-1/2: day 1 is the day after liquidation; last day = liquidation + 180 (or 90) days."""
    return decision_date + dt.timedelta(days=90 if entry_date < CUTOVER else 180)


def timing(received: D, entry_date: D, decision_date: D) -> str:
    """early | timely | grace (P-TIME-5) | late."""
    if received <= decision_date:
        return "early"
    last = last_day(entry_date, decision_date)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"early"}:
        return "premature"
    if kinds == {"late"}:
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def add_years(d: D, n: int) -> D:
    return d.replace(year=d.year + n)


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
    """1592(c), App. B (E)(1)(b) and (F)(2), 162.77(c), 1621; every figure in cents."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    base = dutiable or 0
    if culpability == "fraud":
        smax = domestic
        lo, hi = (lod * 5, lod * 8) if lod else (base * 50 // 100, base * 80 // 100)
    elif culpability == "gross_negligence":
        smax = min(domestic, 4 * lod) if lod else min(domestic, base * 40 // 100)
        lo, hi = (lod * 5 // 2, lod * 4) if lod else (base * 25 // 100, base * 40 // 100)
    else:
        smax = min(domestic, 2 * lod) if lod else min(domestic, base * 20 // 100)
        lo, hi = (lod // 2, lod * 2) if lod else (base * 5 // 100, base * 20 // 100)
    human = False
    proposed: int | None
    if not prior_disclosure:
        proposed = smax
    elif culpability == "fraud":
        proposed = lod if lod else base * 10 // 100
    elif actual:
        proposed, human = None, True  # interest on the actual loss: a person computes it
    else:
        proposed = 0
    limit = add_years(violation, 5)
    barred = [e["number"] for e in entries if add_years(e["date"], 5) < today]
    if limit < today or barred:
        human = True
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
        "statutory_max": smax,
        "range": [min(lo, domestic), min(hi, domestic)],
        "proposed": proposed,
        "limitations": limit,
        "barred": barred,
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
    }
