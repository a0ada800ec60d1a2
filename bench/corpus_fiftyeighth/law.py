# ruff: noqa: E501
"""The law of /work/shared/domain/customs-rules.md as this corpus applies it (money in cents)."""

from __future__ import annotations

import datetime as dt
from typing import Any

NINETY_DAY_CUTOFF = dt.date(2004, 12, 18)


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1.., double even positions, digit sums, (10 - total mod 10) mod 10."""
    total = 0
    for pos, ch in enumerate(ten.replace("-", ""), start=1):
        d = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    d = dt.date(year, month, 1)
    d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    return d + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    d = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return d - dt.timedelta(days=(d.weekday() - weekday) % 7)


def _observed(d: dt.date) -> dt.date:
    if d.weekday() == 5:
        return d - dt.timedelta(days=1)
    if d.weekday() == 6:
        return d + dt.timedelta(days=1)
    return d


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 with the observed days (Juneteenth from 2021)."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = {_observed(d) for d in fixed}
    days |= {
        _nth_weekday(year, 1, 0, 3),  # Martin Luther King Jr.
        _nth_weekday(year, 2, 0, 3),  # Washington
        _last_weekday(year, 5, 0),  # Memorial
        _nth_weekday(year, 9, 0, 1),  # Labor
        _nth_weekday(year, 10, 0, 2),  # Columbus
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving
    }
    if _observed(dt.date(year + 1, 1, 1)).year == year:
        days.add(_observed(dt.date(year + 1, 1, 1)))
    return days


def is_business_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in federal_holidays(d.year)


def next_business_day(d: dt.date) -> dt.date:
    d += dt.timedelta(days=1)
    while not is_business_day(d):
        d += dt.timedelta(days=1)
    return d


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days (+ 90 for entries made before 2004-12-18)."""
    return liquidation + dt.timedelta(days=90 if entry_date < NINETY_DAY_CUTOFF else 180)


def timing(received: dt.date, entry_date: dt.date, liquidation: dt.date) -> str:
    """early | timely | grace (P-TIME-5, needs a person) | late."""
    if received <= liquidation:
        return "early"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


ORDER = ["needs_human", "premature", "untimely", "invalid", "deficient", "accept"]


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    found = set()
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:  # P-TIME-5, or only some entries late or early
        found.add("needs_human")
    if kinds == {"early"}:
        found.add("premature")
    if kinds == {"late"}:
        found.add("untimely")
    if invalid:
        found.add("invalid")
    if missing:
        found.add("deficient")
    found.add("accept")
    return next(o for o in ORDER if o in found)


def add_years(d: dt.date, n: int) -> dt.date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, Any]],
    domestic: int,
    dutiable: int,
    violation: dt.date,
    today: dt.date,
) -> dict[str, Any]:
    """1592(c), App. B (E)(1)(b), (F)(2), 1621 and 162.77(c); every figure in cents."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    if culpability == "fraud":
        cap = domestic
        low, high = (lod * 5, lod * 8) if lod else (dutiable * 50 // 100, dutiable * 80 // 100)
    elif culpability == "gross_negligence":
        cap = min(domestic, 4 * lod) if lod else min(domestic, dutiable * 40 // 100)
        low, high = (lod * 5 // 2, lod * 4) if lod else (dutiable * 25 // 100, dutiable * 40 // 100)
    else:
        cap = min(domestic, 2 * lod) if lod else min(domestic, dutiable * 20 // 100)
        low, high = (lod // 2, lod * 2) if lod else (dutiable * 5 // 100, dutiable * 20 // 100)
    human = False
    proposed: int | None = cap
    if prior_disclosure:
        if culpability == "fraud":
            proposed = lod if lod else dutiable // 10
        elif actual:
            proposed, human = None, True
        else:
            proposed = 0
    limitations = add_years(violation, 5)
    barred = [e["number"] for e in entries if add_years(e["date"], 5) < today]
    if limitations < today or barred:
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
        "lod": lod,
        "statutory_max": cap,
        "range": [min(low, domestic), min(high, domestic)],
        "proposed": proposed,
        "limitations": limitations,
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred": barred,
    }
