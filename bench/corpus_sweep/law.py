"""The law behind the truths: entry check digits, protest clocks, 1592 penalty arithmetic."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

CENT = Decimal("0.01")
WINDOW_CHANGE = date(2004, 12, 18)  # 19 CFR 174.12(e): entries before this date have 90 days


def check_digit(filer: str, transaction: str) -> int:
    """CATAIR App. E: letters as A=1.., double even positions, digit sums, 10 - total mod 10."""
    total = 0
    for position, char in enumerate(filer + transaction, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(filer: str, transaction: str) -> str:
    """`XXX-NNNNNNN-C` with a valid check digit (filer letters only from A..I)."""
    assert len(filer) == 3 and len(transaction) == 7 and set(filer) <= set("ABCDEFGHI0123456789")
    return f"{filer}-{transaction}-{check_digit(filer, transaction)}"


def protest_last_day(entry_date: date, liquidation: date) -> date:
    """Liquidation + 180 days (+ 90 before 2004-12-18), never rolled forward (1514(c)(3))."""
    return liquidation + timedelta(days=90 if entry_date < WINDOW_CHANGE else 180)


def clear_of_grace(received: date, last_day: date) -> bool:
    """True when RECEIVED is on or before LAST_DAY or more than a week after it.

    The bases keep clear of P-TIME-5 (a non-business last day and a receipt on the next business
    day), so no holiday table can change an outcome.
    """
    return received <= last_day or received > last_day + timedelta(days=7)


def five_years(day: date) -> date:
    """The same calendar day five years on (1621); Feb 29 never occurs in the bases."""
    return day.replace(year=day.year + 5)


def money(value: str | Decimal) -> Decimal:
    """A dollar figure that must be exact to the cent."""
    amount = Decimal(value)
    assert amount == amount.quantize(CENT), f"{value} is not exact to the cent"
    return amount


@dataclass(frozen=True)
class PenaltyFigures:
    """The decision figures of one referral, each exact to the cent."""

    actual: Decimal
    potential: Decimal
    statutory_max: Decimal
    low: Decimal
    high: Decimal
    proposed: Decimal

    @property
    def total(self) -> Decimal:
        return self.actual + self.potential


FACTORS = {  # culpability: (statutory multiple of LOD, % dutiable, range low, range high)
    "negligence": (Decimal(2), Decimal("0.20"), Decimal("0.5"), Decimal(2)),
    "gross_negligence": (Decimal(4), Decimal("0.40"), Decimal("2.5"), Decimal(4)),
}
NO_LOSS_RANGE = {"negligence": (Decimal("0.05"), Decimal("0.20")),
                 "gross_negligence": (Decimal("0.25"), Decimal("0.40")),
                 "fraud": (Decimal("0.50"), Decimal("0.80"))}


def penalty_figures(culpability: str, prior_disclosure: bool,
                    rows: list[tuple[bool, Decimal, Decimal]],
                    domestic: Decimal, dutiable: Decimal) -> PenaltyFigures:
    """1592(c) maximum, App. B (F)(2) range, (E)(1)(b) proposal; ROWS: (liquidated, paid, owed)."""
    zero = Decimal(0)
    actual = sum((max(owed - paid, zero) for liq, paid, owed in rows if liq), zero)
    potential = sum((max(owed - paid, zero) for liq, paid, owed in rows if not liq), zero)
    loss = actual + potential
    if culpability == "fraud":
        maximum = domestic
        low, high = ((Decimal(5) * loss, Decimal(8) * loss) if loss > 0
                     else tuple(f * dutiable for f in NO_LOSS_RANGE["fraud"]))
        proposed = ((loss if loss > 0 else dutiable * Decimal("0.10")) if prior_disclosure
                    else domestic)
    else:
        multiple, share, lo, hi = FACTORS[culpability]
        maximum = min(domestic, multiple * loss if loss > 0 else share * dutiable)
        low, high = ((lo * loss, hi * loss) if loss > 0
                     else tuple(f * dutiable for f in NO_LOSS_RANGE[culpability]))
        assert not prior_disclosure, "a (gross) negligence prior disclosure needs interest"
        proposed = maximum
    figures = PenaltyFigures(actual, potential, maximum, min(low, domestic), min(high, domestic),
                             proposed)
    for amount in (figures.actual, figures.potential, figures.statutory_max, figures.low,
                   figures.high, figures.proposed):
        money(amount)
    return figures
