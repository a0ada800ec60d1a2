"""The law the truths are computed from: shared/domain/customs-rules.md, written by this hand."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

CENT = Decimal("0.01")


def check_digit(first_ten: str) -> int:
    """CATAIR App. E: A=1.., even positions doubled and digit-summed, (10 - sum mod 10) mod 10."""
    total = 0
    for position, char in enumerate(first_ten, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """`XXX-NNNNNNN-C` with its check digit."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    first = dt.date(year, month, 1)
    shift = (weekday - first.weekday()) % 7
    return first + dt.timedelta(days=shift + 7 * (nth - 1))


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    while day.weekday() != weekday:
        day -= dt.timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 holidays with the observed day (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [dt.date(year, 1, 1), dt.date(year, 7, 4), dt.date(year, 11, 11), dt.date(year, 12, 25)]
    if year >= 2021:
        fixed.append(dt.date(year, 6, 19))
    days = set()
    for day in fixed:
        days.add(day)
        if day.weekday() == 5:
            days.add(day - dt.timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(days=1))
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    return days


def business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year) | federal_holidays(
        day.year + 1
    )


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def last_day(entry_date: dt.date | None, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days, + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < dt.date(2004, 12, 18) else 180
    return liquidation + dt.timedelta(days=days)


def entry_timing(received: dt.date, liquidation: dt.date, last: dt.date) -> str:
    """early | timely | grace (P-TIME-5) | late."""
    if received < liquidation:
        return "early"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1 or "174.13(a)(9)" in missing:
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


NCSD_TYPES = {"classification", "marking", "origin"}


def ruling_route(types: list[str]) -> str:
    return "NCSD" if all(kind in NCSD_TYPES for kind in types) else "HQ"


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, Any]],
    domestic: Decimal,
    dutiable: Decimal,
    violation: dt.date,
    today: dt.date,
) -> dict[str, Any]:
    """1592(c), App. B (E)(1)(b) and (F)(2), 1621, 162.77(c) as the contract states them."""
    actual = potential = Decimal(0)
    for entry in entries:
        loss = max(Decimal(0), Decimal(str(entry["duty_owed"])) - Decimal(str(entry["duty_paid"])))
        if entry["liquidated"]:
            actual += loss
        else:
            potential += loss
    lod = actual + potential
    factor = {
        "negligence": (2, "0.20", "0.5", "0.05"),
        "gross_negligence": (4, "0.40", "2.5", "0.25"),
    }
    if culpability == "fraud":
        maximum = domestic
        low, high = (
            (5 * lod, 8 * lod)
            if lod > 0
            else (dutiable * Decimal("0.5"), dutiable * Decimal("0.8"))
        )
    else:
        mult, share, low_mult, low_share = factor[culpability]
        maximum = min(domestic, mult * lod) if lod > 0 else min(domestic, dutiable * Decimal(share))
        low = lod * Decimal(low_mult) if lod > 0 else dutiable * Decimal(low_share)
        high = mult * lod if lod > 0 else dutiable * Decimal(share)
    low, high = min(low, domestic), min(high, domestic)
    needs_human = False
    proposed: Decimal | None
    if not prior_disclosure:
        proposed = domestic if culpability == "fraud" else maximum
    elif culpability == "fraud":
        proposed = lod if lod > 0 else dutiable * Decimal("0.10")
    elif actual > 0:
        proposed, needs_human = None, True
    else:
        proposed = Decimal(0)
    limitations = add_years(violation, 5)
    barred = [str(e["entry_number"]) for e in entries if add_years(e["entry_date"], 5) < today]
    if limitations < today or barred:
        needs_human = True
    if needs_human or not proposed:
        notice = "none"
    elif proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    return {
        "loss_of_duties": {
            "actual": money(actual),
            "potential": money(potential),
            "total": money(lod),
        },
        "statutory_max": money(maximum),
        "guideline_range": [money(low), money(high)],
        "proposed_penalty": None if proposed is None else money(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
