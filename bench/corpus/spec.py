"""What one sample protest says, and what the bot should make of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal

from bots.protest_intake.model import Category
from sandbox.portal.seed_entries import SeedEntry

Layout = Literal["form19_a", "form19_b", "letter_table", "letter_text"]
Producer = Literal["reportlab", "chromium"]
FORM_LAYOUTS: tuple[Layout, ...] = ("form19_a", "form19_b")
LETTER_LAYOUTS: tuple[Layout, ...] = ("letter_table", "letter_text")

CATEGORY_PHRASES: dict[Category, str] = {
    "classification": "classification and rate of duty",
    "appraised_value": "appraised value",
    "charges": "charges and exactions",
    "exclusion": "exclusion from entry",
    "liquidation": "liquidation",
    "drawback": "refusal to pay the drawback claim",
    "reliquidation_1520d": "refusal to reliquidate under 19 U.S.C. 1520(d)",
}


@dataclass(frozen=True)
class Spec:
    """Everything printed on one protest plus the designed outcome."""

    scenario: str
    layout: Layout
    producer: Producer
    port_code: str
    port_name: str
    importer_number: str | None
    protestant_name: str
    protestant_address: str  # "street, city, ST zip"
    entries: tuple[SeedEntry, ...]
    liquidation_shown: tuple[date | None, ...]  # what the document gives per entry
    received: date  # when CBP received it
    received_printed: bool  # a "date received" box or a RECEIVED stamp shows it
    protest_number: str | None
    today: date
    category: Category
    description: str | None
    objection: str | None
    drawback: bool | None
    signer: str
    signer_title: str
    letter_date: date
    expected_outcome: str
    expected_missing: tuple[str, ...] = ()
    accelerated: bool = False
    electronic: bool = False
    afr_criterion: str | None = None
    surety: bool = False
    demand_mailed: date | None = None
    non_collusion: bool = False
    principal: tuple[str, str] | None = None  # surety's principal: (name, importer number)
    note: str = ""

    def last_days(self) -> dict[str, date]:
        """Each entry's last day as the rules should compute it (P-TIME-1, -2, -4)."""
        result = {}
        for entry, liquidated in zip(self.entries, self.liquidation_shown, strict=True):
            if liquidated is None:
                continue
            days = 90 if entry.entry_date < date(2004, 12, 18) else 180
            last = liquidated + timedelta(days=days)
            if self.surety and self.demand_mailed is not None:
                last = max(last, self.demand_mailed + timedelta(days=180))
            result[entry.entry_number] = last
        return result

    def expected_deadline(self) -> date | None:
        return min(self.last_days().values(), default=None)

    def truth(self) -> dict[str, Any]:
        """The contract's `values` for this document."""
        iso = _iso
        return {
            "protest_number": self.protest_number,
            "port_code": self.port_code,
            "received_date": iso(self.received) if self.received_printed else None,
            "importer_number": self.importer_number,
            "protestant_name": self.protestant_name,
            "protestant_address": self.protestant_address,
            "entries": [
                {"entry_number": e.entry_number, "entry_date": iso(e.entry_date),
                 "liquidation_date": iso(liq)}
                for e, liq in zip(self.entries, self.liquidation_shown, strict=True)
            ],
            "category": self.category,
            "merchandise_description": self.description,
            "accelerated_disposition": self.accelerated,
            "further_review_requested": self.afr_criterion is not None,
            "signer_name": self.signer,
        }

    def extras(self) -> dict[str, Any]:
        """Facts beyond the contract values that the rules read (compared as presence/values)."""
        return {
            "objection_given": self.objection is not None,
            "drawback_declaration": self.drawback,
            "filed_electronically": self.electronic,
            "surety_protest": self.surety,
            "bond_demand_mailed": _iso(self.demand_mailed),
            "non_collusion_certified": self.non_collusion,
            "afr_criterion": self.afr_criterion,
        }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
