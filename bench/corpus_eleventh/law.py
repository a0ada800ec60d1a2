"""The law the truths are computed under: check digits, business days, protest clocks, 1592
figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

CENT = Decimal("0.01")
NINETY_DAY_CUTOFF = date(2004, 12, 18)  # 19 CFR 174.12(e)


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E check digit for a filer code (letters A..I or digits) and seven digits."""
    digits = [int(c) if c.isdigit() else ord(c) - 64 for c in filer + number]
    total = 0
    for position, digit in enumerate(digits, start=1):
        value = digit * 2 if position % 2 == 0 else digit
        total += value // 10 + value % 10 if value > 9 else value
    return (10 - total % 10) % 10


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    """5 U.S.C. 6103(b): Saturday holidays are observed Friday, Sunday holidays Monday."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[date]:
    """Legal public holidays of 5 U.S.C. 6103(a) with their observed days."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2021:
        fixed.append(date(year, 6, 19))
    days = {_observed(day) for day in fixed}
    days.add(_observed(date(year + 1, 1, 1)))  # New Year's Day on a Saturday is observed Dec 31
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    return {day for day in days if day.year == year}


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date, liquidation: date) -> date:
    """174.12(e): 180 days after liquidation, 90 for entries made before 2004-12-18."""
    return liquidation + timedelta(days=90 if entry_date < NINETY_DAY_CUTOFF else 180)


def entry_timing(entry_date: date, liquidation: date, received: date) -> str:
    """timely | premature | untimely | grace (P-TIME-5: after a non-business last day, by the
    next business day)."""
    if received < liquidation:
        return "premature"
    final = last_day(entry_date, liquidation)
    if received <= final:
        return "timely"
    if not is_business_day(final) and received <= next_business_day(final):
        return "grace"
    return "untimely"


def years_later(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def money(value: Decimal) -> Decimal:
    """A dollar amount; the corpus only builds figures that are exact to the cent."""
    exact = value.quantize(CENT)
    assert exact == value, f"{value} is not exact to the cent"
    return exact


@dataclass(frozen=True)
class PenaltyEntry:
    entry_number: str
    entry_date: date
    liquidated: bool
    entered_value: Decimal
    duty_paid: Decimal
    duty_owed: Decimal


@dataclass(frozen=True)
class PenaltyFigures:
    actual: Decimal
    potential: Decimal
    statutory_max: Decimal
    low: Decimal
    high: Decimal
    proposed: (
        Decimal | None
    )  # None: a (gross) negligence prior disclosure (interest a person computes)


MAX_FACTOR = {
    "negligence": (Decimal(2), Decimal("0.20")),
    "gross_negligence": (Decimal(4), Decimal("0.40")),
}
RANGE = {
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
}


def penalty_figures(
    entries: list[PenaltyEntry],
    culpability: str,
    disclosed: bool,
    domestic: Decimal,
    dutiable: Decimal | None,
) -> PenaltyFigures:
    """1592(c) maximum, App. B (F)(2) range capped at DV, App. B (E)(1)(b) proposal."""
    losses = [(e.liquidated, max(Decimal(0), e.duty_owed - e.duty_paid)) for e in entries]
    actual = sum((loss for liq, loss in losses if liq), Decimal(0))
    potential = sum((loss for liq, loss in losses if not liq), Decimal(0))
    lod = actual + potential
    basis = lod if lod > 0 else (dutiable or Decimal(0))
    if culpability == "fraud":
        maximum = domestic
    else:
        factor = MAX_FACTOR[culpability][0 if lod > 0 else 1]
        maximum = min(domestic, factor * basis)
    low_f, high_f = RANGE[culpability][0 if lod > 0 else 1]
    low, high = min(domestic, low_f * basis), min(domestic, high_f * basis)
    proposed: Decimal | None = maximum
    if disclosed:
        if culpability == "fraud":
            proposed = lod if lod > 0 else Decimal("0.10") * (dutiable or Decimal(0))
        else:
            proposed = None
    return PenaltyFigures(
        money(actual),
        money(potential),
        money(maximum),
        money(low),
        money(high),
        None if proposed is None else money(proposed),
    )
