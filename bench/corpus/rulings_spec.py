"""What one sample ruling request says, and what the triage bot should make of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from bots.ruling_triage.model import RulingFacts, RulingType

RulingLayout = Literal["firm_letter", "broker_form", "importer_letter"]
RULING_LAYOUTS: tuple[RulingLayout, ...] = ("firm_letter", "broker_form", "importer_letter")
Pending = Literal["clear", "absent", "court", "cbp"]  # what the 177.2(b)(5) statement says
ReasonCategory = Literal["court", "completed", "current", "before_cbp", "hypothetical"]
NCSD_SUBJECTS = frozenset({"classification", "marking", "origin"})


@dataclass(frozen=True)
class Party:
    name: str
    street: str | None  # None: the letter gives no address
    city: str  # "Newark, NJ 07114"

    @property
    def address(self) -> str | None:
        return f"{self.street}, {self.city}" if self.street else None


@dataclass(frozen=True)
class Agent:
    """The law firm or broker writing for the requester."""

    firm: Party
    authority_stated: bool


@dataclass(frozen=True)
class EntryMade:
    """An entry the letter says was already made for the goods."""

    number: str
    entry_date: date
    liquidation_date: date | None  # None: unliquidated, or the letter does not say
    liquidated: bool | None


@dataclass(frozen=True)
class Product:
    goods: str  # short plural name used in prose ("wireless routers")
    description: str
    materials: str
    use: str
    hts: tuple[str, ...]  # the classification the requester proposes
    basis: str  # its reasons and authorities
    purchase_price: str  # "12.40"
    selling_price: str


@dataclass(frozen=True)
class RulingSpec:
    """Everything printed on one request, and the designed decision."""

    scenario: str
    layout: RulingLayout
    producer: Literal["reportlab", "chromium"]
    requester: Party
    importer_number: str | None
    agent: Agent | None
    signer: str
    letter_date: date
    received: date  # when CBP received it
    stamped: bool  # a RECEIVED stamp shows the date
    received_arg: date  # what a clerk passes as --received (the stored date)
    ruling_type: RulingType
    other_subjects: tuple[RulingType, ...]
    product: Product
    show_description: bool
    show_materials: bool
    show_use: bool
    show_transaction: bool
    show_hts: bool
    show_basis: bool
    terms_of_sale: str | None
    related: bool | None
    ports: tuple[str, ...]  # codes
    ports_by_code: bool  # printed with their codes (the value is then the code)
    items: tuple[str, ...]  # one name per item when several are listed
    same_kind: bool | None
    pending: Pending
    sample: bool | None  # None: not mentioned
    confidential: bool | None
    signed: bool
    reconsider: str | None
    entry: EntryMade | None
    hypothetical: bool
    electronic: bool
    expected_outcome: str
    expected_missing: tuple[str, ...]
    expected_reason: ReasonCategory | None
    port_names: dict[str, str]

    @property
    def item_count(self) -> int:
        return max(len(self.items), 1)

    @property
    def route(self) -> str:
        subjects = {self.ruling_type, *self.other_subjects}
        if self.reconsider or not subjects <= NCSD_SUBJECTS:
            return "HQ"
        return "NCSD"

    def expected_due(self) -> date | None:
        if self.route == "NCSD" and self.expected_outcome in ("accept", "needs_human"):
            return self.received + timedelta(days=30)
        return None

    def port_values(self) -> list[str]:
        return list(self.ports) if self.ports_by_code else [self.port_names[p] for p in self.ports]

    def truth(self) -> dict[str, Any]:
        """The contract's `values` for this document."""
        return {
            "requester_name": self.requester.name,
            "requester_address": self.requester.address,
            "importer_number": self.importer_number,
            "request_date": self.letter_date.isoformat(),
            "ruling_type": self.ruling_type,
            "product_description": self.product.description if self.show_description else None,
            "proposed_hts": list(self.product.hts) if self.show_hts else [],
            "ports": self.port_values(),
            "item_count": self.item_count,
            "prospective": self.entry is None,
            "pending_statement": self.pending != "absent",
            "pending_in_court": self.pending == "court",
            # The contract: "the transaction is current, or before a CBP office".
            "pending_before_cbp": self.pending == "cbp" or (
                self.entry is not None and not self.entry.liquidated),
            "sample_provided": bool(self.sample),
            "confidential_requested": bool(self.confidential),
            "signed": self.signed,
        }

    def extras(self) -> dict[str, Any]:
        """The facts beyond the contract values that the rules read."""
        entry = self.entry
        return {
            "other_subjects": list(self.other_subjects),
            "reconsideration_requested": self.reconsider is not None,
            "reconsidered_ruling": self.reconsider,
            "entry_made": entry is not None,
            "liquidated": entry.liquidated if entry else None,
            "entry_date": entry.entry_date.isoformat() if entry else None,
            "liquidation_date": _iso(entry.liquidation_date) if entry else None,
            "transaction_given": self.show_transaction,
            "principal_use": self.product.use if self.show_use else None,
            "component_materials": self.product.materials if self.show_materials else None,
            "terms_of_sale": self.terms_of_sale,
            "parties_related": self.related,
            "result_basis_given": self.show_basis,
            "items_same_kind": self.same_kind,
            "acting_as_agent": self.agent is not None,
            "agent_authority_stated": bool(self.agent and self.agent.authority_stated),
            "agent_name": self.agent.firm.name if self.agent else None,
            "hypothetical": self.hypothetical,
            "submitted_electronically": self.electronic,
            "received_stamp": self.received.isoformat() if self.stamped else None,
        }

    def facts(self) -> RulingFacts:
        """The facts as the rules should see them (a check that the scenario means its outcome)."""
        truth, extras = self.truth(), self.extras()
        entry = self.entry
        return RulingFacts(
            requester_name=self.requester.name,
            requester_address=self.requester.address,
            importer_number=self.importer_number,
            request_date=self.letter_date,
            ruling_type=self.ruling_type,
            product_description=truth["product_description"],
            proposed_hts=tuple(truth["proposed_hts"]),
            ports=tuple(truth["ports"]),
            item_count=self.item_count,
            prospective=entry is None,
            pending_statement=truth["pending_statement"],
            pending_in_court=truth["pending_in_court"],
            pending_before_cbp=truth["pending_before_cbp"],
            sample_provided=truth["sample_provided"],
            confidential_requested=truth["confidential_requested"],
            signed=self.signed,
            other_subjects=self.other_subjects,
            reconsideration_requested=self.reconsider is not None,
            reconsidered_ruling=self.reconsider,
            entry_made=entry is not None,
            liquidated=entry.liquidated if entry else None,
            entry_date=entry.entry_date if entry else None,
            liquidation_date=entry.liquidation_date if entry else None,
            transaction_description="given" if self.show_transaction else None,
            principal_use=extras["principal_use"],
            component_materials=extras["component_materials"],
            terms_of_sale=self.terms_of_sale,
            parties_related=self.related,
            particular_result_requested=self.show_hts or self.show_basis,
            result_basis_given=self.show_basis,
            items_same_kind=self.same_kind,
            acting_as_agent=self.agent is not None,
            agent_authority_stated=bool(self.agent and self.agent.authority_stated),
            principal_name=self.requester.name if self.agent else None,
            principal_address=self.requester.address if self.agent else None,
            hypothetical=self.hypothetical,
            submitted_electronically=self.electronic,
        )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
