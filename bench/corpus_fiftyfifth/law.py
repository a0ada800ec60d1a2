"""The law as shared/domain/customs-rules.md states it, for the truths of this corpus.

Money is kept in integer cents; every figure a case prints is exact to the cent by construction.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import holidays

OLD_RULE_CUTOFF = dt.date(2004, 12, 18)  # P-TIME-2: entries made before it have 90 days


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1, B=2, ...; double even positions, add digit sums."""
    assert len(ten) == 10
    total = 0
    for pos, ch in enumerate(ten, start=1):
        d = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: int) -> str:
    body = f"{filer}{serial:07d}"
    return f"{filer}-{serial:07d}-{check_digit(body)}"


@cache
def _holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("US", years=year).keys())


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    nxt = day + dt.timedelta(days=1)
    while not is_business_day(nxt):
        nxt += dt.timedelta(days=1)
    return nxt


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: day 1 is the day after liquidation; +180 days, or +90 before 2004-12-18."""
    days = 90 if entry_date < OLD_RULE_CUTOFF else 180
    return liquidation + dt.timedelta(days=days)


def timing(received: dt.date, entry_date: dt.date, liquidation: dt.date) -> str:
    """'early', 'timely', 'grace' (P-TIME-5, a person decides) or 'late' for one entry."""
    if received < liquidation:
        return "early"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
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
    if missing:
        return "deficient"
    return "accept"


def plus_years(day: dt.date, years: int) -> dt.date:
    assert not (day.month == 2 and day.day == 29)
    return day.replace(year=day.year + years)


def pct(cents: int, percent: int) -> int:
    value, rest = divmod(cents * percent, 100)
    assert rest == 0, "figure not exact to the cent"
    return value


def times_half(cents: int, halves: int) -> int:
    value, rest = divmod(cents * halves, 2)
    assert rest == 0, "figure not exact to the cent"
    return value


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
    """19 U.S.C. 1592(c), 19 CFR 171 App. B, 162.77(c) and 1621, all in cents."""
    actual = sum(max(0, e["owed"] - e["paid"]) for e in entries if e["liquidated"])
    potential = sum(max(0, e["owed"] - e["paid"]) for e in entries if not e["liquidated"])
    lod = actual + potential
    if culpability == "fraud":
        maximum = domestic
        low, high = (lod * 5, lod * 8) if lod else (pct(dutiable, 50), pct(dutiable, 80))
    elif culpability == "gross_negligence":
        maximum = min(domestic, lod * 4) if lod else min(domestic, pct(dutiable, 40))
        low, high = (times_half(lod, 5), lod * 4) if lod else (pct(dutiable, 25), pct(dutiable, 40))
    else:
        maximum = min(domestic, lod * 2) if lod else min(domestic, pct(dutiable, 20))
        low, high = (times_half(lod, 1), lod * 2) if lod else (pct(dutiable, 5), pct(dutiable, 20))
    rng = [min(low, domestic), min(high, domestic)]
    interest = False
    if culpability == "fraud":
        proposed: int | None = (lod if lod else pct(dutiable, 10)) if prior_disclosure else domestic
    elif prior_disclosure:
        interest = actual > 0
        proposed = None if interest else 0
    else:
        proposed = maximum
    limitations = plus_years(violation, 5)
    barred = [e["number"] for e in entries if plus_years(e["date"], 5) < today]
    human = interest or limitations < today or bool(barred)
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
        "statutory_max": maximum,
        "range": rng,
        "proposed": proposed,
        "limitations": limitations,
        "barred": barred,
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
    }
