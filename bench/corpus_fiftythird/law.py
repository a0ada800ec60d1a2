"""The law the truths are decided by, from shared/domain/customs-rules.md and the extract
contract.

Money is kept in integer cents; every figure a truth carries is exact to the cent by construction.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import holidays

ENTRY_1804 = dt.date(2004, 12, 18)  # entries made before this date have 90 days (P-TIME-2)


def check_digit(first10: str) -> int:
    """CATAIR App. E: letters A..I become 1..9, even positions doubled and digit-summed."""
    assert len(first10) == 10
    total = 0
    for pos, ch in enumerate(first10, start=1):
        if ch.isdigit():
            d = int(ch)
        else:
            assert "A" <= ch <= "I", ch  # only the confirmed part of the letter table
            d = ord(ch) - ord("A") + 1
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


@cache
def _federal(year: int) -> frozenset[dt.date]:
    """Federal holidays with their observed days (5 U.S.C. 6103)."""
    return frozenset(holidays.country_holidays("US", years=year, observed=True).keys())


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _federal(day.year)


def next_business_day(day: dt.date) -> dt.date:
    nxt = day + dt.timedelta(days=1)
    while not is_business_day(nxt):
        nxt += dt.timedelta(days=1)
    return nxt


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: day 1 is the day after liquidation; 180 days, or 90 before 2004-12-18."""
    return liquidation + dt.timedelta(days=90 if entry_date < ENTRY_1804 else 180)


def timing(received: dt.date, liquidation: dt.date, last: dt.date) -> str:
    """One entry's clock: premature, timely, grace (P-TIME-5, needs a person) or untimely."""
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def protest_outcome(clocks: list[str], invalid: bool, missing: list[str], verify: bool) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(clocks)
    if verify or "grace" in kinds:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if len(kinds) > 1:  # only some entries late or early
        return "needs_human"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


# ---- binding rulings (Part 177) ----

NCSD_SUBJECTS = {"classification", "marking", "origin"}


def route(subjects: list[str]) -> str:
    return "NCSD" if all(s in NCSD_SUBJECTS for s in subjects) else "HQ"


def ruling_due(received: dt.date, route_: str, outcome: str) -> str | None:
    if route_ == "HQ":
        return None
    assert outcome == "accept"
    return (received + dt.timedelta(days=30)).isoformat()


# ---- penalties (19 U.S.C. 1592, 19 CFR 171 App. B) ----


def add_years(day: dt.date, years: int) -> dt.date:
    assert not (day.month == 2 and day.day == 29)
    return day.replace(year=day.year + years)


def pct(cents: int, percent: int) -> int:
    value = cents * percent
    assert value % 100 == 0, "not exact to the cent"
    return value // 100


def half(cents: int) -> int:
    assert cents % 2 == 0, "not exact to the cent"
    return cents // 2


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, object]],
    domestic: int,
    dutiable: int,
    violation: dt.date,
    today: dt.date,
) -> dict[str, Any]:
    """Decision of a 1592 referral, amounts in cents (see extract-contract.md, penalty-case)."""
    actual = potential = 0
    for e in entries:
        owed, paid = int(e["owed"]), int(e["paid"])  # type: ignore[call-overload]
        loss = max(0, owed - paid)
        if e["liquidated"]:
            actual += loss
        else:
            potential += loss
    lod = actual + potential
    if culpability == "fraud":
        smax = domestic
        low, high = (5 * lod, 8 * lod) if lod else (pct(dutiable, 50), pct(dutiable, 80))
    elif culpability == "gross_negligence":
        smax = min(domestic, 4 * lod) if lod else min(domestic, pct(dutiable, 40))
        low, high = (half(5 * lod), 4 * lod) if lod else (pct(dutiable, 25), pct(dutiable, 40))
    else:
        smax = min(domestic, 2 * lod) if lod else min(domestic, pct(dutiable, 20))
        low, high = (half(lod), 2 * lod) if lod else (pct(dutiable, 5), pct(dutiable, 20))
    rng = [min(low, domestic), min(high, domestic)]
    verify = False
    proposed: int | None
    if culpability == "fraud":
        proposed = (lod if lod else pct(dutiable, 10)) if prior_disclosure else domestic
    elif prior_disclosure:
        proposed = None if actual else 0
        verify = bool(actual)  # interest from liquidation to tender: a person computes it
    else:
        proposed = smax
    limitations = add_years(violation, 5)
    barred = [str(e["number"]) for e in entries if add_years(e["date"], 5) < today]  # type: ignore[arg-type]
    assert limitations != today
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
        "statutory_max": smax,
        "range": rng,
        "proposed": proposed,
        "limitations": limitations,
        "barred": barred,
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
    }


def dollars(cents: int) -> float:
    return round(cents / 100, 2)
