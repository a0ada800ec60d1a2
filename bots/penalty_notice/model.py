"""A 1592 penalty case: its facts and the decision on them, as extract-contract.md shapes them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal

Culpability = Literal["negligence", "gross_negligence", "fraud"]
Notice = Literal["pre_penalty", "penalty", "none"]
Outcome = Literal["draft", "needs_human"]

CULPABILITIES: tuple[Culpability, ...] = ("negligence", "gross_negligence", "fraud")

_CENT = Decimal("0.01")


def cents(amount: Decimal) -> Decimal:
    """`amount` rounded to the cent, halves away from zero (ROUND_HALF_UP)."""
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def usd(amount: Decimal) -> str:
    """`amount` as the review page and the notice print it: $1,234.57."""
    return f"${cents(amount):,.2f}"


@dataclass(frozen=True)
class PenaltyEntry:
    """One entry of the referral; money in dollars, None where the referral does not give it."""

    entry_number: str | None
    entry_date: date | None
    liquidated: bool  # the referral marks it liquidated: its loss counts as actual (final)
    entered_value: Decimal | None
    duty_paid: Decimal | None
    duty_owed: Decimal | None

    def to_contract_json(self) -> dict[str, Any]:
        return {
            "entry_number": self.entry_number,
            "entry_date": _iso(self.entry_date),
            "liquidated": self.liquidated,
            "entered_value": _money(self.entered_value),
            "duty_paid": _money(self.duty_paid),
            "duty_owed": _money(self.duty_owed),
        }


@dataclass(frozen=True)
class PenaltyFacts:
    """The contract's penalty-case values, normalized; None where the document does not give it."""

    case_number: str | None = None
    party_name: str | None = None
    party_address: str | None = None
    importer_number: str | None = None
    violation_date: date | None = None
    culpability: Culpability | None = None
    prior_disclosure: bool = False
    noncommercial: bool = False
    entries: tuple[PenaltyEntry, ...] = ()
    domestic_value: Decimal | None = None
    dutiable_value: Decimal | None = None
    # What the notice states beside the figures (19 CFR 162.77(b)(1)): not contract values.
    merchandise: str | None = None  # the description of the merchandise
    material_facts: str | None = None  # the referral's statement of the violation
    violation_type: str | None = None  # its kind (valuation, classification, ...): the laws
    # What the reader could not settle (cues that disagree, a mention it could not read):
    # not contract values; each sends the case to a person.
    doubts: tuple[str, ...] = ()

    def to_contract_json(self) -> dict[str, Any]:
        """The contract's `values` object: dates ISO, money as numbers with two decimals."""
        return {
            "case_number": self.case_number,
            "party_name": self.party_name,
            "party_address": self.party_address,
            "importer_number": self.importer_number,
            "violation_date": _iso(self.violation_date),
            "culpability": self.culpability,
            "prior_disclosure": self.prior_disclosure,
            "noncommercial": self.noncommercial,
            "entries": [entry.to_contract_json() for entry in self.entries],
            "domestic_value": _money(self.domestic_value),
            "dutiable_value": _money(self.dutiable_value),
        }


@dataclass(frozen=True)
class LossOfDuties:
    """162.71(a): actual (liquidated entries) and potential (the others) loss, in cents."""

    actual: Decimal
    potential: Decimal
    total: Decimal


@dataclass(frozen=True)
class PenaltyDecision:
    """The figures and the course of the case; money in cents, None where it was not computed.

    A figure is None when the facts it needs are missing, or (proposed penalty) when a person must
    compute it. The response dates are those of the notice being drafted, from its mailing date.
    """

    loss_of_duties: LossOfDuties | None
    statutory_max: Decimal | None
    guideline_range: tuple[Decimal, Decimal] | None
    proposed_penalty: Decimal | None
    limitations_date: date | None
    notice: Notice
    outcome: Outcome
    prior_disclosure_max: Decimal | None = None  # 1592(c)(4), only when there was a disclosure
    period_shortened: bool = False  # 162.77 / 171.2(e): little time left before limitations
    representations_due: date | None = None  # pre-penalty notice: last day to respond (162.77)
    petition_due: date | None = None  # penalty notice: last day to petition (171.2)
    barred_entries: tuple[str, ...] = ()  # entries past their own 1621 limit: a person splits

    def to_contract_json(self) -> dict[str, Any]:
        """The contract's `decision` object, only its keys; money as numbers with two decimals."""
        lod = self.loss_of_duties
        return {
            "loss_of_duties": None
            if lod is None
            else {
                "actual": _money(lod.actual),
                "potential": _money(lod.potential),
                "total": _money(lod.total),
            },
            "statutory_max": _money(self.statutory_max),
            "guideline_range": None
            if self.guideline_range is None
            else [_money(end) for end in self.guideline_range],
            "proposed_penalty": _money(self.proposed_penalty),
            "limitations_date": _iso(self.limitations_date),
            "notice": self.notice,
            "outcome": self.outcome,
            "barred_entries": list(self.barred_entries),
        }


def _money(amount: Decimal | None) -> float | None:
    # A JSON number: the float nearest the cent value, which json prints as e.g. 1234.57.
    return None if amount is None else float(cents(amount))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
