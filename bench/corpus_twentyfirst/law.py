"""The law the truths are computed by: entry numbers, protest clocks, 1592 penalty figures."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import holidays

CENT = Decimal("0.01")
ONE_FILING_PERIOD_SWITCH = date(2004, 12, 18)  # 174.12(e): entries before this date have 90 days


def check_digit(filer: str, number: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled and digit-summed, ten's complement."""
    total = 0
    for position, char in enumerate(filer + number, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(rng: random.Random, filer: str) -> str:
    number = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{number}-{check_digit(filer, number)}"


def filer_code(rng: random.Random) -> str:
    """Filer codes of A..I and digits only: the VERIFY part of the letter table is never touched."""
    return "".join(rng.choice("ABCDEFGHI123456789") for _ in range(3))


def last_day(entry_date: date, decided: date) -> date:
    """174.12(e): 90 days for entries before 2004-12-18, else 180; day 1 follows the decision."""
    days = 90 if entry_date < ONE_FILING_PERIOD_SWITCH else 180
    return decided + timedelta(days=days)


def is_business_day(day: date) -> bool:
    """A weekday that is not a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in holidays.country_holidays("US", years=day.year)


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def timing(received: date, last: date, decided: date) -> str:
    """One entry: premature, timely, grace (needs a person, P-TIME-5) or late."""
    if received <= decided:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "late"


def money(value: Decimal | float | int) -> Decimal:
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def plus_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def penalty(
    culpability: str,
    prior_disclosure: bool,
    loss_actual: Decimal,
    loss_potential: Decimal,
    domestic: Decimal,
    dutiable: Decimal | None,
) -> dict[str, object]:
    """19 U.S.C. 1592(c) maximum, App. B (F)(2) range capped at DV, App. B (E)(1)(b) proposal."""
    lod = loss_actual + loss_potential
    factors: dict[str, tuple[int, Decimal, Decimal, Decimal, Decimal]] = {
        "negligence": (2, Decimal("0.5"), Decimal(2), Decimal("0.20"), Decimal("0.05")),
        "gross_negligence": (4, Decimal("2.5"), Decimal(4), Decimal("0.40"), Decimal("0.25")),
        "fraud": (0, Decimal(5), Decimal(8), Decimal("0.80"), Decimal("0.50")),
    }
    times, low, high, pct_high, pct_low = factors[culpability]
    if culpability == "fraud":
        maximum = domestic
    elif lod > 0:
        maximum = min(domestic, times * lod)
    else:
        assert dutiable is not None
        maximum = min(domestic, pct_high * dutiable)
    if lod > 0:
        rng = [min(domestic, low * lod), min(domestic, high * lod)]
    else:
        assert dutiable is not None
        rng = [min(domestic, pct_low * dutiable), min(domestic, pct_high * dutiable)]
    proposed: Decimal | None
    if not prior_disclosure:
        proposed = domestic if culpability == "fraud" else maximum
    elif culpability == "fraud":
        assert lod > 0 or dutiable is not None
        proposed = lod if lod > 0 else Decimal("0.10") * (dutiable or Decimal(0))
    else:
        proposed = None if loss_actual > 0 else Decimal(0)
    for figure in (maximum, *rng, proposed):
        assert figure is None or figure == money(figure), f"not exact to the cent: {figure}"
    return {
        "loss_of_duties": {
            "actual": money(loss_actual),
            "potential": money(loss_potential),
            "total": money(lod),
        },
        "statutory_max": money(maximum),
        "guideline_range": [money(r) for r in rng],
        "proposed_penalty": None if proposed is None else money(proposed),
    }
