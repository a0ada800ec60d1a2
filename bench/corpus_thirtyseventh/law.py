"""The law as shared/domain/customs-rules.md states it, written out for this corpus's truths."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import cache

import holidays

CENT = Decimal("0.01")
OLD_ENTRY_CUTOFF = dt.date(2004, 12, 18)


def check_digit(filer_and_number: str) -> int:
    """CATAIR App. E: A=1..I=9, double even positions, sum the digits, (10 - s % 10) % 10."""
    chars = filer_and_number.replace("-", "")
    assert len(chars) == 10, chars
    total = 0
    for position, char in enumerate(chars, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        assert 0 <= value <= 9, "filer codes here use A..I only"
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, number: str) -> str:
    """The normalized entry number XXX-NNNNNNN-C."""
    return f"{filer}-{number}-{check_digit(filer + number)}"


@cache
def _holidays(year: int) -> frozenset[dt.date]:
    return frozenset(holidays.country_holidays("US", years=year, observed=True).keys())


def business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (observed days included)."""
    return day.weekday() < 5 and day not in _holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`."""
    day += dt.timedelta(days=1)
    while not business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    period = 90 if entry_date < OLD_ENTRY_CUTOFF else 180
    return liquidation + dt.timedelta(days=period)


def entry_timing(received: dt.date, liquidation: dt.date, last_day: dt.date) -> str:
    """premature | timely | grace (P-TIME-5, needs a person) | untimely for one entry."""
    if received < liquidation:
        return "premature"
    if received <= last_day:
        return "timely"
    if not business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "untimely"


def protest_outcome(timings: list[str], *, invalid: bool, missing: list[str], verify: bool) -> str:
    """Outcome precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(timings)
    if verify or "grace" in kinds:
        return "needs_human"
    if len(kinds) > 1:
        return "needs_human"  # only some entries late or early
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    if invalid:
        return "invalid"
    if missing:
        return "deficient"
    return "accept"


def add_years(day: dt.date, years: int) -> dt.date:
    """Same month and day `years` later (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def money(value: Decimal) -> Decimal:
    """Round to the cent (every figure here is exact by construction; this only checks it)."""
    rounded = value.quantize(CENT, rounding=ROUND_HALF_UP)
    assert rounded == value, f"{value} is not exact to the cent"
    return rounded


def loss_of_duties(entries: list[dict[str, object]]) -> dict[str, Decimal]:
    """Per entry owed - paid, never below zero; actual if liquidated, potential if not."""
    actual = Decimal(0)
    potential = Decimal(0)
    for entry in entries:
        loss = max(Decimal(0), Decimal(str(entry["duty_owed"])) - Decimal(str(entry["duty_paid"])))
        if entry["liquidated"]:
            actual += loss
        else:
            potential += loss
    return {
        "actual": money(actual),
        "potential": money(potential),
        "total": money(actual + potential),
    }


_MAX = {
    "negligence": (Decimal(2), Decimal("0.20")),
    "gross_negligence": (Decimal(4), Decimal("0.40")),
}
_RANGE = {
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
}


def statutory_max(culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None) -> Decimal:
    """1592(c)(1)-(3)."""
    if culpability == "fraud":
        return money(dv)
    times, share = _MAX[culpability]
    if lod > 0:
        return money(min(dv, times * lod))
    assert dutiable is not None
    return money(min(dv, share * dutiable))


def guideline_range(
    culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None
) -> list[Decimal]:
    """App. B (F)(2), each end capped at the domestic value."""
    loss_factors, share_factors = _RANGE[culpability]
    if lod > 0:
        return [money(min(dv, f * lod)) for f in loss_factors]
    assert dutiable is not None
    return [money(min(dv, f * dutiable)) for f in share_factors]


def proposed_penalty(
    culpability: str, prior_disclosure: bool, lod: Decimal, dv: Decimal, dutiable: Decimal | None
) -> Decimal | None:
    """App. B (E)(1)(b); None where a person computes interest (negligence-type PD)."""
    if prior_disclosure:
        if culpability == "fraud":
            if lod > 0:
                return money(lod)
            assert dutiable is not None
            return money(Decimal("0.10") * dutiable)
        return None
    return statutory_max(culpability, lod, dv, dutiable)


def notice(outcome: str, proposed: Decimal | None, noncommercial: bool) -> str:
    """none | pre_penalty | penalty (162.77(c))."""
    if outcome == "needs_human" or proposed is None or proposed == 0:
        return "none"
    if proposed > 1000 and not noncommercial:
        return "pre_penalty"
    return "penalty"
