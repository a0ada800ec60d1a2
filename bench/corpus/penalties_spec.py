"""What one sample penalty referral says, and the decision the rules table gives for it.

The expected figures are worked out here straight from the table of customs-rules.md section 3,
not with bots/penalty_notice/compute.py, so the corpus checks the bot rather than echoing it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

from sandbox.portal.seed_entries import SeedEntry

PenaltyLayout = Literal["memo_lines", "memo_boxes", "memo_table"]
Producer = Literal["reportlab", "chromium"]
Culpability = Literal["negligence", "gross_negligence", "fraud"]
LAYOUTS: tuple[PenaltyLayout, ...] = ("memo_lines", "memo_boxes", "memo_table")
THRESHOLD = Decimal(1000)  # 162.77(c)
_CENT = Decimal("0.01")


def money(amount: Decimal) -> float:
    """A contract money number: the cent value as a float."""
    return float(amount.quantize(_CENT, rounding=ROUND_HALF_UP))


@dataclass(frozen=True)
class Line:
    """One entry of the referral: the seeded entry and the money the referral gives for it."""

    seed: SeedEntry
    liquidated: bool
    entered_value: Decimal
    duty_paid: Decimal
    duty_owed: Decimal

    @property
    def loss(self) -> Decimal:
        return max(self.duty_owed - self.duty_paid, Decimal(0))


@dataclass(frozen=True)
class PenaltySpec:
    """Everything printed on one referral plus the day it is decided on."""

    scenario: str
    layout: PenaltyLayout
    producer: Producer
    case_number: str
    party_name: str
    party_address: str
    importer_number: str
    port_code: str
    port_name: str
    violation_date: date
    culpability: Culpability
    prior_disclosure: bool
    noncommercial: bool
    lines: tuple[Line, ...]
    domestic_value: Decimal
    dutiable_value: Decimal
    merchandise: str
    today: date
    narrative_paragraphs: int = 1  # more paragraphs push the entries onto a later page
    split_table: bool = False  # the entries table continues on the next page

    def truth(self) -> dict[str, Any]:
        """The contract's `values` for this referral."""
        return {
            "case_number": self.case_number,
            "party_name": self.party_name,
            "party_address": self.party_address,
            "importer_number": self.importer_number,
            "violation_date": self.violation_date.isoformat(),
            "culpability": self.culpability,
            "prior_disclosure": self.prior_disclosure,
            "noncommercial": self.noncommercial,
            "entries": [
                {
                    "entry_number": line.seed.entry_number,
                    "entry_date": line.seed.entry_date.isoformat(),
                    "liquidated": line.liquidated,
                    "entered_value": money(line.entered_value),
                    "duty_paid": money(line.duty_paid),
                    "duty_owed": money(line.duty_owed),
                }
                for line in self.lines
            ],
            "domestic_value": money(self.domestic_value),
            "dutiable_value": money(self.dutiable_value),
        }

    def expected_decision(self) -> dict[str, Any]:
        """The contract's `decision` for this referral on `today`, from the rules table."""
        return expected_decision(self)


def _plus_five_years(day: date) -> date:
    try:
        return day.replace(year=day.year + 5)
    except ValueError:
        return day.replace(year=day.year + 5, day=28)


_MAX = {
    "gross_negligence": (Decimal(4), Decimal("0.40")),
    "negligence": (Decimal(2), Decimal("0.20")),
}
_RANGE = {
    "fraud": ((Decimal(5), Decimal(8)), (Decimal("0.50"), Decimal("0.80"))),
    "gross_negligence": ((Decimal("2.5"), Decimal(4)), (Decimal("0.25"), Decimal("0.40"))),
    "negligence": ((Decimal("0.5"), Decimal(2)), (Decimal("0.05"), Decimal("0.20"))),
}


def expected_decision(spec: PenaltySpec) -> dict[str, Any]:
    """Loss of duties, maximum, range, proposal, limitations date, notice, outcome and the
    entries past their own limit."""
    actual = sum((ln.loss for ln in spec.lines if ln.liquidated), Decimal(0))
    potential = sum((ln.loss for ln in spec.lines if not ln.liquidated), Decimal(0))
    lod, dv, dutiable = actual + potential, spec.domestic_value, spec.dutiable_value
    if spec.culpability == "fraud":
        maximum = dv
    else:
        multiple, share = _MAX[spec.culpability]
        maximum = min(dv, multiple * lod if lod > 0 else share * dutiable)
    (low_x, high_x), (low_s, high_s) = _RANGE[spec.culpability]
    low, high = (low_x * lod, high_x * lod) if lod > 0 else (low_s * dutiable, high_s * dutiable)
    proposed: Decimal | None = maximum
    if spec.prior_disclosure:
        if spec.culpability == "fraud":
            proposed = lod if lod > 0 else Decimal("0.10") * dutiable
        else:
            proposed = None if actual > 0 else Decimal(0)  # interest: a person computes it
    limitations = _plus_five_years(spec.violation_date)
    # 1621 per entry: an entry five years past its entry date is barred and a person splits it.
    barred = [ln.seed.entry_number for ln in spec.lines
              if spec.today > _plus_five_years(ln.seed.entry_date)]
    # Every (gross) negligence disclosure goes to a person (the contract), even at $0 proposed.
    negligent_disclosure = spec.prior_disclosure and spec.culpability != "fraud"
    needs_human = (proposed is None or negligent_disclosure or spec.today > limitations
                   or bool(barred))
    rounded = None if proposed is None else proposed.quantize(_CENT, rounding=ROUND_HALF_UP)
    if needs_human or not rounded:
        notice = "none"
    elif rounded > THRESHOLD and not spec.noncommercial:
        notice = "pre_penalty"
    else:
        notice = "penalty"
    return {
        "loss_of_duties": {"actual": money(actual), "potential": money(potential),
                           "total": money(lod)},
        "statutory_max": money(maximum),
        "guideline_range": [money(min(low, dv)), money(min(high, dv))],
        "proposed_penalty": None if proposed is None else money(proposed),
        "limitations_date": limitations.isoformat(),
        "notice": notice,
        "outcome": "needs_human" if needs_human else "draft",
        "barred_entries": barred,
    }
