"""Referrals of senders in general (issue 13, round 20, the twentyfifth hand): an entries grid
turned on its side, one column per entry and the field names down one side (left, or right of
the values). Each entry's loss is its own (19 CFR 162.71(a)), so each column is one entry, and
the row of entry numbers is no sentence whose figures belong to its last number."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.model import PenaltyFacts

HEAD = [
    "Referral Summary for Penalty Action - 19 U.S.C. 1592",
    "FP&F Case Number: 2024-2704-118830-01",
    "Name of party: Larkspur Outdoor Goods LLC",
    "Address: 410 Harbor Road, Tacoma, WA 98421",
    "Importer number: 91-4471203",
    "Date of violation: June 3, 2023",
    "Culpability: negligence",
    "No prior disclosure was made.",
    "Domestic value: 240,500.00 USD",
    "Description of merchandise: Aluminum camping cookware sets, anodized",
    "Violation: misclassification.",
    "Findings: The cookware was entered under a duty-free subheading although it is provided for",
    "in a dutiable one, as the importer's own catalogue describes it.",
    "Entries",
]
NAMES = ["Entry Number", "Date of Entry", "Status", "Entered Value", "Duty Deposited",
         "Duties Lawfully Owed", "Loss"]
FIRST = ["EGH-3873310-3", "06/03/2023", "Open", "17,563.80 USD", "1,405.10 USD",
         "4,215.31 USD", "2,810.21 USD"]
SECOND = ["EGH-5676436-0", "08/21/2023", "Liquidated", "100,591.53 USD", "6,538.45 USD",
          "16,346.12 USD", "9,807.67 USD"]


def sideways(path: Path, columns: Sequence[Sequence[str]], ruled: bool = True) -> Path:
    """The HEAD lines, then a grid whose columns are COLUMNS, drawn with rules between cells."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8.5)
    y = letter[1] - 72
    for line in HEAD:
        canvas.drawString(72, y, line)
        y -= 13
    edges = [72.0 + 120.0 * n for n in range(len(columns) + 1)]
    top = y + 9
    rows = len(columns[0])
    for row in range(rows):
        for column, x in zip(columns, edges, strict=False):
            canvas.drawString(x + 4, y, column[row])
        y -= 16
    if ruled:
        bottom = top - 16 * rows
        for x in edges:
            canvas.line(x, top, x, bottom)
        for n in range(rows + 1):
            canvas.line(edges[0], top - 16 * n, edges[-1], top - 16 * n)
    canvas.drawString(72, bottom - 20 if ruled else y - 10,
                      "Submitted by: Dana Whitlow, Auditor, Regulatory Audit")
    canvas.save()
    return path


def _assert_both_entries(facts: PenaltyFacts) -> None:
    assert [e.entry_number for e in facts.entries] == ["EGH-3873310-3", "EGH-5676436-0"]
    assert [e.entry_date for e in facts.entries] == [date(2023, 6, 3), date(2023, 8, 21)]
    assert [e.liquidated for e in facts.entries] == [False, True]
    assert [e.entered_value for e in facts.entries] == [Decimal("17563.80"), Decimal("100591.53")]
    assert [e.duty_paid for e in facts.entries] == [Decimal("1405.10"), Decimal("6538.45")]
    assert [e.duty_owed for e in facts.entries] == [Decimal("4215.31"), Decimal("16346.12")]


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_grid_with_one_column_per_entry_is_read_entry_by_entry(tmp_path: Path, side: str) -> None:
    columns = [NAMES, FIRST, SECOND] if side == "left" else [FIRST, SECOND, NAMES]
    extraction = extract_penalty(sideways(tmp_path / "grid.pdf", columns))
    _assert_both_entries(extraction.facts)
    assert not any("differently" in d for d in extraction.facts.doubts)


def test_a_grid_with_a_corner_cell_and_numbered_columns_is_read(tmp_path: Path) -> None:
    columns = [["", *NAMES], ["#1", *FIRST], ["#2", *SECOND]]
    _assert_both_entries(extract_penalty(sideways(tmp_path / "grid.pdf", columns)).facts)


def test_a_row_of_entry_numbers_gives_none_of_them_the_figures_below(tmp_path: Path) -> None:
    """Without rules the grid is lines of text: the figures after a row of numbers are not the
    last number's; the entries are not made up from them."""
    facts = extract_penalty(sideways(tmp_path / "grid.pdf", [NAMES, FIRST, SECOND],
                                     ruled=False)).facts
    by_number = {e.entry_number: e for e in facts.entries}
    second = by_number.get("EGH-5676436-0")
    assert second is None or second.duty_owed in {None, Decimal("16346.12")}
