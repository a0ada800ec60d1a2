"""The facts of one binding-ruling request and the decision on them (extract-contract.md)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

RulingType = Literal["classification", "valuation", "origin", "marking", "carrier", "other"]
Outcome = Literal["accept", "deficient", "no_ruling", "needs_human"]
Route = Literal["NCSD", "HQ"]

RULING_TYPES: tuple[RulingType, ...] = (
    "classification",
    "valuation",
    "origin",
    "marking",
    "carrier",
    "other",
)

# Precedence of outcomes when several apply: the first wins. A point the bot may not settle goes to
# a person before anything else; a request that can never get a ruling is answered so before its
# gaps are listed (curing them would not help); a curable gap stops acceptance.
OUTCOME_PRECEDENCE: tuple[Outcome, ...] = ("needs_human", "no_ruling", "deficient", "accept")

# The contract's `missing` strings, in the order the regulation lists them.
MISSING_ORDER: tuple[str, ...] = (
    "177.2(b)(1)",
    "177.2(b)(2)",
    "177.2(b)(5)",
    "177.2(b)(6)",
    "177.2(c)",
)


@dataclass(frozen=True)
class RulingFacts:
    """The contract's ruling-request values, then what else the letter shows that the rules need.

    None (or an empty tuple) where the letter does not give a value.
    """

    requester_name: str | None = None
    requester_address: str | None = None
    importer_number: str | None = None
    request_date: date | None = None
    ruling_type: RulingType | None = None  # the main subject
    product_description: str | None = None
    proposed_hts: tuple[str, ...] = ()
    ports: tuple[str, ...] = ()
    item_count: int | None = None
    prospective: bool = True
    pending_statement: bool = False  # the 177.2(b)(5) statement is present, whatever it says
    pending_in_court: bool = False  # CIT, Federal Circuit or an appeal from them
    pending_before_cbp: bool = False  # the transaction is current, or before a CBP office
    sample_provided: bool = False
    confidential_requested: bool = False
    signed: bool = False
    # Beyond the contract: facts the letter shows that decide eligibility, completeness, routing.
    other_subjects: tuple[RulingType, ...] = ()  # further subjects the letter asks about
    reconsideration_requested: bool = False  # asks to reconsider an earlier (New York) ruling
    reconsidered_ruling: str | None = None  # its number as printed, e.g. "N312345"
    entry_made: bool = False  # the goods the letter asks about were already entered
    liquidated: bool | None = None  # that entry's liquidation; None when the letter does not say
    entry_date: date | None = None
    liquidation_date: date | None = None
    transaction_description: str | None = None  # 177.2(b)(2)(i)
    principal_use: str | None = None  # classification, 177.2(b)(2)(ii)(A)
    component_materials: str | None = None  # classification, 177.2(b)(2)(ii)(A)
    terms_of_sale: str | None = None  # valuation, 177.2(b)(2)(iii)
    parties_related: bool | None = None  # valuation: relationship of buyer and seller, if stated
    particular_result_requested: bool = False  # 177.2(b)(6)
    result_basis_given: bool = False  # the reasons and authorities for that result
    items_same_kind: bool | None = None  # all items of one class or kind; None when unclear
    acting_as_agent: bool = False
    agent_authority_stated: bool = False
    principal_name: str | None = None  # the agent's principal, an interested party (177.2(b)(1))
    principal_address: str | None = None
    hypothetical: bool = False  # the question is hypothetical (177.7)
    submitted_electronically: bool = False
    # How sure the reading is: `missing` strings whose absence the reader could not establish
    # (layout not recognised, a cue seen but not read), and a requester named differently by the
    # letter's cues (letterhead, body, signature).
    unsure: tuple[str, ...] = ()
    # Of those, the ones text the reader did not place may hold, with why (naming that text).
    unplaced: tuple[tuple[str, str], ...] = ()
    requester_disputed: bool = False
    # A request date printed in figures the letter leaves either way round ("02.09.2025"): both
    # readings, and why; `request_date` stays None unless the receipt rules one out.
    request_date_readings: tuple[date, ...] = ()
    request_date_doubt: str | None = None

    @property
    def subjects(self) -> tuple[RulingType, ...]:
        """Every subject the letter asks about, the main one first, each once."""
        main: tuple[RulingType, ...] = (self.ruling_type,) if self.ruling_type else ()
        return tuple(dict.fromkeys((*main, *self.other_subjects)))

    def to_contract_json(self) -> dict[str, Any]:
        """The contract's `values` object: only its keys, dates as ISO strings, tuples as lists."""
        return {
            "requester_name": self.requester_name,
            "requester_address": self.requester_address,
            "importer_number": self.importer_number,
            "request_date": _iso(self.request_date),
            "ruling_type": self.ruling_type,
            "product_description": self.product_description,
            "proposed_hts": list(self.proposed_hts),
            "ports": list(self.ports),
            "item_count": self.item_count,
            "prospective": self.prospective,
            "pending_statement": self.pending_statement,
            "pending_in_court": self.pending_in_court,
            "pending_before_cbp": self.pending_before_cbp,
            "sample_provided": self.sample_provided,
            "confidential_requested": self.confidential_requested,
            "signed": self.signed,
        }


@dataclass(frozen=True)
class RulingDecision:
    """What the office does with the request; `missing` holds MISSING_ORDER strings only."""

    outcome: Outcome
    route: Route
    missing: tuple[str, ...] = ()
    reason: str | None = None  # the 177.7 or 177.1 ground, when the outcome is no_ruling
    due: date | None = None  # target date for the ruling at NCSD

    def to_contract_json(self) -> dict[str, Any]:
        """The contract's `decision` object."""
        return {
            "outcome": self.outcome,
            "route": self.route,
            "missing": list(self.missing),
            "reason": self.reason,
            "due": _iso(self.due),
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None
