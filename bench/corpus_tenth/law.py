"""The law the truths are computed by: clocks, holidays, check digits, 1592 figures (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

CENT = Decimal("0.01")
NINETY_DAY_BEFORE = date(
    2004, 12, 18
)  # 19 CFR 174.12(e): entries made before this date have 90 days


def check_digit(first_ten: str) -> int:
    """CATAIR App. E check digit of filer code + transaction number (letters A=1 .. I=9)."""
    digits = [ord(c) - ord("A") + 1 if c.isalpha() else int(c) for c in first_ten]
    total = 0
    for position, digit in enumerate(digits, start=1):
        value = digit * 2 if position % 2 == 0 else digit
        total += value // 10 + value % 10
    return (10 - total % 10) % 10


def entry_number(filer: str, serial: str) -> str:
    """The printed form XXX-NNNNNNN-C of one entry number."""
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _last_weekday(year: int, month: int, weekday: int) -> date:
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


def federal_holidays(year: int) -> set[date]:
    """5 U.S.C. 6103 holidays of a year, with the observed day for fixed dates on a weekend."""
    fixed = [date(year, 1, 1), date(year, 7, 4), date(year, 11, 11), date(year, 12, 25)]
    if year >= 2021:
        fixed.append(date(year, 6, 19))
    moving = [
        _nth_weekday(year, 1, 0, 3),
        _nth_weekday(year, 2, 0, 3),
        _last_weekday(year, 5, 0),
        _nth_weekday(year, 9, 0, 1),
        _nth_weekday(year, 10, 0, 2),
        _nth_weekday(year, 11, 3, 4),
    ]
    days = {_observed(d) for d in fixed} | set(moving)
    days.add(_observed(date(year + 1, 1, 1)))  # New Year's Day on a Saturday is observed Dec 31
    return {d for d in days if d.year == year}


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in federal_holidays(day.year)


def next_business_day(day: date) -> date:
    """The first business day after `day`."""
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def protest_last_day(entry_date: date, decision_date: date) -> date:
    """19 U.S.C. 1514(c)(3), 19 CFR 174.12(e): decision + 180 days, or + 90 before 2004-12-18."""
    return decision_date + timedelta(days=90 if entry_date < NINETY_DAY_BEFORE else 180)


def plus_years(day: date, years: int) -> date:
    """The same calendar day `years` later (generators never use February 29)."""
    return day.replace(year=day.year + years)


@dataclass(frozen=True)
class PenaltyEntry:
    """One entry of a 1592 referral as the referral states it."""

    number: str
    entry_date: date
    liquidated: bool
    entered_value: Decimal
    duty_paid: Decimal
    duty_owed: Decimal

    @property
    def loss(self) -> Decimal:
        return max(Decimal(0), self.duty_owed - self.duty_paid)


@dataclass(frozen=True)
class PenaltyFigures:
    """Every computed 1592 figure of one referral (19 CFR 171 App. B, 162.77, 1621)."""

    actual: Decimal
    potential: Decimal
    statutory_max: Decimal
    guideline: tuple[Decimal, Decimal]
    proposed: Decimal | None
    limitations: date
    barred: list[str]
    notice: str
    outcome: str


MULTIPLES = {
    "fraud": (Decimal(5), Decimal(8)),
    "gross_negligence": (Decimal("2.5"), Decimal(4)),
    "negligence": (Decimal("0.5"), Decimal(2)),
}
SHARES = {
    "fraud": (Decimal("0.50"), Decimal("0.80")),
    "gross_negligence": (Decimal("0.25"), Decimal("0.40")),
    "negligence": (Decimal("0.05"), Decimal("0.20")),
}
MAX_MULTIPLE = {
    "gross_negligence": (Decimal(4), Decimal("0.40")),
    "negligence": (Decimal(2), Decimal("0.20")),
}


def penalty_figures(
    entries: list[PenaltyEntry],
    culpability: str,
    prior_disclosure: bool,
    noncommercial: bool,
    domestic: Decimal,
    dutiable: Decimal | None,
    violation: date,
    today: date,
) -> PenaltyFigures:
    """The contract's decision for a referral; exactness to the cent is asserted, not rounded."""
    actual = sum((e.loss for e in entries if e.liquidated), Decimal(0))
    potential = sum((e.loss for e in entries if not e.liquidated), Decimal(0))
    lod = actual + potential
    base = dutiable if dutiable is not None else Decimal(0)
    if culpability == "fraud":
        maximum = domestic
    else:
        times, share = MAX_MULTIPLE[culpability]
        maximum = min(domestic, times * lod if lod > 0 else share * base)
    low, high = MULTIPLES[culpability] if lod > 0 else SHARES[culpability]
    amount = lod if lod > 0 else base
    guideline = (min(domestic, low * amount), min(domestic, high * amount))
    proposed: Decimal | None = maximum
    human = False
    if prior_disclosure and culpability == "fraud":
        proposed = lod if lod > 0 else Decimal("0.10") * base
    elif prior_disclosure:
        proposed, human = None, True
    limitations = plus_years(violation, 5)
    barred = [e.number for e in entries if plus_years(e.entry_date, 5) < today]
    human = human or limitations < today or bool(barred)
    if human or not proposed:
        notice = "none"
    else:
        notice = "pre_penalty" if proposed > 1000 and not noncommercial else "penalty"
    for figure in (actual, potential, maximum, *guideline, proposed or Decimal(0)):
        assert figure == figure.quantize(CENT), f"figure not exact to the cent: {figure}"
    return PenaltyFigures(
        actual,
        potential,
        maximum,
        guideline,
        proposed,
        limitations,
        barred,
        notice,
        "needs_human" if human else "draft",
    )
