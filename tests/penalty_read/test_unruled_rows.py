"""Entries tables ruled only around the header and down the columns: pdfplumber reads the body
as one tall row, which must be read as one entry per line of the entry-number column; and the
liquidation status written in words rather than a mark."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.extract_entries import liquidated_of, read_entry_rows
from tradebots.pdf import open_pdf

COLUMNS = (72.0, 150.0, 235.0, 290.0, 370.0, 450.0, 540.0)  # x of each vertical rule
HEADER = ("Entry", "Date of Entry", "Status", "Value", "Duties Deposited", "Correct Duty")
Row = Sequence[str | tuple[str, str]]  # a cell, or a cell wrapped onto a second line


def draw(path: Path, rows: Sequence[Row]) -> Path:
    """A header boxed by rules, then rows 12 pt apart (a wrapped cell takes 24) with no rule
    between them, the columns' rules running from the header to the rule under the table."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8)
    top = letter[1] - 100
    canvas.line(COLUMNS[0], top, COLUMNS[-1], top)
    for x, text in zip(COLUMNS, HEADER, strict=False):
        canvas.drawString(x + 3, top - 10, text)
    canvas.line(COLUMNS[0], top - 14, COLUMNS[-1], top - 14)
    y = top - 26
    for row in rows:
        tall = 0
        for x, cell in zip(COLUMNS, row, strict=False):
            lines = (cell,) if isinstance(cell, str) else cell
            for n, text in enumerate(lines):
                canvas.drawString(x + 3, y - 12 * n, text)
            tall = max(tall, len(lines))
        y -= 12 * tall
    bottom = y + 6
    canvas.line(COLUMNS[0], bottom, COLUMNS[-1], bottom)
    for x in COLUMNS:
        canvas.line(x, top, x, bottom)
    canvas.save()
    return path


def entries(path: Path) -> list[dict[str, str]]:
    with open_pdf(path) as document:
        return [{"number": str(row.number.value),
                 **{field: str(got.value) for field, got in row.values.items()}}
                for row in read_entry_rows(document)]


def test_each_entry_number_line_is_a_row_of_its_own(tmp_path: Path) -> None:
    rows = [("B7F-6712259-5", "29 April 2022", "Liquidated", "USD 80,931.48", "USD 3,237.26",
             "USD 12,139.73"),
            ("CFG-9729135-2", "15 August 2022", "Open", "USD 37,505.93", "USD 1,500.24",
             "USD 5,625.89")]
    read = entries(draw(tmp_path / "two.pdf", rows))
    assert [(r["number"], r["entry_date"], r["liquidated"], r["duty_paid"], r["duty_owed"])
            for r in read] == [("B7F-6712259-5", "2022-04-29", "True", "3237.26", "12139.73"),
                               ("CFG-9729135-2", "2022-08-15", "False", "1500.24", "5625.89")]


def test_a_wrapped_cell_stays_in_the_row_it_faces(tmp_path: Path) -> None:
    rows: list[Row] = [
        ("4CI-1817335-2", ("April 8,", "2020"), "Y", "$42,980.18", "$859.60", "$5,157.62"),
        ("DBE-8225989-3", "June 2, 2020", "N", "$53,445.42", "$2,137.82", "$8,016.81")]
    read = entries(draw(tmp_path / "wrapped.pdf", rows))
    assert [(r["number"], r["entry_date"], r["entered_value"]) for r in read] == [
        ("4CI-1817335-2", "2020-04-08", "42980.18"), ("DBE-8225989-3", "2020-06-02", "53445.42")]


def test_a_total_line_in_the_entry_column_is_no_part_of_the_last_entry(tmp_path: Path) -> None:
    rows = [("EDC-5602715-8", "2022-04-14", "Liquidated", "$72589.74", "$2540.64", "$10888.46"),
            ("CFG-0543552-1", "2022-05-20", "Liquidated", "$14871.89", "$297.44", "$2230.78"),
            ("Total", "", "", "$87461.63", "$2838.08", "$13119.24")]
    read = entries(draw(tmp_path / "total.pdf", rows))
    assert [(r["number"], r["duty_owed"]) for r in read] == [
        ("EDC-5602715-8", "10888.46"), ("CFG-0543552-1", "2230.78")]


@pytest.mark.parametrize(("status", "liquidated"), [
    ("Not yet liquidated", False), ("Suspended", False), ("Extended to 03/01/2025", False),
    ("Liquidation suspended", False), ("In suspension", False), ("Non-liquidated", False),
    ("Deemed liquidated", True), ("Reliquidated", True), ("Protested", True),
    ("Liquidated (final)", True), ("Liquidated and final", True), ("N/A", None),
])
def test_a_liquidation_status_in_words_is_read_by_meaning(
    status: str, liquidated: bool | None,
) -> None:
    assert liquidated_of(status) is liquidated
