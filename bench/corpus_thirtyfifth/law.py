"""The law the truths are computed by, from shared/domain/customs-rules.md only.

Money is in integer cents so every figure is exact to the cent.
"""

from __future__ import annotations

import datetime as dt

import holidays

_US = holidays.country_holidays("US", years=range(1995, 2040), observed=True)
OLD_ENTRY_CUTOFF = dt.date(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters A=1.., double even positions, sum digits, (10 - total % 10) % 10."""
    chars = (filer + serial).upper()
    total = 0
    for position, char in enumerate(chars, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
        total += sum(int(d) for d in str(value))
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def is_business_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _US


def next_business_day(day: dt.date) -> dt.date:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def protest_last_day(entry_date: dt.date, liquidation: dt.date) -> dt.date:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    return liquidation + dt.timedelta(days=90 if entry_date < OLD_ENTRY_CUTOFF else 180)


def timing(
    received: dt.date, liquidation: dt.date, last: dt.date, liquidation_decision: bool
) -> str:
    """One entry: 'premature', 'timely', 'grace' (P-TIME-5, a person decides) or 'untimely'."""
    if liquidation_decision and received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def combine_timing(states: list[str]) -> str | None:
    """The timing outcome of a whole protest, or None when every entry is timely."""
    if "grace" in states or len(set(states)) > 1:
        return None if set(states) == {"timely"} else "needs_human"
    return {"premature": "premature", "untimely": "untimely"}.get(states[0])


def add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def penalty_figures(
    culpability: str, lod: int, dv: int, dutiable: int, prior_disclosure: bool
) -> tuple[int, tuple[int, int], int | None]:
    """(statutory max, App. B (F)(2) range capped at DV, proposed penalty) in cents.

    The proposal is None for a (gross) negligence prior disclosure: interest a person computes.
    """
    if culpability == "fraud":
        statutory = dv
        low, high = (lod * 5, lod * 8) if lod > 0 else (dutiable * 50 // 100, dutiable * 80 // 100)
    elif culpability == "gross_negligence":
        statutory = min(dv, 4 * lod) if lod > 0 else min(dv, dutiable * 40 // 100)
        low, high = (
            (lod * 5 // 2, lod * 4) if lod > 0 else (dutiable * 25 // 100, dutiable * 40 // 100)
        )
    else:
        statutory = min(dv, 2 * lod) if lod > 0 else min(dv, dutiable * 20 // 100)
        low, high = (lod // 2, lod * 2) if lod > 0 else (dutiable * 5 // 100, dutiable * 20 // 100)
    low, high = min(low, dv), min(high, dv)
    proposed: int | None
    if prior_disclosure:
        proposed = (lod if lod > 0 else dutiable * 10 // 100) if culpability == "fraud" else None
    else:
        proposed = statutory
    return statutory, (low, high), proposed


def notice(outcome: str, proposed: int | None, noncommercial: bool) -> str:
    """162.77(c): none for a person's case or a zero proposal; else pre-penalty over $1,000."""
    if outcome == "needs_human" or not proposed:
        return "none"
    return "pre_penalty" if proposed > 100_000 and not noncommercial else "penalty"
