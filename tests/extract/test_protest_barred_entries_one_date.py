"""A continuation form types its entries as a table with bars between the cells and prints it in
proportional type: "Entry No. | Date of Liquidation" over "CIA-3627286-9 | 2025-07-03". The
bars, not the cells' positions, part the columns, so each date is of the kind its column's
header names by its place in the row. A table giving the liquidation date alone leaves the
entry date out (174.13(a)(3)); it is never taken for the entry date."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_TOP = [
    "PROTEST - CONTINUATION FORM (19 CFR 174.13)",
    "Port code: 1703 (Savannah)",
    "Protesting party: Harbor Fenwick Outfitters Inc.",
    "Address: 2210 Quayside Avenue, Tacoma, WA 98421",
    "Importer No.: 10-2196018",
    "Block 5 - Entries covered",
]
_REST = [
    "Decision protested: Classification and rate of duty",
    "Description of merchandise: Stainless steel stockpots with tri-ply bases",
    "The merchandise is not subject to drawback.",
    "Signature: /s/ Marguerite L. Chen",
    "RIDER - STATEMENT OF OBJECTIONS",
    "CBP reclassified the goods out of subheading 7323.93.0080; the heading claimed at entry",
    "describes them by name, and GRI 1 and 6 settle the matter.",
]
# (the table's lines, the entry date and liquidation date read)
_TABLES = [
    # As the forty-ninth hand wrote it.
    (["Entry No. | Date of Liquidation", "-" * 60, "CIA-3627286-9 | 2025-07-03"],
     (None, date(2025, 7, 3))),
    (["Date of liquidation | Entry number", "July 3, 2025 | CIA-3627286-9"],
     (None, date(2025, 7, 3))),
    (["Entry # \u00a6 Liquidated on", "CIA-3627286-9 \u00a6 07/03/2025"], (None, date(2025, 7, 3))),
    (["Entry No. | Entry date", "CIA-3627286-9 | 2024-10-02"], (date(2024, 10, 2), None)),
]


@pytest.mark.parametrize(("table", "dates"), _TABLES)
def test_each_date_is_of_its_columns_kind(
        tmp_path: Path, table: list[str], dates: tuple[date | None, date | None]) -> None:
    # Before: a barred header of one date column was no header; the lone date was placed by
    # order, as the entry's.
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_TOP, *table, *_REST])).facts
    assert (facts.entries[0].entry_date, facts.entries[0].liquidation_date) == dates


def test_the_entry_date_left_out_of_the_table_is_absent(tmp_path: Path) -> None:
    table = ["Entry No. | Date of Liquidation", "-" * 60, "CIA-3627286-9 | 2025-07-03"]
    facts = extract_protest(_letter_pdf(tmp_path / "p.pdf", [*_TOP, *table, *_REST])).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 10, 25)),
                         today=date(2025, 10, 30))
    # Whether the 90-day period of an entry before 2004-12-18 applies is open without the
    # entry date (174.12(e)), so the outcome may fall to a person; the want is (a)(3)'s.
    assert tuple(decision.missing) == ("174.13(a)(3)",)
