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
from tests.penalty_read.drawn import page_with_lines

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
    canvas, y = page_with_lines(path, HEAD)
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


@pytest.mark.parametrize("side", ["left", "right"])
def test_a_grid_on_its_side_without_rules_is_read_by_its_line_of_entry_numbers(
        tmp_path: Path, side: str) -> None:
    """No rules: the line of entry numbers sets the columns; the figures below it are not the
    last number's alone (read as a sentence, they would be)."""
    columns = [NAMES, FIRST, SECOND] if side == "left" else [FIRST, SECOND, NAMES]
    extraction = extract_penalty(sideways(tmp_path / "grid.pdf", columns, ruled=False))
    _assert_both_entries(extraction.facts)
    assert extraction.facts.doubts == ()


def _pointed(path: Path, rows: Sequence[tuple[str, str]], arrow: str) -> Path:
    """HEAD's particulars as a form with its captions right of the values, pointed by ARROW; a
    caption may wrap ("Date of first|violation") into its own column on the next line."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8.5)
    y = letter[1] - 72
    for value, caption in rows:
        canvas.drawString(60, y, value)
        first, _, rest = caption.partition("|")
        canvas.drawString(380, y, f"{arrow} {first}")
        if rest:
            y -= 9
            canvas.drawString(380, y, rest)
        y -= 16
    for line in HEAD[5:]:
        canvas.drawString(60, y, line)
        y -= 13
    for row in ([" ".join(NAMES[:1]), FIRST[0], SECOND[0]],):
        canvas.drawString(60, y, "  ".join(row))
    canvas.save()
    return path


_PARTICULARS = [("2024-2704-118830-01", "Penalty case no."), ("Larkspur Outdoor Goods LLC",
                "Importer of record"), ("410 Harbor Road, Tacoma, WA 98421", "Business address"),
                ("91-4471203", "IOR No."), ("June 3, 2023", "Date of first|violation"),
                ("NEG - negligence", "Degree of|culpability"),
                ("240,500.00 USD", "Total domestic value")]


@pytest.mark.parametrize("arrow", ["<-", "<--", "<="])
def test_captions_right_of_their_values_are_read_by_the_arrow(tmp_path: Path, arrow: str) -> None:
    facts = extract_penalty(_pointed(tmp_path / "form.pdf", _PARTICULARS, arrow)).facts
    assert facts.case_number == "2024-2704-118830-01"
    assert facts.importer_number == "91-4471203"
    assert facts.violation_date == date(2023, 6, 3)
    assert facts.culpability == "negligence"
    assert facts.domestic_value == Decimal("240500.00")


def test_captions_pointing_at_their_values_are_read(tmp_path: Path) -> None:
    rows = [(caption.replace("|", " "), value) for value, caption in _PARTICULARS]
    facts = extract_penalty(_pointed(tmp_path / "form.pdf", rows, "->")).facts
    assert facts.importer_number == "91-4471203"
    assert facts.violation_date == date(2023, 6, 3)


@pytest.mark.parametrize("caption", ["CBP importer ID", "Importer identification no.",
                                     "Customs importer no.", "IR number", "Importer/record no."])
@pytest.mark.parametrize("above", [True, False])
def test_an_importer_number_under_a_caption_of_another_wording(tmp_path: Path, caption: str,
                                                                above: bool) -> None:
    """The caption beside its number, or over it in a row of captioned boxes."""
    path = tmp_path / "r.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8.5)
    y = 720.0
    for line in [*HEAD, "Entry EGH-3873310-3 of 06/03/2023, entered value $17,563.80, duty paid "
                 "$1,405.10, duty owed $4,215.31."]:
        if not line.startswith("Importer number"):
            canvas.drawString(72, y, line)
        elif above:
            for x, box, value in ((72, caption, "91-4471203"), (200, "Violation occurred",
                                                               "June 3, 2023")):
                canvas.drawString(x, y, box)
                canvas.drawString(x, y - 11, value)
            y -= 11
        else:
            canvas.drawString(72, y, f"{caption}: 91-4471203")
        y -= 13
    canvas.save()
    assert extract_penalty(path).facts.importer_number == "91-4471203"


def test_one_entry_on_its_side_is_read_once_not_again_as_a_sentence(tmp_path: Path) -> None:
    """"Liq. Status | No" read again as text is no second reading that says liquidated."""
    names = ["Entry #", "Entered", "Liq. Status", "Value (USD)", "Duties Deposited",
             "Correct Duty", "Shortfall"]
    first = ["EGH-3873310-3", "2023.06.03", "No", "17,563.80 USD", "1,405.10 USD",
             "4,215.31 USD", "2,810.21 USD"]
    facts = extract_penalty(sideways(tmp_path / "grid.pdf", [names, first])).facts
    assert [(e.entry_number, e.liquidated, e.duty_owed) for e in facts.entries] == [
        ("EGH-3873310-3", False, Decimal("4215.31"))]
    assert facts.doubts == ()


def _facts_under(path: Path, cue: str) -> PenaltyFacts:
    lines = [line for line in HEAD if not line.startswith(("Findings", "in a dutiable", "Violat"))]
    canvas, _ = page_with_lines(path, [*lines, "Entry EGH-3873310-3 of 06/03/2023, entered "
                                       "value $17,563.80, duty paid $1,405.10, duty owed "
                                       "$4,215.31.", cue])
    canvas.save()
    return extract_penalty(path).facts


@pytest.mark.parametrize("cue", ["Basis", "Grounds for the penalty", "Reasons for referral"])
def test_the_facts_under_a_basis_or_grounds_caption_are_read(tmp_path: Path, cue: str) -> None:
    facts = _facts_under(tmp_path / "r.pdf", f"{cue}: The importer declared the cookware under a "
                         "duty-free subheading although its catalogue shows a dutiable one.")
    assert facts.material_facts is not None and "declared" in facts.material_facts


def test_a_basis_that_tells_no_act_is_no_statement_of_facts(tmp_path: Path) -> None:
    facts = _facts_under(tmp_path / "r.pdf", "Basis: two times the loss of duties, 19 U.S.C. "
                         "1592(c)(3)(A).")
    assert facts.material_facts is None


def test_captions_right_of_their_values_without_an_arrow(tmp_path: Path) -> None:
    """A value and its caption right of it on one line: read when the caption names what the
    value is; a caption over its own box in the next column keeps that box's value."""
    rows = [(v, c) for v, c in _PARTICULARS if "|" not in c] + [("June 3, 2023", "Viol. date")]
    path = _pointed(tmp_path / "form.pdf", rows, "")
    facts = extract_penalty(path).facts
    assert facts.importer_number == "91-4471203"
    assert facts.violation_date == date(2023, 6, 3)
    assert facts.domestic_value == Decimal("240500.00")


def test_a_caption_over_its_box_is_not_the_value_left_of_it(tmp_path: Path) -> None:
    canvas, y = page_with_lines(tmp_path / "boxes.pdf", HEAD[:2])
    for left, right in (("FP&F Case Number", ""), ("2024-2704-118830-01", "IOR No."),
                        ("", "91-4471203")):
        canvas.drawString(72, y, left)
        canvas.drawString(300, y, right)
        y -= 13
    for line in HEAD[5:]:
        canvas.drawString(72, y, line)
        y -= 13
    canvas.save()
    facts = extract_penalty(tmp_path / "boxes.pdf").facts
    assert facts.importer_number == "91-4471203"
    assert facts.case_number == "2024-2704-118830-01"
