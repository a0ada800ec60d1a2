"""Round 10 senders: a label that names only the kind of violation, facts after "Findings:",
a sentence that calls the importation noncommercial, a status word run into the amount column."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_violation import kind_of
from tests.penalty_read.drawn import draw_referral

HEAD = [
    "Penalty Case Referral", "Case No.: 2025-0401-316478-01",
    "Subject party: Harborline Outdoor Gear, Inc., 1200 Wharf Road, Tacoma, WA 98421",
    "Importer No. 31-7217153",
    "Merchandise: Polyester fleece blankets, 50 x 60 in., SKU FB-5060.",
]
FACTS = ("a post-entry audit compared the importer's purchase orders and payments with the "
         "entry summaries and found that they did not reflect those documents.")


@pytest.mark.parametrize("label", [
    "Nature of the violation:", "Nature of violation:", "Type of violation:", "Violation:",
])
def test_a_label_that_names_only_the_kind_is_not_the_facts(tmp_path: Path, label: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, f"{label} undervaluation (assists and first-sale price not supported).",
        "Date of violation: 22 November 2023. Culpability: negligent.",
    ])
    facts = extract_penalty(path).facts
    assert facts.material_facts is None  # 162.77(b)(1)(iv) unmet: a person completes the case
    assert facts.violation_type == "valuation"


@pytest.mark.parametrize("cue", ["Findings:", "Material facts:", "Facts:", "Summary of findings:",
                                 "Statement of material facts:"])
@pytest.mark.parametrize(("label", "kind"), [
    ("Violation: misclassification, a material false statement under 19 U.S.C. 1592(a).",
     "classification"),
    ("Violation       false statement of the country of origin", "origin"),
    ("Nature of the violation: misdescription of the goods.", "description"),
    ("Alleged violation: undervaluation through a second (dual) invoice", "valuation"),
])
def test_facts_after_an_inline_cue_and_the_kind_from_its_label(
        tmp_path: Path, cue: str, label: str, kind: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, label, f"{cue} {FACTS}", "Culpability: negligence (19 U.S.C. 1592(c)(3)).",
    ])
    facts = extract_penalty(path).facts
    assert facts.material_facts is not None and facts.material_facts.startswith("a post-entry")
    assert "Culpability" not in facts.material_facts
    assert facts.violation_type == kind


def test_a_nature_of_violation_that_reports_the_act_still_states_the_facts(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, "Nature of violation: the importer declared the goods under a subheading with a "
        "lower rate of duty.", "Date of violation: 22 November 2023. Culpability: negligent.",
    ])
    facts = extract_penalty(path).facts
    assert facts.material_facts is not None and facts.material_facts.startswith("the importer")
    assert facts.violation_type == "classification"


@pytest.mark.parametrize(("statement", "kind"), [
    ("misdescription of the goods", "description"),
    ("The invoices falsely described the merchandise.", "description"),
    ("The goods were misdescribed, so that a lower rate of duty was declared.", "classification"),
])
def test_a_false_description_is_its_own_kind_unless_a_narrower_one_is_named(statement, kind):
    assert kind_of(statement) == kind


@pytest.mark.parametrize("sentence", [
    "The importation was noncommercial: personal effects for the importer's own use.",
    "The goods were for personal use: household effects of a returning resident.",
])
def test_a_sentence_that_calls_the_importation_noncommercial_is_read(tmp_path, sentence) -> None:
    path = draw_referral(tmp_path / "r.pdf", [*HEAD, "Culpability: negligence.", sentence])
    assert extract_penalty(path).facts.noncommercial is True


def test_a_status_word_run_into_the_amount_column_leaves_the_amount(tmp_path: Path) -> None:
    columns = (50.0, 140.0, 215.0, 262.0, 345.0, 420.0)
    path = draw_referral(tmp_path / "r.pdf", [
        *HEAD, "Date of violation: 10/14/2024. Culpability: negligent.",
        list(zip(columns, ("Entry", "Date", "Liq.", "Entered value", "Duty paid", "Duty owed"),
                 strict=True)),
        list(zip(columns, ("1D1-8881307-6", "10/14/2024", "Unliquidate", "d36,050.48", "901.26",
                           "2,884.04"), strict=True)),
        list(zip(columns, ("1D1-4212716-7", "05/07/2025", "Liquidated", "25,860.44", "646.51",
                           "1,680.93"), strict=True)),
    ])
    first, second = extract_penalty(path).facts.entries
    assert first.entered_value == Decimal("36050.48") and first.liquidated is False
    assert second.entered_value == Decimal("25860.44")


def _worksheet(path: Path, rows: list[tuple[str, str, int]]) -> Path:
    """Label | value rows on a gridded sheet; a gridline falls in the value's word space after
    its first N words (a value run on over the empty cells to its right), as Gnumeric prints."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=letter)
    y = 700.0
    for label, value, words in rows:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(41, y, label)
        canvas.drawString(167, y, value)
        head = " ".join(value.split()[:words])
        grid = 167 + stringWidth(head, "Helvetica", 10) + stringWidth(" ", "Helvetica", 10) / 2
        for x0, x1 in ((38, 164), (164, grid), (grid, grid + 60)):
            canvas.rect(x0, y - 4, x1 - x0, 15)
        y -= 15
    canvas.save()
    return path


def test_a_worksheet_value_run_on_across_gridlines_is_read_whole(tmp_path: Path) -> None:
    path = _worksheet(tmp_path / "sheet.pdf", [
        ("Case No.", "2025-1001-761468-01", 0),
        ("Violator", "Bluewater Audio Systems Co.", 2),
        ("Address", "2150 Garment Row, Los Angeles, CA 90021", 2),
        ("Culpability", "Gross Negligence", 0),
        ("Merchandise", "Aluminium bicycle frames, unpainted", 0),
    ])
    facts = extract_penalty(path).facts
    assert facts.party_name == "Bluewater Audio Systems Co."
    assert facts.party_address == "2150 Garment Row, Los Angeles, CA 90021"
