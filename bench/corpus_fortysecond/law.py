"""The law the truths are computed with, written from shared/domain/customs-rules.md only."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

D = dt.date


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1..; double even positions, add digit sums; (10 - total % 10) % "
    "10."""
    total = 0
    for pos, ch in enumerate(ten, start=1):
        value = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> D:
    first = D(year, month, 1)
    day = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    return day + dt.timedelta(weeks=n - 1)


def _last_weekday(year: int, month: int, weekday: int) -> D:
    last = D(year, month + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def holidays(year: int) -> set[D]:
    """Federal holidays (5 U.S.C. 6103) with the observed Friday/Monday."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days: set[D] = set()
    for day in fixed:
        if day.weekday() == 5:
            days.add(day - dt.timedelta(days=1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(days=1))
        else:
            days.add(day)
    if D(year + 1, 1, 1).weekday() == 5:
        days.add(D(year, 12, 31))
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    return days


def business_day(day: D) -> bool:
    return day.weekday() < 5 and day not in holidays(day.year)


def next_business_day(day: D) -> D:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


OLD_ENTRY = D(2004, 12, 18)


def last_day(entry_date: D, liquidation: D) -> D:
    return liquidation + dt.timedelta(days=90 if entry_date < OLD_ENTRY else 180)


def entry_status(entry_date: D, liquidation: D, received: D) -> str:
    """timely | premature | late | grace (P-TIME-5)."""
    if received < liquidation:
        return "premature"
    last = last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(statuses: list[str], invalid: bool, missing: list[str], verify: bool) -> str:
    if verify or "grace" in statuses or len(set(statuses)) > 1:
        return "needs_human"
    if statuses and statuses[0] == "premature":
        return "premature"
    if statuses and statuses[0] == "late":
        return "untimely"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


def plus_years(day: D, years: int) -> D:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def cents(value: Fraction) -> Fraction:
    assert (value * 100).denominator == 1, value
    return value


def money(value: Fraction) -> float:
    return float(cents(value))


# culpability: (statutory with loss, statutory without loss, range with loss, range without)
MULT = {
    "fraud": (None, None, (Fraction(5), Fraction(8)), (Fraction(1, 2), Fraction(4, 5))),
    "gross_negligence": (
        Fraction(4),
        Fraction(2, 5),
        (Fraction(5, 2), Fraction(4)),
        (Fraction(1, 4), Fraction(2, 5)),
    ),
    "negligence": (
        Fraction(2),
        Fraction(1, 5),
        (Fraction(1, 2), Fraction(2)),
        (Fraction(1, 20), Fraction(1, 5)),
    ),
}


def penalty(
    culpability: str,
    prior: bool,
    noncommercial: bool,
    entries: list[dict[str, object]],
    dv: Fraction,
    dutiable: Fraction | None,
    violation: D,
    today: D,
) -> dict[str, object]:
    actual = potential = Fraction(0)
    for e in entries:
        loss = max(Fraction(0), Fraction(str(e["duty_owed"])) - Fraction(str(e["duty_paid"])))
        if e["liquidated"]:
            actual += loss
        else:
            potential += loss
    lod = actual + potential
    base = dutiable if dutiable is not None else Fraction(0)
    stat_loss, stat_none, rng_loss, rng_none = MULT[culpability]
    if culpability == "fraud":
        stat = dv
    elif lod > 0:
        assert stat_loss is not None
        stat = min(dv, stat_loss * lod)
    else:
        assert stat_none is not None
        stat = min(dv, stat_none * base)
    low, high = (
        (rng_loss[0] * lod, rng_loss[1] * lod)
        if lod > 0
        else (rng_none[0] * base, rng_none[1] * base)
    )
    verify = False
    proposed: Fraction | None
    if prior and culpability == "fraud":
        proposed = lod if lod > 0 else base / 10
    elif prior and actual > 0:
        proposed, verify = None, True
    elif prior:
        proposed, verify = (
            None,
            True,
        )  # no actual loss: interest 0, but the contract leaves it to a person
    else:
        proposed = stat
    limitations = plus_years(violation, 5)
    barred = [str(e["entry_number"]) for e in entries if plus_years(e["entry_date"], 5) < today]  # type: ignore[arg-type]
    human = verify or limitations < today or bool(barred)
    if human or proposed is None or proposed == 0:
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
        "statutory_max": money(stat),
        "guideline_range": [money(min(low, dv)), money(min(high, dv))],
        "proposed_penalty": None if proposed is None else money(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if human else "draft",
        "barred_entries": barred,
    }
