"""The law the truths are computed by: check digits, protest clocks, 1592 figures (exact cents)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import holidays

CENT = Decimal("0.01")
OLD_ENTRY_CUTOFF = date(2004, 12, 18)  # 174.12(e): earlier entries have 90 days


def check_digit(filer: str, number: str) -> str:
    """CATAIR App. E check digit of filer code + 7 digits (letters A=1, B=2, ...)."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in (filer + number).upper()]
    total = 0
    for position, digit in enumerate(digits, start=1):
        value = digit * 2 if position % 2 == 0 else digit
        total += value // 10 + value % 10 if value >= 10 else value
    return str((10 - total % 10) % 10)


def entry_number(filer: str, number: str) -> str:
    """The normalized XXX-NNNNNNN-C form."""
    return f"{filer}-{number}-{check_digit(filer, number)}"


def last_day(entry_date: date, liquidation: date) -> date:
    """Liquidation + 180 days (+ 90 for entries made before 2004-12-18), never rolled forward."""
    return liquidation + timedelta(days=90 if entry_date < OLD_ENTRY_CUTOFF else 180)


def business_day(day: date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days included)."""
    federal = holidays.country_holidays("US", years=day.year, observed=True)
    return day.weekday() < 5 and day not in federal


def next_business_day(day: date) -> date:
    """The first business day after DAY."""
    day += timedelta(days=1)
    while not business_day(day):
        day += timedelta(days=1)
    return day


def timing(received: date, last: date) -> str:
    """timely | grace (P-TIME-5, a person decides) | late for one entry."""
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def five_years(day: date) -> date:
    """The 1621 limit: the same calendar day five years on (29 Feb -> 28 Feb)."""
    try:
        return day.replace(year=day.year + 5)
    except ValueError:
        return day.replace(year=day.year + 5, day=28)


def exact(value: Decimal) -> Decimal:
    """VALUE, asserted to be a whole number of cents (the corpus never rounds)."""
    if value != value.quantize(CENT):
        raise AssertionError(f"{value} is not exact to the cent")
    return value.quantize(CENT)


def penalty_figures(culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None,
                    disclosed: bool) -> tuple[Decimal, tuple[Decimal, Decimal], Decimal | None]:
    """Statutory max, App. B (F)(2) range capped at DV, and the proposal (None: a person)."""
    factor = {"negligence": (Decimal("0.5"), Decimal(2)),
              "gross_negligence": (Decimal("2.5"), Decimal(4)),
              "fraud": (Decimal(5), Decimal(8))}[culpability]
    share = {"negligence": (Decimal("0.05"), Decimal("0.20")),
             "gross_negligence": (Decimal("0.25"), Decimal("0.40")),
             "fraud": (Decimal("0.50"), Decimal("0.80"))}[culpability]
    if lod > 0:
        low, high = lod * factor[0], lod * factor[1]
    else:
        assert dutiable is not None
        low, high = dutiable * share[0], dutiable * share[1]
    maximum = dv if culpability == "fraud" else min(dv, lod * factor[1] if lod > 0 else high)
    proposal: Decimal | None = dv if culpability == "fraud" else maximum
    if disclosed:
        if culpability == "fraud":
            assert dutiable is not None or lod > 0
            proposal = lod if lod > 0 else Decimal("0.10") * (dutiable or Decimal(0))
        else:
            proposal = None
    rng = (exact(min(low, dv)), exact(min(high, dv)))
    return exact(maximum), rng, None if proposal is None else exact(proposal)
