"""A worksheet that ticks the culpability by painting in a drawn square: no mark reaches the
text, so the level is read from the drawn boxes (the shared tick-box toolkit's geometry)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_header import LABELLED

LINES = [
    "CASE INITIATION - 19 U.S.C. 1592",
    "Case 2025-1303-302265-01",
    "Subject Lumen Arc Lighting Corporation",
    "Address 4400 Alameda Street, Vernon, CA 90058",
]
ENTRIES = [
    "Entry No.        Entry Date    Liquidated?   Entered Value   Duty Paid    Duty Owed",
    "938-5546495-9    09/23/2023    N             $992.27         $31.75       $531.75",
]
LEVELS = ("Negligence", "Gross negligence", "Fraud")


def referral(path: Path, painted: set[str]) -> Path:
    """The worksheet with a line "Culpability [] Negligence [] Gross negligence [] Fraud" whose
    boxes are squares, the PAINTED ones filled."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 8.5)
    y = letter[1] - 72
    for text in LINES:
        canvas.drawString(72, y, text)
        y -= 13
    canvas.drawString(72, y, "Culpability")
    x = 140.0
    for level in LEVELS:
        canvas.rect(x, y - 1, 8, 8, stroke=1, fill=1 if level in painted else 0)
        canvas.drawString(x + 12, y, level)
        x += 110
    y -= 13
    for text in ENTRIES:
        canvas.drawString(72, y, text)
        y -= 13
    canvas.save()
    return path


@pytest.mark.parametrize(("painted", "level"), [
    ({"Negligence"}, "negligence"),
    ({"Gross negligence"}, "gross_negligence"),
    ({"Fraud"}, "fraud"),
])
def test_the_level_whose_drawn_box_is_painted_in_is_read(
        tmp_path: Path, painted: set[str], level: str) -> None:
    reading = extract_penalty(referral(tmp_path / "r.pdf", painted))
    assert reading.facts.culpability == level
    assert reading.fields["culpability"].confidence == LABELLED
    assert reading.fields["culpability"].evidence is not None


@pytest.mark.parametrize("painted", [set(), {"Negligence", "Fraud"}])
def test_no_box_or_two_painted_leaves_the_culpability_to_a_person(
        tmp_path: Path, painted: set[str]) -> None:
    assert extract_penalty(referral(tmp_path / "r.pdf", painted)).facts.culpability is None
