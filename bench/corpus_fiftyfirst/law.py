"""The law the truths are computed from: customs-rules.md, written again by this hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

D = dt.date


def check_digit(first10: str) -> int:
    """CATAIR App. E: A=1, ...; double even positions, add digits; (10 - total mod 10) mod 10."""
    total = 0
    for pos, ch in enumerate(first10, start=1):
        value = ord(ch) - 64 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth(year: int, month: int, weekday: int, n: int) -> D:
    first = D(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last(year: int, month: int, weekday: int) -> D:
    day = D(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - weekday) % 7)


def holidays(year: int) -> set[D]:
    """5 U.S.C. 6103 with observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    out = set()
    for day in fixed:
        if day.weekday() == 5:
            day -= dt.timedelta(days=1)
        elif day.weekday() == 6:
            day += dt.timedelta(days=1)
        out.add(day)
    if D(year + 1, 1, 1).weekday() == 5:
        out.add(D(year, 12, 31))
    out |= {
        _nth(year, 1, 0, 3),
        _nth(year, 2, 0, 3),
        _last(year, 5, 0),
        _nth(year, 9, 0, 1),
        _nth(year, 10, 0, 2),
        _nth(year, 11, 3, 4),
    }
    return out


def business(day: D) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year)


def next_business(day: D) -> D:
    day += dt.timedelta(days=1)
    while not business(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: D, liquidation: D) -> D:
    return liquidation + dt.timedelta(days=90 if entry_date < D(2004, 12, 18) else 180)


def timing(received: D, entry_date: D, liquidation: D) -> str:
    """'early', 'ok', 'grace' (P-TIME-5: needs_human) or 'late' for one entry."""
    if received < liquidation:
        return "early"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "ok"
    if not business(last) and received <= next_business(last):
        return "grace"
    return "late"


def protest_outcome(states: list[str], invalid: bool, missing: list[str]) -> str:
    if "grace" in states or len(set(states)) > 1:
        return "needs_human"
    if states[0] == "early":
        return "premature"
    if states[0] == "late":
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def plus_years(day: D, years: int) -> D:
    return day.replace(year=day.year + years)


def cents(x: float) -> float:
    return round(x + 0.0, 2)


def penalty(
    culp: str,
    entries: list[dict[str, Any]],
    dv: float,
    dutiable: float,
    pd: bool,
    commercial: bool,
    violation: D,
    today: D,
) -> dict[str, Any]:
    actual = sum(
        max(0, round(e["duty_owed"] * 100) - round(e["duty_paid"] * 100))
        for e in entries
        if e["liquidated"]
    )
    potential = sum(
        max(0, round(e["duty_owed"] * 100) - round(e["duty_paid"] * 100))
        for e in entries
        if not e["liquidated"]
    )
    lod_c = actual + potential
    lod = lod_c / 100
    dv_c, dut_c = round(dv * 100), round(dutiable * 100)
    if culp == "fraud":
        mx = dv_c
        lo, hi = (5 * lod_c, 8 * lod_c) if lod_c else (dut_c * 50 // 100, dut_c * 80 // 100)
    elif culp == "gross_negligence":
        mx = min(dv_c, 4 * lod_c) if lod_c else min(dv_c, dut_c * 40 // 100)
        lo, hi = (lod_c * 5 // 2, 4 * lod_c) if lod_c else (dut_c * 25 // 100, dut_c * 40 // 100)
    else:
        mx = min(dv_c, 2 * lod_c) if lod_c else min(dv_c, dut_c * 20 // 100)
        lo, hi = (lod_c // 2, 2 * lod_c) if lod_c else (dut_c * 5 // 100, dut_c * 20 // 100)
    lo, hi = min(lo, dv_c), min(hi, dv_c)
    human = False
    if pd and culp == "fraud":
        proposed = lod_c if lod_c else dut_c // 10
    elif pd:
        proposed = mx
        human = actual > 0
    else:
        proposed = mx
    limit = plus_years(violation, 5)
    barred = [e["entry_number"] for e in entries if today > plus_years(e["entry_date"], 5)]
    human = human or today > limit or bool(barred)
    if human or proposed == 0:
        notice = "none"
    elif proposed > 100000 and commercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    return {
        "loss_of_duties": {"actual": actual / 100, "potential": potential / 100, "total": lod},
        "statutory_max": mx / 100,
        "guideline_range": [lo / 100, hi / 100],
        "proposed_penalty": proposed / 100,
        "limitations_date": limit.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
