"""Complete ruling requests to vary one fact at a time: each test names only what it changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from bots.ruling_triage.model import RulingFacts

RECEIVED = date(2025, 3, 3)  # a Monday

CLASSIFICATION = RulingFacts(
    requester_name="Harbor Goods LLC",
    requester_address="12 Pier Road, Newark, NJ 07114",
    importer_number="12-3456789",
    request_date=date(2025, 2, 27),
    ruling_type="classification",
    product_description="Wireless router with four Ethernet ports, in retail packaging",
    proposed_hts=("8517.62.0090",),
    ports=("1001",),
    item_count=1,
    prospective=True,
    pending_statement=True,
    signed=True,
    transaction_description="Future imports from Taiwan for sale to retailers",
    principal_use="Home networking",
    component_materials="Plastic housing 60% by weight, printed circuit assembly 40%",
    result_basis_given=True,
)

VALUATION = replace(
    CLASSIFICATION,
    ruling_type="valuation",
    proposed_hts=(),
    principal_use=None,
    component_materials=None,
    terms_of_sale="FOB Kaohsiung, payment 60 days after invoice",
    parties_related=False,
)


def letter(base: RulingFacts = CLASSIFICATION, /, **changes: Any) -> RulingFacts:
    """`base` with the given facts changed."""
    return replace(base, **changes)
