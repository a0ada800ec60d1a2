"""The law the truths are computed by: business days, protest clocks, penalty figures."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

OLD_ENTRY_CUTOFF = date(2004, 12, 18)  # 19 CFR 174.12(e): earlier entries have 90 days
CENT = Decimal("0.01")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    # 5 U.S.C. 6103 / E.O. 11582: Saturday holidays are kept on Friday, Sunday ones on Monday.
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[date]:
    """YEAR's observed federal holidays (Juneteenth from 2021; next New Year on Dec 31)."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2021:
        fixed.append(date(year, 6, 19))
    days = {_observed(d) for d in fixed}
    days |= {_nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3), _last_weekday(year, 5, 0),
             _nth_weekday(year, 9, 0, 1), _nth_weekday(year, 10, 0, 2),
             _nth_weekday(year, 11, 3, 4)}
    if date(year + 1, 1, 1).weekday() == 5:  # observed on Dec 31 of this year
        days.add(date(year, 12, 31))
    return days


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date | None, liquidation: date) -> date:
    """Liquidation + 180 days, or + 90 for an entry made before 2004-12-18."""
    old = entry_date is not None and entry_date < OLD_ENTRY_CUTOFF
    return liquidation + timedelta(days=90 if old else 180)


def timing(received: date, liquidation: date, last: date) -> str:
    """premature | timely | grace (P-TIME-5, a person decides) | late."""
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def protest_outcome(states: list[str], invalid: bool, missing: list[str]) -> str:
    """The contract's precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    if "grace" in states or len(set(states)) > 1:
        return "needs_human"
    if states and states[0] == "premature":
        return "premature"
    if states and states[0] == "late":
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # Feb 29
        return day.replace(year=day.year + years, day=28)


def money(value: Decimal) -> float:
    return float(value.quantize(CENT, rounding=ROUND_HALF_UP))


def exact(value: Decimal) -> bool:
    return value == value.quantize(CENT)


MAX_FACTOR = {"negligence": (Decimal(2), Decimal("0.20")),
              "gross_negligence": (Decimal(4), Decimal("0.40"))}
RANGES = {"fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
          "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
          "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20")))}


def statutory_max(culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None) -> Decimal:
    """1592(c)(1)-(3), whether or not there was a prior disclosure."""
    if culpability == "fraud":
        return dv
    per_lod, per_value = MAX_FACTOR[culpability]
    if lod > 0:
        return min(dv, per_lod * lod)
    assert dutiable is not None, "a no-loss case needs the dutiable value"
    return min(dv, per_value * dutiable)


def guideline(culpability: str, lod: Decimal, dv: Decimal,
              dutiable: Decimal | None) -> tuple[Decimal, Decimal]:
    """App. B (F)(2), each end capped at the domestic value."""
    by_lod, by_value = RANGES[culpability]
    if lod > 0:
        low, high = by_lod[0] * lod, by_lod[1] * lod
    else:
        assert dutiable is not None
        low, high = by_value[0] * dutiable, by_value[1] * dutiable
    return min(low, dv), min(high, dv)
