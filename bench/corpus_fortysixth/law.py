"""The law of shared/domain/customs-rules.md as small pure functions (written blind)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import holidays

CUTOFF_90 = dt.date(2004, 12, 18)


def check_digit(first10: str) -> int:
    """CATAIR App. E check digit of the ten characters before it (letters A=1, B=2, ...)."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in first10.replace("-", "")]
    assert len(digits) == 10
    total = 0
    for position, digit in enumerate(digits, start=1):
        if position % 2 == 0:
            doubled = digit * 2
            total += doubled // 10 + doubled % 10
        else:
            total += digit
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """`XXX-NNNNNNN-C` with its check digit."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def is_business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday (observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays("US", years=day.year)


def next_business_day(day: dt.date) -> dt.date:
    """The first business day after `day`."""
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date | None, decision_date: dt.date) -> dt.date:
    """Liquidation (or decision) + 180 days, + 90 for entries made before 2004-12-18."""
    days = 90 if entry_date is not None and entry_date < CUTOFF_90 else 180
    return decision_date + dt.timedelta(days=days)


def timing(last_day: dt.date, decision_date: dt.date, received: dt.date) -> str:
    """One entry's timing: premature, timely, grace (P-TIME-5) or untimely."""
    if received <= decision_date:
        return "premature"
    if received <= last_day:
        return "timely"
    if not is_business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "untimely"


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day `years` later (no 29 February is ever used here)."""
    return day.replace(year=day.year + years)


def cents(value: Decimal) -> float:
    """A Decimal exact to the cent as a JSON number."""
    assert value == value.quantize(Decimal("0.01")), value
    return float(value)


def penalty_figures(
    culpability: str,
    prior_disclosure: bool,
    actual: Decimal,
    potential: Decimal,
    domestic: Decimal,
    dutiable: Decimal | None,
) -> dict[str, Decimal | list[Decimal] | None]:
    """1592(c) maximum, App. B (F)(2) range capped at DV, and the App. B (E)(1)(b) proposal."""
    lod = actual + potential
    factor = {"negligence": 2, "gross_negligence": 4, "fraud": 0}[culpability]
    share = {"negligence": Decimal("0.20"), "gross_negligence": Decimal("0.40")}
    if culpability == "fraud":
        maximum = domestic
    elif lod > 0:
        maximum = min(domestic, factor * lod)
    else:
        assert dutiable is not None
        maximum = min(domestic, share[culpability] * dutiable)
    low_high = {
        "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
        "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
        "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
    }[culpability]
    if lod > 0:
        rng = [min(domestic, low_high[0][0] * lod), min(domestic, low_high[0][1] * lod)]
    else:
        assert dutiable is not None
        rng = [min(domestic, low_high[1][0] * dutiable), min(domestic, low_high[1][1] * dutiable)]
    proposed: Decimal | None
    if not prior_disclosure:
        proposed = maximum
    elif culpability == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * (dutiable or Decimal(0))
    else:
        proposed = None  # interest on the actual loss: a person computes it
    return {"max": maximum, "range": rng, "proposed": proposed, "lod": lod}
