"""The law the truths are computed from, written from docs customs-rules.md only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

D = dt.date


def check_digit(ten: str) -> int:
    """CATAIR App. E check digit of the 10 characters before it (letters A=1, B=2, ...)."""
    total = 0
    for pos, ch in enumerate(ten, start=1):
        d = ord(ch) - 64 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def entry_number(filer: str, txn: str) -> str:
    return f"{filer}-{txn}-{check_digit(filer + txn)}"


def _nth(year: int, month: int, weekday: int, n: int) -> D:
    d = D(year, month, 1)
    d += dt.timedelta(days=(weekday - d.weekday()) % 7)
    if n < 0:
        nxt = D(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return nxt - dt.timedelta(days=(nxt.weekday() - weekday) % 7)
    return d + dt.timedelta(weeks=n - 1)


def holidays(year: int) -> set[D]:
    """5 U.S.C. 6103 holidays with their observed days."""
    fixed = [D(year, 1, 1), D(year, 6, 19), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    out = {
        _nth(year, 1, 0, 3),
        _nth(year, 2, 0, 3),
        _nth(year, 5, 0, -1),
        _nth(year, 9, 0, 1),
        _nth(year, 10, 0, 2),
        _nth(year, 11, 3, 4),
    }
    for f in [*fixed, D(year + 1, 1, 1)]:
        if f.weekday() == 5:
            out.add(f - dt.timedelta(days=1))
        elif f.weekday() == 6:
            out.add(f + dt.timedelta(days=1))
        elif f.year == year:
            out.add(f)
    return {d for d in out if d.year == year}


def business_day(d: D) -> bool:
    return d.weekday() < 5 and d not in holidays(d.year)


def next_business_day(d: D) -> D:
    d += dt.timedelta(days=1)
    while not business_day(d):
        d += dt.timedelta(days=1)
    return d


def last_day(entry_date: D | None, decision_date: D) -> D:
    days = 90 if entry_date is not None and entry_date < D(2004, 12, 18) else 180
    return decision_date + dt.timedelta(days=days)


def timing(received: D, liquidation: D, last: D) -> str:
    """'premature', 'timely', 'grace' (P-TIME-5: needs_human) or 'untimely' for one entry."""
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def plus_years(d: D, years: int) -> D:
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


C = Decimal("0.01")


def penalty(culp: str, pd: bool, lod: Decimal, dv: Decimal, dutiable: Decimal) -> dict[str, Any]:
    """Statutory maximum, App. B range (capped at DV) and pre-penalty proposal (None: a person)."""
    if culp == "fraud":
        smax = dv
        lo, hi = (
            (lod * 5, lod * 8)
            if lod > 0
            else (dutiable * Decimal("0.5"), dutiable * Decimal("0.8"))
        )
    elif culp == "gross_negligence":
        smax = min(dv, lod * 4) if lod > 0 else min(dv, dutiable * Decimal("0.4"))
        lo, hi = (
            (lod * Decimal("2.5"), lod * 4)
            if lod > 0
            else (dutiable * Decimal("0.25"), dutiable * Decimal("0.4"))
        )
    else:
        smax = min(dv, lod * 2) if lod > 0 else min(dv, dutiable * Decimal("0.2"))
        lo, hi = (
            (lod * Decimal("0.5"), lod * 2)
            if lod > 0
            else (dutiable * Decimal("0.05"), dutiable * Decimal("0.2"))
        )
    proposed: Decimal | None = smax
    if pd:  # fraud: 1592(c)(4); (gross) negligence: interest a person computes
        proposed = (lod if lod > 0 else dutiable * Decimal("0.1")) if culp == "fraud" else None
    return {
        "max": smax.quantize(C),
        "range": [min(lo, dv).quantize(C), min(hi, dv).quantize(C)],
        "proposed": None if proposed is None else proposed.quantize(C),
    }
