"""The law of shared/domain/customs-rules.md, written out small for this corpus's truths.

Money is in integer cents throughout; every figure a truth carries is exact to the cent."""

from __future__ import annotations

import datetime as dt
from functools import cache

import holidays

OLD_ENTRY_CUTOFF = dt.date(2004, 12, 18)  # entries made before it have 90 days (174.12(e))
LIQUIDATION_DECISIONS = {"appraised_value", "classification", "liquidation"}


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters A=1.., double the even positions and sum their digits."""
    total = 0
    for position, char in enumerate(filer + serial, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


@cache
def _federal(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("US", years=year))


def business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _federal(day.year)


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date | None, decided: dt.date) -> dt.date:
    """P-TIME-1/2: decision (liquidation) date + 180 days, + 90 for entries before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < OLD_ENTRY_CUTOFF else 180
    return decided + dt.timedelta(days=days)


def timing(received: dt.date, decided: dt.date, last: dt.date, liquidation_decision: bool) -> str:
    """One entry's clock: early, timely, grace (P-TIME-5, a person decides) or untimely."""
    if received < decided and liquidation_decision:
        return "early"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def protest_outcome(states: list[str], protestable: bool, missing: list[str]) -> str:
    """The contract's precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    if "grace" in states or (len(set(states)) > 1 and ("early" in states or "untimely" in states)):
        return "needs_human"
    if states and all(s == "early" for s in states):
        return "premature"
    if states and all(s == "untimely" for s in states):
        return "untimely"
    if not protestable:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


def add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def _pct(cents: int, percent: int) -> int:
    value, rest = divmod(cents * percent, 100)
    assert rest == 0, (cents, percent)
    return value


def _times(cents: int, tenths: int) -> int:
    value, rest = divmod(cents * tenths, 10)
    assert rest == 0, (cents, tenths)
    return value


RANGES = {  # App. B (F)(2): (low, high) in tenths of LOD, and in percent of dutiable value
    "fraud": ((50, 80), (50, 80)),
    "gross_negligence": ((25, 40), (25, 40)),
    "negligence": ((5, 20), (5, 20)),
}


def penalty_figures(
    culpability: str, lod: int, dv: int, dutiable: int, prior_disclosure: bool
) -> tuple[int, tuple[int, int], int | None]:
    """(statutory maximum, guideline range, proposed penalty or None when a person computes it)."""
    if culpability == "fraud":
        maximum = dv
    elif culpability == "gross_negligence":
        maximum = min(dv, 4 * lod) if lod > 0 else min(dv, _pct(dutiable, 40))
    else:
        maximum = min(dv, 2 * lod) if lod > 0 else min(dv, _pct(dutiable, 20))
    loss_range, value_range = RANGES[culpability]
    if lod > 0:
        low, high = (_times(lod, loss_range[0]), _times(lod, loss_range[1]))
    else:
        low, high = (_pct(dutiable, value_range[0]), _pct(dutiable, value_range[1]))
    guideline = (min(low, dv), min(high, dv))
    proposed: int | None
    if not prior_disclosure:
        proposed = maximum
    elif culpability == "fraud":
        proposed = lod if lod > 0 else _pct(dutiable, 10)
    else:
        proposed = None
    return maximum, guideline, proposed


def notice(proposed: int | None, commercial: bool, needs_human: bool) -> str:
    """162.77(c): no pre-penalty notice for a claim of $1,000 or less, or noncommercial."""
    if needs_human or not proposed:
        return "none"
    return "pre_penalty" if proposed > 100_000 and commercial else "penalty"


def dollars(cents: int) -> float:
    return round(cents / 100, 2)
