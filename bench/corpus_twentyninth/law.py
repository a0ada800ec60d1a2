"""The law the truths are computed from (customs-rules.md): entry check digits, protest clocks,
ruling routes and 1592 penalty arithmetic. Pure functions, dates and Decimals in, results out."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import holidays

OLD_PERIOD_BEFORE = dt.date(2004, 12, 18)
CENT = Decimal("0.01")


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled and digit-summed."""
    digits = [ord(c) - 64 if c.isalpha() else int(c) for c in filer + serial]
    total = 0
    for pos, d in enumerate(digits, start=1):
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return (10 - total % 10) % 10


def protest_last_day(entry_date: dt.date | None, liquidation: dt.date) -> dt.date:
    """Liquidation + 180 days, or + 90 for entries made before 2004-12-18 (174.12(e))."""
    old = entry_date is not None and entry_date < OLD_PERIOD_BEFORE
    return liquidation + dt.timedelta(days=90 if old else 180)


def is_business_day(day: dt.date) -> bool:
    """Not a weekend day and not a federal holiday (5 U.S.C. 6103, observed days)."""
    return day.weekday() < 5 and day not in holidays.country_holidays(
        "US", years=day.year, observed=True
    )


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def entry_timing(received: dt.date, liquidation: dt.date, last_day: dt.date) -> str:
    """'early', 'timely', 'grace' (P-TIME-5, a person decides) or 'late' for one entry."""
    if received <= liquidation:
        return "early"
    if received <= last_day:
        return "timely"
    if not is_business_day(last_day) and received <= next_business_day(last_day):
        return "grace"
    return "late"


def protest_outcome(timings: list[str], invalid: bool, missing: list[str]) -> str:
    """Precedence needs_human, premature, untimely, invalid, deficient, accept."""
    kinds = set(timings)
    if "grace" in kinds or len(kinds) > 1:
        return "needs_human"
    if kinds == {"early"}:
        return "premature"
    if kinds == {"late"}:
        return "untimely"
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def ruling_route(subjects: list[str], reconsider_ny: bool) -> str:
    hq = {"valuation", "carrier", "other"}
    return "HQ" if reconsider_ny or any(s in hq for s in subjects) else "NCSD"


def add_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def cents(value: Decimal) -> Decimal:
    """A figure that must already be exact to the cent (the corpus is built so)."""
    if value != value.quantize(CENT):
        raise ValueError(f"not exact to the cent: {value}")
    return value


def statutory_max(culp: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None) -> Decimal:
    """1592(c)(1)-(3), whether or not there was a prior disclosure."""
    if culp == "fraud":
        return dv
    times, share = (
        (Decimal(4), Decimal("0.40"))
        if culp == "gross_negligence"
        else (Decimal(2), Decimal("0.20"))
    )
    if lod > 0:
        return cents(min(dv, times * lod))
    assert dutiable is not None
    return cents(min(dv, share * dutiable))


RANGES = {
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
}


def guideline_range(
    culp: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None
) -> list[Decimal]:
    """App. B (F)(2), each end capped at the domestic value."""
    loss, no_loss = RANGES[culp]
    if lod > 0:
        base, (low, high) = lod, loss
    else:
        assert dutiable is not None
        base, (low, high) = dutiable, no_loss
    return [cents(min(dv, low * base)), cents(min(dv, high * base))]


def proposed_penalty(
    culp: str, pd: bool, lod: Decimal, actual: Decimal, dv: Decimal, dutiable: Decimal | None
) -> Decimal | None:
    """App. B (E)(1)(b); None where a person computes interest (a (gross) negligence disclosure)."""
    if pd and culp == "fraud":
        if lod > 0:
            return lod
        assert dutiable is not None
        return cents(Decimal("0.10") * dutiable)
    if pd:
        return None if actual > 0 else Decimal("0.00")
    return statutory_max(culp, lod, dv, dutiable)


def notice(proposed: Decimal | None, needs_human: bool, noncommercial: bool) -> str:
    """162.77(c): no pre-penalty notice for $1,000 or less or a noncommercial importation."""
    if needs_human or not proposed:
        return "none"
    return "pre_penalty" if proposed > 1000 and not noncommercial else "penalty"
