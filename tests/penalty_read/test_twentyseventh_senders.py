"""Referrals of senders in general (issue 13, round 24, the twentyseventh and fourteenth hands): an
entries table typed with bars between its cells in proportional type, a page's foot under a table
read row by row, an amount whose decimal point was lost, a man page's tagged list whose captions
stand alone over their values, and an audit's findings that call the party the auditee. The
notice names the party and each entry's duties (19 CFR 162.77(b); 162.71(a))."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.model import PenaltyFacts
from tests.penalty_read.drawn import (
    LEADING,
    REFERRAL_HEAD,
    Line,
    draw_referral,
    draw_scanned_rows,
)

HEAD = REFERRAL_HEAD
BARRED = [
    "Entry # | Entered | Liquidated? | Entered Value | Duty Deposited | Duties Owed",
    "669-1670236-9 | 2023-03-02 | LIQ | $23,076.65 | $1,384.60 | $2,769.20",
    "669-5386787-7 | 2023-04-13 | UNLIQ | $21,833.98 | $1,091.70 | $3,056.76",
]
# The rest of the page is blank: the next page's figures follow the last row in the text.
NEXT_PAGE = ["Office of Trade - FP&F    September 19, 2024", *[""] * 40,
             "VALUES", "Domestic value", "$131,300.00", "Dutiable value", "$90,552.00"]


def _read(tmp_path: Path, lines: Sequence[Line]) -> PenaltyFacts:
    return extract_penalty(draw_referral(tmp_path / "referral.pdf", lines)).facts


def _page_end(head: list[str], rows: list[str]) -> list[str]:
    """HEAD, then ROWS padded down so that the last row is the last line of its page."""
    per_page = int((792 - 144) // LEADING) + 1
    return [*head, *[""] * (per_page - len(head) - len(rows)), *rows]


def test_cells_parted_by_bars_in_proportional_type_are_read_under_their_header(
        tmp_path: Path) -> None:
    # "LIQ" and "UNLIQ" differ in width, so no column lines up; the last row ends its page and
    # the next page's date and amounts follow it in the text, which must not run into it.
    facts = _read(tmp_path, [*_page_end(HEAD, BARRED), *NEXT_PAGE])
    assert [(e.entry_number, e.liquidated, e.entered_value, e.duty_paid, e.duty_owed)
            for e in facts.entries] == [
        ("669-1670236-9", True, Decimal("23076.65"), Decimal("1384.60"), Decimal("2769.20")),
        ("669-5386787-7", False, Decimal("21833.98"), Decimal("1091.70"), Decimal("3056.76")),
    ]
    assert not facts.doubts


def test_a_barred_row_with_a_cell_more_than_its_header_is_not_read_by_position(
        tmp_path: Path) -> None:
    # A bar inside a cell ("LIQ | protested") shifts the row's cells: its amounts are not
    # taken from the wrong columns, and the row goes to a person.
    rows = [BARRED[0], BARRED[1],
            "669-5386787-7 | 2023-04-13 | LIQ | protested | $21,833.98 | $1,091.70 | $3,056.76"]
    facts = _read(tmp_path, [*_page_end(HEAD, rows), *NEXT_PAGE])
    second = facts.entries[1]
    assert second.duty_owed != Decimal("1091.70") and second.duty_paid != Decimal("21833.98")
    assert facts.doubts


def test_a_caption_alone_between_the_name_and_the_address_is_neither(tmp_path: Path) -> None:
    # A man page's tagged list: each caption on its line, its value set in below it.
    lines = [
        "PENALTYCASE(7)    FPF case    2024-1703-998089-01",
        "CASE",
        "   Case No.",
        "                                   2024-1703-998089-01",
        "   Violator",
        "                                   Tri-County Hardware Imports, Inc.",
        "   Address",
        "                                   310 Commerce Way, Bldg. C, Savannah, GA 31408",
        "   Culpability",
        "                                   ordinary negligence",
        "ENTRIES",
        "669-1670236-9   2023-03-02   LIQ   $23,076.65   $1,384.60   $2,769.20",
    ]
    facts = _read(tmp_path, lines)
    assert facts.party_name == "Tri-County Hardware Imports, Inc."
    assert facts.party_address == "310 Commerce Way, Bldg. C, Savannah, GA 31408"


def test_an_audits_auditee_is_the_party(tmp_path: Path) -> None:
    lines = [
        "FOCUSED ASSESSMENT - AUDIT FINDINGS EXTRACT FOR PENALTY REFERRAL",
        "FP&F Case No.:      2025-2704-715952-01",
        "Auditee:            Bramble & Finch Outfitters, Inc.",
        "Address:            2210 Larimer Street, Suite 400, Denver, CO 80205",
        "IOR No.:            41-2652631",
        "Cause: the audit team rates the conduct as Negligence (19 U.S.C. 1592(a)(1)).",
        "Entry 620-7603335-6, entered 2021-09-23, liquidated: value $8,359.73; duty paid $501.58;"
        " duty owed $835.97.",
    ]
    facts = _read(tmp_path, lines)
    assert facts.party_name == "Bramble & Finch Outfitters, Inc."
    assert facts.party_address == "2210 Larimer Street, Suite 400, Denver, CO 80205"


LOST_POINT_ROWS = [
    ["Entry No.", "Date of Entry", "Liquidated?", "Value", "Duty Paid", "Duty Owed"],
    ["D4G-7385733-7", "July 15, 2022", "Final", "39,924.29", "998.11", "2,595.09"],
    ["D4G-2897520-0", "August 19, 2022", "Open", "3210321", "802.58", "2,086.71"],
    ["D4G-6546495-1", "October 2, 2022", "Final", "65,399.21", "1,634.98", "4,250.95"],
]


def test_bare_digits_under_a_column_of_cents_go_to_a_person(tmp_path: Path) -> None:
    # Typed, the figure is what the sender typed: kept as printed, and doubted.
    columns = (50.0, 140.0, 230.0, 300.0, 380.0, 460.0)
    rows: list[Line] = [list(zip(columns, row, strict=True)) for row in LOST_POINT_ROWS]
    facts = _read(tmp_path, [*HEAD, *rows])
    assert facts.entries[1].entered_value == Decimal("3210321")
    assert any("decimal point" in doubt for doubt in facts.doubts)


def test_a_scans_bare_digits_under_a_column_of_cents_are_read_as_cents_for_a_person(
        tmp_path: Path) -> None:
    # A scan's OCR drops a decimal point and its separators: the likely figure, by a weaker cue.
    pdf = draw_scanned_rows(tmp_path / "scan.pdf", LOST_POINT_ROWS, HEAD)
    extraction = extract_penalty(pdf)
    assert extraction.facts.entries[1].entered_value == Decimal("32103.21")
    assert extraction.fields["entries[1].entered_value"].confidence < 0.85
    assert any("decimal point" in doubt for doubt in extraction.facts.doubts)


def test_a_page_foot_under_the_last_row_is_no_part_of_it(tmp_path: Path) -> None:
    # Rows typed with single spaces, no column set apart: each row is read as its run of text.
    # The last row ends its page; the page's foot (a date) and the next page's head are page
    # furniture, not the row's liquidation date.
    rows = ["Entry No. Entry Date Status Entered Value Duty Paid Duty Owed",
            "669-1670236-9 2023-03-02 LIQ $23,076.65 $1,384.60 $2,769.20",
            "669-5386787-7 2023-04-13 UNLIQ $21,833.98 $1,091.70 $3,056.76"]
    foot = "Office of Trade - FP&F    September 19, 2024"
    second = _page_end(["Domestic value: $131,300.00"], [foot])
    facts = _read(tmp_path, [*_page_end(HEAD, [*rows, foot]), *second])
    assert [e.liquidated for e in facts.entries] == [True, False]


def test_bars_typed_without_spaces_part_the_cells_too(tmp_path: Path) -> None:
    glued = [row.replace(" | ", "|") for row in BARRED]
    facts = _read(tmp_path, [*_page_end(HEAD, glued), *NEXT_PAGE])
    assert [(e.entry_number, e.liquidated, e.duty_owed) for e in facts.entries] == [
        ("669-1670236-9", True, Decimal("2769.20")), ("669-5386787-7", False, Decimal("3056.76"))]


def test_a_label_of_the_partys_own_people_does_not_name_the_party(tmp_path: Path) -> None:
    # "Violator's counsel: X" names the violator's lawyer, not the violator.
    facts = _read(tmp_path, [HEAD[0], "Violator's counsel: Jane Roe, Esq.", *HEAD[1:], *BARRED])
    assert facts.party_name == "Alder Point Housewares Inc."
