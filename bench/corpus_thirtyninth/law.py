"""The law of shared/domain/customs-rules.md, as this hand reads it (written blind)."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

D = dt.date
LIQUIDATION_DECISIONS = {"appraised_value", "classification", "liquidation"}
CUTOFF_90 = D(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled and their digits summed."""
    chars = (filer + serial).upper()
    assert len(chars) == 10
    total = 0
    for pos, ch in enumerate(chars, start=1):
        value = ord(ch) - ord("A") + 1 if ch.isalpha() else int(ch)
        if pos % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> D:
    day = D(year, month, 1)
    day += dt.timedelta((weekday - day.weekday()) % 7)
    return day + dt.timedelta(weeks=nth - 1)


def _last_weekday(year: int, month: int, weekday: int) -> D:
    day = D(year, month + 1, 1) - dt.timedelta(1)
    return day - dt.timedelta((day.weekday() - weekday) % 7)


def federal_holidays(year: int) -> set[D]:
    """5 U.S.C. 6103 with the observed days (Saturday -> Friday, Sunday -> Monday)."""
    fixed = [D(year, 1, 1), D(year, 7, 4), D(year, 11, 11), D(year, 12, 25)]
    if year >= 2021:
        fixed.append(D(year, 6, 19))
    days = {
        _nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2), _nth_weekday(year, 11, 3, 4),
    }
    for day in fixed:
        days.add(day)
        if day.weekday() == 5:
            days.add(day - dt.timedelta(1))
        elif day.weekday() == 6:
            days.add(day + dt.timedelta(1))
    return days


def business_day(day: D) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year) | federal_holidays(
        day.year + 1
    )


def next_business_day(day: D) -> D:
    day += dt.timedelta(1)
    while not business_day(day):
        day += dt.timedelta(1)
    return day


def protest_last_day(entry_date: D, liquidation: D) -> D:
    return liquidation + dt.timedelta(90 if entry_date < CUTOFF_90 else 180)


def protest_timing(entry_date: D, liquidation: D, received: D, category: str) -> str:
    """'timely', 'premature', 'untimely' or 'grace' (P-TIME-5: needs a person)."""
    if received < liquidation and category in LIQUIDATION_DECISIONS:
        return "premature"
    last = protest_last_day(entry_date, liquidation)
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str], verify: bool) -> str:
    kinds = set(timings)
    if verify or "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


def add_years(day: D, years: int) -> D:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def money(value: Decimal) -> float:
    return float(value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def penalty(
    culpability: str, prior_disclosure: bool, entries: list[dict[str, object]],
    domestic: Decimal, dutiable: Decimal, violation: D, today: D, noncommercial: bool,
) -> tuple[dict[str, object], list[str]]:
    """The contract's penalty decision; the second item lists keys a person must settle."""
    actual = potential = Decimal(0)
    barred = []
    for entry in entries:
        loss = max(Decimal(str(entry["duty_owed"])) - Decimal(str(entry["duty_paid"])), Decimal(0))
        if entry["liquidated"]:
            actual += loss
        else:
            potential += loss
        if add_years(D.fromisoformat(str(entry["entry_date"])), 5) < today:
            barred.append(str(entry["entry_number"]))
    lod = actual + potential
    factor = {"fraud": None, "gross_negligence": 4, "negligence": 2}[culpability]
    share = {"fraud": None, "gross_negligence": Decimal("0.40"), "negligence": Decimal("0.20")}
    if factor is None:
        maximum = domestic
    elif lod > 0:
        maximum = min(domestic, factor * lod)
    else:
        maximum = min(domestic, share[culpability] * dutiable)  # type: ignore[operator]
    ranges = {
        "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
        "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
        "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
    }[culpability]
    base, (low, high) = (lod, ranges[0]) if lod > 0 else (dutiable, ranges[1])
    guideline = [min(domestic, low * base), min(domestic, high * base)]
    open_keys: list[str] = []
    verify = False
    if prior_disclosure and culpability == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * dutiable
    elif prior_disclosure:
        if actual > 0:
            verify = True
            proposed = Decimal(0)
            open_keys.append("proposed_penalty")
        else:
            proposed = Decimal(0)
    else:
        proposed = maximum
    limitations = add_years(violation, 5)
    outcome = "needs_human" if verify or limitations < today or barred else "draft"
    if outcome == "needs_human" or proposed == 0:
        notice = "none"
    elif proposed > 1000 and not noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    decision: dict[str, object] = {
        "loss_of_duties": {"actual": money(actual), "potential": money(potential),
                           "total": money(lod)},
        "statutory_max": money(maximum),
        "guideline_range": [money(guideline[0]), money(guideline[1])],
        "proposed_penalty": money(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": outcome,
        "barred_entries": barred,
    }
    for figure in (actual, potential, maximum, guideline[0], guideline[1], proposed):
        assert figure == figure.quantize(Decimal("0.01")), figure
    return decision, open_keys
