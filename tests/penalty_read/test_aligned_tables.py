"""Entries tables with no ruling lines: found by their rows, columns typed by what they hold."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from bots.common.reading.tables import aligned_tables, cell_kind, column_kinds
from bots.penalty_notice.contract import extract_json
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_entries import (
    CONTENT_ONLY,
    ENTRY_NUMBER,
    TABLE_CELL,
    read_entry_rows,
)
from tests.penalty_read.drawn import Line, draw_referral, draw_scanned_rows
from tradebots.pdf import open_pdf

COLUMNS = (50.0, 140.0, 215.0, 270.0, 345.0, 420.0, 495.0)
HEAD = [
    "REPORT OF FINDINGS - 19 U.S.C. 1592",
    "Case: 2025-3901-723483-01",
    "Subject party: Keystone Fasteners & Fittings, Inc., 250 Liberty Avenue, Pittsburgh, PA 15222",
    "Importer number: 84-5427843",
    "The first entry, and the date of the violation, is Sep. 3, 2024.",
    "Level of culpability: Negligent - failure to exercise reasonable care.",
    "PRIOR DISCLOSURE: NOT FILED",
    "Domestic value USD 198,940.00; dutiable value USD 147,363.00.",
    "Entries",
]


def cells(*texts: str) -> list[tuple[float, str]]:
    return [(x, t) for x, t in zip(COLUMNS, texts, strict=False) if t]


def test_a_table_without_rules_wrapped_cells_and_a_two_line_header_is_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "report.pdf", [
        *HEAD,
        cells("Entry #", "Entry Dt.", "Status: LIQ", "Value", "Duty", "Correct", "Loss of"),
        cells("", "", "or UNLIQ", "", "Deposited", "Duty", "Duties"),
        cells("EGH-3873310-3", "September 3,", "UNLIQ", "USD", "USD 1,596.69", "USD 4,151.41",
              "USD 2,554.72"),
        cells("", "2024", "", "63,867.74"),
        cells("EGH-5676436-0", "2024-09-27", "LIQ", "USD 21,282.06", "USD 532.05", "USD 1,383.33",
              "USD 851.28"),
        cells("TOTAL", "", "", "USD 85,149.80", "USD 2,128.74", "USD 5,534.74", "USD 3,406.00"),
        "Prepared by: W. Carrington, Import Specialist",
    ])
    extraction = extract_penalty(pdf)
    first, second = extraction.facts.entries
    assert (first.entry_number, first.entry_date, first.liquidated) == (
        "EGH-3873310-3", date(2024, 9, 3), False)
    assert (first.entered_value, first.duty_paid, first.duty_owed) == (
        Decimal("63867.74"), Decimal("1596.69"), Decimal("4151.41"))
    assert (second.liquidated, second.duty_owed) == (True, Decimal("1383.33"))
    assert extraction.fields["entries[0].duty_owed"].confidence == TABLE_CELL
    evidence = extraction.fields["entries[0].entered_value"].evidence
    assert evidence is not None
    assert (evidence.page, evidence.text) == (1, "USD 63,867.74")
    assert extraction.facts.culpability == "negligence"
    assert extraction.facts.prior_disclosure is False
    assert extraction.facts.party_name == "Keystone Fasteners & Fittings, Inc."
    assert extraction.facts.party_address == "250 Liberty Avenue, Pittsburgh, PA 15222"


def test_columns_whose_headers_say_nothing_are_placed_by_what_they_hold(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "odd.pdf", [
        *HEAD,
        cells("Ref", "When", "State", "Amount A", "Amount B", "Amount C"),
        cells("EGH-3873310-3", "09/03/2024", "Final", "$63,867.74", "$1,596.69", "$4,151.41"),
        cells("EGH-5676436-0", "09/27/2024", "Open", "$21,282.06", "$532.05", "$1,383.33"),
    ])
    extraction = extract_penalty(pdf)
    first, second = extraction.facts.entries
    assert (first.liquidated, second.liquidated) == (True, False)
    assert (first.entered_value, first.duty_paid, first.duty_owed) == (
        Decimal("63867.74"), Decimal("1596.69"), Decimal("4151.41"))
    # Read from content alone: less sure than under a header that names the column.
    assert extraction.fields["entries[0].duty_owed"].confidence == CONTENT_ONLY


def test_the_toolkit_finds_the_table_by_its_rows_and_types_its_columns(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "t.pdf", [
        "Some words before the table.",
        cells("No.", "Date", "Liq?", "Value", "Paid", "Owed"),
        cells("112-8477237-0", "11/01/2022", "Y", "69,800.63", "1,745.02", "4,537.05"),
        cells("112-9005488-8", "01/05/2023", "N", "30,705.80", "767.64", "1,995.88"),
        "A closing sentence that is not part of the table at all, printed across the page.",
    ])
    with open_pdf(pdf) as document:
        (table,) = aligned_tables(document, 1, ENTRY_NUMBER)
    texts = table.texts()
    assert texts[0] == ["No.", "Date", "Liq?", "Value", "Paid", "Owed"]
    assert len(texts) == 3
    assert column_kinds(texts[1:], ENTRY_NUMBER) == [
        "anchor", "date", "yes_no", "money", "money", "money"]
    assert cell_kind("Unliquidat ed", ENTRY_NUMBER) == "yes_no"


def test_numbered_rows_and_a_liquidation_date_column_are_read(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "numbered.pdf", [
        *HEAD,
        cells("Line", "Entry Number", "Entry Date", "Date Liquidated", "Duties Paid",
              "Revised Duty"),
        cells("1.", "112-8477237-0", "11/01/2022", "09/15/2023", "$1,745.02", "$4,537.05"),
        cells("2.", "112-9005488-8", "01/05/2023", "", "$767.64", "$1,995.88"),
    ])
    first, second = extract_penalty(pdf).facts.entries
    assert (first.entry_number, first.entry_date, first.liquidated) == (
        "112-8477237-0", date(2022, 11, 1), True)
    assert (second.liquidated, second.duty_paid, second.duty_owed) == (
        False, Decimal("767.64"), Decimal("1995.88"))


def test_cells_printed_close_together_on_one_row_stay_in_their_columns(tmp_path: Path) -> None:
    # The longest date nearly touches the status: one run of text on that row, not two.
    tight = (50.0, 122.0, 183.0, 215.0, 290.0, 365.0)
    row = [(x, t) for x, t in zip(tight, (
        "112-8477237-0", "September 30,", "LIQ", "$69,800.63", "$1,745.02", "$4,537.05"),
        strict=True)]
    pdf = draw_referral(tmp_path / "tight.pdf", [
        *HEAD,
        [(x, t) for x, t in zip(tight, ("Entry No.", "Entry Date", "Liq.", "Value", "Paid",
                                        "Owed"), strict=True)],
        row,
        [(122.0, "2022")],
        [(x, t) for x, t in zip(tight, (
            "112-9005488-8", "01/05/2023", "UNLIQ", "$30,705.80", "$767.64", "$1,995.88"),
            strict=True)],
    ])
    first, second = extract_penalty(pdf).facts.entries
    assert (first.entry_date, first.liquidated) == (date(2022, 9, 30), True)
    assert (second.entry_date, second.liquidated) == (date(2023, 1, 5), False)


def test_a_table_that_does_not_say_whether_entries_are_liquidated_goes_to_a_person(
    tmp_path: Path,
) -> None:
    pdf = draw_referral(tmp_path / "noliq.pdf", [
        *HEAD,
        cells("Entry No.", "Entry Date", "Entered Value", "Duty Paid", "Duty Owed"),
        cells("112-8477237-0", "11/01/2022", "$69,800.63", "$1,745.02", "$4,537.05"),
    ])
    result = extract_json(pdf, today=date(2025, 1, 6))
    assert result["decision"]["outcome"] == "needs_human"
    assert any(f["rule"] == "PEN-READ" and "112-8477237-0" in f["message"]
               for f in result["findings"])


def _loss_table(tmp_path: Path, loss: str) -> dict[str, Any]:
    pdf = draw_referral(tmp_path / "loss.pdf", [
        *HEAD,
        cells("Entry No.", "Entry Date", "Liquidated", "Entered Value", "Duty Paid", "Duty Owed",
              "Loss of Duties"),
        cells("112-8477237-0", "11/01/2022", "Yes", "$69,800.63", "$1,745.02", "$4,537.05", loss),
    ])
    return extract_json(pdf, today=date(2025, 1, 6))


def test_duties_that_do_not_reconcile_with_the_printed_loss_go_to_a_person(
    tmp_path: Path,
) -> None:
    # 4,537.05 - 1,745.02 = 2,792.03; a loss of 1,745.02 says a column was read shifted.
    shifted = _loss_table(tmp_path, "$1,745.02")
    assert any(f["rule"] == "PEN-READ" and "printed loss" in f["message"]
               for f in shifted["findings"])  # PEN-READ: a person decides the point
    agreeing = _loss_table(tmp_path, "$2,792.03")
    assert not any(f["rule"] == "PEN-READ" for f in agreeing["findings"])


def test_a_duty_paid_above_the_entered_value_is_doubted(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "swap.pdf", [
        *HEAD,
        cells("Entry No.", "Entry Date", "Liquidated", "Duty Paid", "Entered Value", "Duty Owed"),
        cells("112-8477237-0", "11/01/2022", "Yes", "$69,800.63", "$1,745.02", "$74,537.05"),
    ])
    result = extract_json(pdf, today=date(2025, 1, 6))
    assert any(f["rule"] == "PEN-READ" and "exceeds the entered value" in f["message"]
               for f in result["findings"])


def test_a_date_the_layout_split_over_cells_is_the_rows_entry_date() -> None:
    # The blind family's case export (bench/corpus_other, seed 1), Courier by fpdf2: the single
    # spaces inside "Dec. 3, 2021" read as column gaps, and the header sits apart from the rows.
    extraction = extract_penalty(Path(__file__).parent / "blind" / "penalty_001_fpdf_neg.pdf")
    assert [e.entry_date for e in extraction.facts.entries] == [date(2021, 12, 3),
                                                                date(2022, 3, 4)]
    evidence = extraction.fields["entries[0].entry_date"].evidence
    assert evidence is not None and evidence.text == "Dec. 3, 2021"
    assert extraction.fields["entries[0].entry_date"].confidence < CONTENT_ONLY


def test_a_declared_value_column_is_the_entered_value_not_the_duty_paid(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "memo.pdf", [
        *HEAD,
        cells("Entry Number", "Entered", "Status", "Declared Value", "Paid", "Correct Duty"),
        cells("A2221992584", "July 18, 2023", "Y", "$43,723.19", "$1,530.31", "$1,093.08"),
        cells("A2203487652", "Oct. 6, 2023", "N", "$21,466.02", "$751.31", "$1,717.28"),
    ])
    first, second = extract_penalty(pdf).facts.entries
    assert (first.entered_value, first.duty_paid, first.duty_owed) == (
        Decimal("43723.19"), Decimal("1530.31"), Decimal("1093.08"))
    assert second.entry_date == date(2023, 10, 6)


# A case system's field/value lines right above and below an aligned entries table, with no
# blank line between: labelled values are no header lines and no wrapped cells.
_EXPORT_HEAD = [[(72.0, "Violation date"), (181.0, "09SEP22")],
                [(72.0, "Prior disclosure"), (181.0, "none filed")]]
_EXPORT_TABLE = [
    [(74.0, "Entry No."), (135.0, "Entry Date"), (181.0, "Liq. Status"),
     (227.0, "Entered Value"), (291.0, "Duty Deposited"), (354.0, "Duty Lawfully Owed")],
    [(74.0, "DD8-5676923-5"), (135.0, "09SEP22"), (181.0, "LIQ"), (227.0, "$62,578.81 USD"),
     (291.0, "$1,564.47 USD"), (354.0, "$4,067.62 USD")],
    [(74.0, "2I3-2634556-7"), (135.0, "14OCT22"), (181.0, "UNLIQ"), (227.0, "$11,657.47 USD"),
     (291.0, "$291.44 USD"), (354.0, "$174.86 USD")],
]


@pytest.mark.parametrize("below", [
    [[(72.0, "Domestic value"), (155.0, "$262,000.00 USD")]],
    [[(72.0, "AUDIT TRAIL")], [(72.0, "When"), (140.0, "User"), (220.0, "Action")],
     [(72.0, "2025-09-23"), (140.0, "FPF-OFFICER"), (220.0, "Case opened from audit referral")]],
])
def test_labelled_lines_around_a_table_stay_out_of_it(tmp_path: Path, below: list[Line]) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "Penalty case number 2024-5301-854461-01", "Degree of culpability: negligence",
        *_EXPORT_HEAD, *_EXPORT_TABLE, *below], font_size=7.5)
    entries = extract_penalty(pdf).facts.entries
    assert [e.entry_number for e in entries] == ["DD8-5676923-5", "2I3-2634556-7"]
    assert [e.entry_date for e in entries] == [date(2022, 9, 9), date(2022, 10, 14)]
    assert [e.entered_value for e in entries] == [Decimal("62578.81"), Decimal("11657.47")]
    assert [e.duty_owed for e in entries] == [Decimal("4067.62"), Decimal("174.86")]
    assert [e.liquidated for e in entries] == [True, False]


def test_a_header_wider_than_its_column_is_one_cell(tmp_path: Path) -> None:
    pdf = draw_referral(tmp_path / "r.pdf", [
        "Penalty case number 2024-5301-854461-01", "Degree of culpability: negligence",
        [(74.0, "Entry No."), (140.0, "Entry Date"), (193.0, "Liq. Status"),
         (251.0, "Entered Value"), (318.0, "Duty Deposited"), (388.0, "Duty Lawfully Owed")],
        [(74.0, "51E-8416722-8"), (140.0, "02/16/2023"), (193.0, "LIQ"), (251.0, "20000"),
         (318.0, "500"), (388.0, "1000")]])
    entry = extract_penalty(pdf).facts.entries[0]
    assert (entry.entered_value, entry.duty_paid, entry.duty_owed) == (
        Decimal("20000"), Decimal("500"), Decimal("1000"))


def test_a_scanned_tables_close_set_row_is_still_a_row(tmp_path: Path) -> None:
    # The first row's cells, the widest in every column, stand 16 points apart: under twice the
    # scan's word gap, so the page's segmenter makes one run of them; the columns are the same.
    pdf = draw_scanned_rows(tmp_path / "scan.pdf", [
        ["Entry No.", "Date", "Liq.", "Value", "Paid", "Owed"],
        ["GIC-8662365-0", "24 September 2022", "Final", "$88,465.57", "$2,211.64", "$5,750.26"],
        ["GIC-7452891-1", "30 May 2022", "Final", "$5,607.01", "$265.18", "$3,289.46"],
        ["GIC-7813634-9", "13 June 2022", "Open", "$2,687.64", "$817.19", "$2,124.70"],
    ])
    with open_pdf(pdf) as document:
        (table,) = aligned_tables(document, 1, ENTRY_NUMBER)
        first = read_entry_rows(document)[0]
    assert [row[0] for row in table.texts()] == [
        "Entry No.", "GIC-8662365-0", "GIC-7452891-1", "GIC-7813634-9"]
    assert (first.number.value, first.values["entry_date"].value,
            first.values["duty_owed"].value) == (
        "GIC-8662365-0", date(2022, 9, 24), Decimal("5750.26"))
