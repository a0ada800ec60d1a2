"""The law the truths are decided by: protest clocks, entry numbers and exact 1592 arithmetic."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal

import holidays

CENT = Decimal("0.01")
OLD_RULE_END = dt.date(
    2004, 12, 18
)  # entries made before this date have 90 days (19 CFR 174.12(e))


def check_digit(ten: str) -> str:
    """CATAIR App. E check digit of the 10 characters before it (letters A=1 ... I=9 only)."""
    total = 0
    for position, char in enumerate(ten, start=1):
        digit = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return str((10 - total % 10) % 10)


def entry_number(filer: str, serial: int) -> str:
    """A valid `XXX-NNNNNNN-C` entry number."""
    body = f"{filer}{serial:07d}"
    return f"{filer}-{serial:07d}-{check_digit(body)}"


def last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """Liquidation + 180 days (+ 90 for entries made before 2004-12-18), never rolled forward."""
    days = 90 if entry_date < OLD_RULE_END else 180
    return liquidation + dt.timedelta(days=days)


def business_day(day: dt.date) -> bool:
    """Not a weekend and not a federal holiday or its observed day (5 U.S.C. 6103)."""
    return day.weekday() < 5 and day not in _holidays(day.year)


@functools.cache
def _holidays(year: int) -> frozenset[dt.date]:
    """US federal holidays with their observed days."""
    return frozenset(holidays.country_holidays("US", years=year))


def next_business_day(day: dt.date) -> dt.date:
    nxt = day + dt.timedelta(days=1)
    while not business_day(nxt):
        nxt += dt.timedelta(days=1)
    return nxt


def timing(received: dt.date, entry_date: dt.date, liquidation: dt.date) -> str:
    """`timely`, `premature`, `grace` (P-TIME-5: needs a person) or `untimely` for one entry."""
    if received < liquidation + dt.timedelta(days=1):
        return "premature"
    end = last_day(entry_date, liquidation)
    if received <= end:
        return "timely"
    if not business_day(end) and received <= next_business_day(end):
        return "grace"
    return "untimely"


def plus_years(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years)


def money(value: Decimal) -> float:
    """A truth amount: a number equal to the cent (asserted exact)."""
    assert value == value.quantize(CENT), value
    return float(value)


def statutory_max(culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None) -> Decimal:
    """19 U.S.C. 1592(c)(1)-(3)."""
    if culpability == "fraud":
        return dv
    factor = {"gross_negligence": (4, Decimal("0.40")), "negligence": (2, Decimal("0.20"))}[
        culpability
    ]
    if lod > 0:
        return min(dv, factor[0] * lod)
    assert dutiable is not None
    return min(dv, factor[1] * dutiable)


def guideline_range(
    culpability: str, lod: Decimal, dv: Decimal, dutiable: Decimal | None
) -> tuple[Decimal, Decimal]:
    """19 CFR 171 App. B (F)(2), each end capped at the domestic value."""
    loss: dict[str, tuple[str, str]] = {
        "fraud": ("5", "8"),
        "gross_negligence": ("2.5", "4"),
        "negligence": ("0.5", "2"),
    }
    share: dict[str, tuple[str, str]] = {
        "fraud": ("0.50", "0.80"),
        "gross_negligence": ("0.25", "0.40"),
        "negligence": ("0.05", "0.20"),
    }
    if lod > 0:
        low, high = (Decimal(f) * lod for f in loss[culpability])
    else:
        assert dutiable is not None
        low, high = (Decimal(f) * dutiable for f in share[culpability])
    return min(low, dv), min(high, dv)
