"""The worked example of customs-rules.md section 3, to start each penalty test from."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from bots.penalty_notice.model import PenaltyEntry, PenaltyFacts

VIOLATION = date(2022, 3, 1)
LIMITATIONS = date(2027, 3, 1)
TODAY = date(2024, 6, 3)  # well inside the limitations period
LIQUIDATED_ENTRY = "ABC-1234567-6"
OPEN_ENTRY = "999-9999999-0"


def entry(
    owed: str,
    paid: str = "0",
    *,
    liquidated: bool = True,
    number: str | None = LIQUIDATED_ENTRY,
) -> PenaltyEntry:
    return PenaltyEntry(
        entry_number=number,
        entry_date=VIOLATION,  # the violation is the first entry (1621 runs per entry)
        liquidated=liquidated,
        entered_value=Decimal("100000.00"),
        duty_paid=Decimal(paid),
        duty_owed=Decimal(owed),
    )


# LOD 10,000 = 6,000 actual (liquidated) + 4,000 potential (unliquidated).
EXAMPLE_ENTRIES = (
    entry("7000.00", "1000.00"),
    entry("4500.00", "500.00", liquidated=False, number=OPEN_ENTRY),
)
# The same entries with the duty paid in full: no loss of duties.
NO_LOSS_ENTRIES = (
    entry("7000.00", "7000.00"),
    entry("4500.00", "4500.00", liquidated=False, number=OPEN_ENTRY),
)


def case(**changes: Any) -> PenaltyFacts:
    """The worked example: DV 300,000, dutiable 200,000, negligence, commercial, no disclosure."""
    base = PenaltyFacts(
        case_number="2024-2704-000123-01",
        party_name="Acme Imports Inc.",
        party_address="1 Harbor Way, Long Beach, CA 90802",
        importer_number="12-3456789",
        violation_date=VIOLATION,
        culpability="negligence",
        prior_disclosure=False,
        noncommercial=False,
        entries=EXAMPLE_ENTRIES,
        domestic_value=Decimal("300000.00"),
        dutiable_value=Decimal("200000.00"),
        merchandise="Cotton knit shirts",
        material_facts="The shirts were declared under a duty-free subheading for parts.",
        violation_type="classification",
    )
    return replace(base, **changes)


def with_loss(owed: str, **changes: Any) -> PenaltyFacts:
    """The example case with one liquidated entry whose whole duty `owed` is unpaid."""
    return case(entries=(entry(owed),), **changes)
