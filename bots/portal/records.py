"""What the portal facade takes and gives back: forms to file, records as the portal shows them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal, NamedTuple

Outcome = Literal["created", "found", "updated"]
Changes = dict[str, tuple[str, str]]  # field -> (value in the portal before, value now)


class SaveResult(NamedTuple):
    """The record's number; whether it was created, found as it was, or updated; what changed."""

    number: str
    outcome: Outcome
    changes: Changes


@dataclass(frozen=True)
class EntryRecord:
    entry_number: str
    port_code: str
    port_name: str
    importer_number: str
    importer_name: str
    entry_date: date
    liquidation_date: date | None
    status: str  # "liquidated" or "unliquidated"


@dataclass(frozen=True)
class ProtestForm:
    """A protest to file. Each entry is (entry number, entry date, liquidation/decision date)."""

    port_code: str
    protestant_name: str
    protestant_address: str
    importer_number: str
    received_date: date
    entries: tuple[tuple[str, date | None, date | None], ...]
    category: str
    merchandise_description: str
    pdf_path: Path


@dataclass(frozen=True)
class FileRow:
    kind: str
    name: str
    sha256: str


@dataclass(frozen=True)
class ProtestRow:
    """One line of the protest search results."""

    protest_number: str
    port_code: str
    importer_number: str
    protestant_name: str
    category: str
    merchandise_description: str
    status: str
    reference: str
    consolidated_with: str | None
    entry_numbers: tuple[str, ...]


@dataclass(frozen=True)
class ProtestRecord:
    """A protest as its page shows it."""

    protest_number: str
    status: str
    port_code: str
    protestant_name: str
    protestant_address: str
    importer_number: str
    received_date: str
    category: str
    merchandise_description: str
    reference: str
    consolidated_with: str | None
    entries: tuple[tuple[str, str, str], ...]
    files: tuple[FileRow, ...] = ()


@dataclass(frozen=True)
class RulingForm:
    requester_name: str
    ruling_type: str  # classification | valuation | origin | marking | carrier | other
    product_description: str
    proposed_hts: tuple[str, ...]
    route: str  # NCSD | HQ


@dataclass(frozen=True)
class PenaltyForm:
    party_name: str
    importer_number: str
    culpability: str  # negligence | gross_negligence | fraud
    loss_of_duties: Decimal
    proposed_penalty: Decimal
    entries: tuple[str, ...]


@dataclass(frozen=True)
class CaseRecord:
    """A ruling request or a penalty case as its page shows it: field values by form name."""

    number: str
    status: str
    reference: str
    values: dict[str, str] = field(default_factory=dict)
    files: tuple[FileRow, ...] = ()
