"""The rules of shared/domain/customs-rules.md that the truths need, written for this corpus
alone."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

D = dt.date
CENT = Decimal("0.01")
CUTOFF_90_DAYS = D(2004, 12, 18)


def check_digit(first_ten: str) -> int:
    """CATAIR App. E: letters A=1..I=9, double the even positions, digit sums, (10 - total %
    10) % 10."""
    total = 0
    for position, char in enumerate(first_ten, start=1):
        digit = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """`XXX-NNNNNNN-C` with its check digit."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    first = D(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> dt.date:
    last = D(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else D(year, 12, 31)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[dt.date]:
    """5 U.S.C. 6103 with observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = set()
    for day in fixed:
        if day.weekday() == 5:
            day -= dt.timedelta(days=1)
        elif day.weekday() == 6:
            day += dt.timedelta(days=1)
        days.add(day)
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    # New Year's Day of the next year observed on a Friday 31 December
    if D(year + 1, 1, 1).weekday() == 5:
        days.add(D(year, 12, 31))
    return days


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date | None, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < CUTOFF_90_DAYS else 180
    return liquidation + dt.timedelta(days=days)


def entry_timing(received: dt.date, liquidation: dt.date, last_day: dt.date) -> str:
    """`early`, `timely`, `grace` (P-TIME-5) or `late` for one entry."""
    if received < liquidation:
        return "early"
    if received <= last_day:
        return "timely"
    if not is_business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "late"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str], verify: bool) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(timings)
    if verify or "grace" in kinds or (len(kinds - {"timely"}) > 0 and len(kinds) > 1):
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


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def money(value: Decimal) -> float:
    return float(value.quantize(CENT))


def penalty(
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    entries: list[dict[str, object]],
    domestic: Decimal,
    dutiable: Decimal | None,
    violation: dt.date,
    today: dt.date,
) -> tuple[dict[str, object], list[str]]:
    """The contract's penalty decision; second item: decision keys left open (interest a
    person computes)."""
    actual = potential = Decimal(0)
    for entry in entries:
        loss = max(Decimal(str(entry["duty_owed"])) - Decimal(str(entry["duty_paid"])), Decimal(0))
        if entry["liquidated"]:
            actual += loss
        else:
            potential += loss
    lod = actual + potential
    base = dutiable if dutiable is not None else Decimal(0)
    if culpability == "fraud":
        maximum = domestic
        low, high = (
            (5 * lod, 8 * lod) if lod > 0 else (base * Decimal("0.50"), base * Decimal("0.80"))
        )
    elif culpability == "gross_negligence":
        maximum = min(domestic, 4 * lod) if lod > 0 else min(domestic, base * Decimal("0.40"))
        low, high = (
            (lod * Decimal("2.5"), 4 * lod)
            if lod > 0
            else (base * Decimal("0.25"), base * Decimal("0.40"))
        )
    else:
        maximum = min(domestic, 2 * lod) if lod > 0 else min(domestic, base * Decimal("0.20"))
        low, high = (
            (lod * Decimal("0.5"), 2 * lod)
            if lod > 0
            else (base * Decimal("0.05"), base * Decimal("0.20"))
        )
    low, high = min(low, domestic), min(high, domestic)
    open_keys: list[str] = []
    verify = False
    proposed: Decimal | None = maximum
    if prior_disclosure:
        if culpability == "fraud":
            proposed = lod if lod > 0 else base * Decimal("0.10")
        elif actual > 0:
            proposed = None
            verify = True
            open_keys.append("proposed_penalty")
        else:
            proposed = Decimal(0)
    limitations = add_years(violation, 5)
    barred = [str(e["entry_number"]) for e in entries if add_years(e["entry_date"], 5) < today]  # type: ignore[arg-type]
    needs_human = verify or limitations < today or bool(barred)
    if needs_human or proposed is None or proposed == 0:
        notice = "none"
    elif proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, object] = {
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
    for key in open_keys:
        decision.pop(key)
    return decision, open_keys
