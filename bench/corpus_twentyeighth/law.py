"""The law the truths are computed from (shared/domain/customs-rules.md), kept apart from layout."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

Day = dt.date
NINETY_DAY_CUTOFF = dt.date(2004, 12, 18)


def check_digit(filer: str, serial: str) -> int:
    """CATAIR App. E: letters as A=1.., even positions doubled and digit-summed, 10-complement."""
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


def protest_last_day(entry_date: Day, liquidation: Day) -> Day:
    """P-TIME-1/2: liquidation + 180 days, or + 90 for entries made before 2004-12-18."""
    return liquidation + dt.timedelta(days=90 if entry_date < NINETY_DAY_CUTOFF else 180)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> Day:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _last_weekday(year: int, month: int, weekday: int) -> Day:
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: Day) -> Day:
    """5 U.S.C. 6103(b): a Saturday holiday is kept on Friday, a Sunday one on Monday."""
    if day.weekday() == 5:
        return day - dt.timedelta(days=1)
    if day.weekday() == 6:
        return day + dt.timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[Day]:
    """The observed federal holidays falling in YEAR (next New Year's kept on Dec 31 included)."""
    fixed = [(1, 1), (7, 4), (11, 11), (12, 25)] + ([(6, 19)] if year >= 2021 else [])
    days = {_observed(dt.date(year, m, d)) for m, d in fixed}
    days |= {_observed(dt.date(year + 1, 1, 1))}
    days |= {
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    }
    return {day for day in days if day.year == year}


def is_business_day(day: Day) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: Day) -> Day:
    day += dt.timedelta(days=1)
    while not is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def entry_timing(received: Day, entry_date: Day, liquidation: Day) -> str:
    """One entry: 'premature', 'timely', 'grace' (P-TIME-5, a person decides) or 'untimely'."""
    last = protest_last_day(entry_date, liquidation)
    if received < liquidation:
        return "premature"
    if received <= last:
        return "timely"
    if not is_business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def protest_timing(timings: list[str]) -> str | None:
    """The outcome timing gives, or None when every entry is timely."""
    kinds = set(timings)
    if kinds == {"timely"}:
        return None
    if kinds == {"premature"}:
        return "premature"
    if kinds == {"untimely"}:
        return "untimely"
    return "needs_human"


def protest_outcome(timing: str | None, invalid: bool, missing: list[str]) -> str:
    """Precedence: needs_human, premature, untimely, invalid, deficient, accept."""
    for outcome in ("needs_human", "premature", "untimely"):
        if timing == outcome:
            return outcome
    if invalid:
        return "invalid"
    return "deficient" if missing else "accept"


def add_years(day: Day, years: int) -> Day:
    """Same month and day YEARS later (the corpus never uses February 29)."""
    return day.replace(year=day.year + years)


@dataclass(frozen=True)
class PenaltyEntry:
    entry_number: str
    entry_date: Day
    liquidated: bool
    entered: int  # cents, like every money figure here, so every result is exact
    paid: int
    owed: int


@dataclass(frozen=True)
class PenaltyFigures:
    actual: int
    potential: int
    statutory_max: int
    low: int
    high: int
    proposed: int | None  # None: a person computes it (interest on a (gross) negligence disclosure)
    limitations: Day
    barred: list[str]
    notice: str
    outcome: (
        str | None
    )  # None: the contract leaves it open (negligence disclosure without actual loss)


def _share(cents: int, percent: int) -> int:
    assert cents * percent % 100 == 0, "every figure must be exact to the cent"
    return cents * percent // 100


def penalty_figures(
    culpability: str,
    disclosed: bool,
    commercial: bool,
    entries: list[PenaltyEntry],
    domestic: int,
    dutiable: int,
    violation: Day,
    today: Day,
) -> PenaltyFigures:
    """19 U.S.C. 1592(c), App. B (E)(1)(b) and (F)(2), 1621 and 162.77(c), in cents."""
    loss = [max(0, e.owed - e.paid) for e in entries]
    actual = sum(x for x, e in zip(loss, entries, strict=True) if e.liquidated)
    potential = sum(x for x, e in zip(loss, entries, strict=True) if not e.liquidated)
    lod = actual + potential
    times = {
        "fraud": (500, 800, None),
        "gross_negligence": (250, 400, 400),
        "negligence": (50, 200, 200),
    }
    shares = {"fraud": (50, 80, None), "gross_negligence": (25, 40, 40), "negligence": (5, 20, 20)}
    low_x, high_x, max_x = times[culpability]
    low_p, high_p, max_p = shares[culpability]
    if culpability == "fraud":
        statutory = domestic
    elif lod > 0:
        statutory = min(domestic, _share(lod, max_x or 0))
    else:
        statutory = min(domestic, _share(dutiable, max_p or 0))
    if lod > 0:
        low, high = _share(lod, low_x), _share(lod, high_x)
    else:
        low, high = _share(dutiable, low_p), _share(dutiable, high_p)
    low, high = min(low, domestic), min(high, domestic)
    limitations = add_years(violation, 5)
    barred = [e.entry_number for e in entries if today > add_years(e.entry_date, 5)]
    proposed: int | None
    human = today > limitations or bool(barred)
    outcome: str | None = "draft"
    if not disclosed:
        proposed = domestic if culpability == "fraud" else statutory
    elif culpability == "fraud":
        proposed = lod if lod > 0 else _share(dutiable, 10)
    elif actual > 0:
        proposed, human = None, True
    else:
        proposed, outcome = 0, None
    if human:
        outcome = "needs_human"
    if outcome != "draft" or not proposed:
        notice = "none"
    else:
        notice = "pre_penalty" if proposed > 100_000 and commercial else "penalty"
    return PenaltyFigures(
        actual, potential, statutory, low, high, proposed, limitations, barred, notice, outcome
    )
