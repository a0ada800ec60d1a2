"""A complete, timely protest to start each rule test from; tests change only what they test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from bots.protest_intake.model import PriorProtest, ProtestEntry, ProtestFacts

LIQUIDATED = date(2024, 1, 5)  # the worked example: last day 2024-07-03
LAST_DAY = date(2024, 7, 3)
ENTRY = "ABC-1234567-6"
OTHER_ENTRY = "DEF-7654321-3"
TODAY = date(2024, 8, 1)


def entry(
    number: str | None = ENTRY,
    entry_date: date | None = date(2023, 12, 1),
    liquidation_date: date | None = LIQUIDATED,
) -> ProtestEntry:
    return ProtestEntry(number, entry_date, liquidation_date)


def protest(**changes: Any) -> ProtestFacts:
    """A protest that gives every 174.13(a) item and is received on its last day."""
    base = ProtestFacts(
        protest_number="2704-24-100123",
        port_code="2704",
        received_date=LAST_DAY,
        importer_number="12-3456789",
        protestant_name="Acme Imports Inc.",
        protestant_address="1 Harbor Way, Long Beach, CA 90802",
        entries=(entry(),),
        category="classification",
        merchandise_description="Men's cotton knit shirts",
        accelerated_disposition=False,
        further_review_requested=False,
        signer_name="Pat Lee",
        objection_text="The shirts belong in heading 6105, not 6110.",
        drawback_declaration=False,
    )
    return replace(base, **changes)


def prior(**changes: Any) -> PriorProtest:
    """An earlier protest on file by the same party on the same entry and goods."""
    base = PriorProtest(
        protest_number="2704-24-100001",
        importer_number="12-3456789",
        protestant_name="Acme Imports Inc.",
        entry_number=ENTRY,
        category="classification",
        merchandise_description="Men's cotton knit shirts",
    )
    return replace(base, **changes)
