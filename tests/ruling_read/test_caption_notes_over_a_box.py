"""A form's box caption carrying a note ("REQUESTING PARTY (name)", "Importer (legal name)",
"Address (street, city, ZIP)") over its value in the box below: the note is part of the
caption, the value is the line under it. Before, the note itself was read as the requester."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json

# A box: its caption, then the lines printed in it.
Box = tuple[str, tuple[str, ...]]
NAME, ADDRESS = "Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114"
GOODS: tuple[Box, ...] = (
    ("5. SUBJECT OF RULING", ("TARIFF CLASSIFICATION",)),
    ("6. PORT(S) OF ENTRY", ("Newark",)),
    ("7. MERCHANDISE", (
        "The merchandise is cotton bath towels, 70 x 140 cm, terry woven, imported from India.",
        "Its principal use in the United States is drying the body after bathing.",
        "Component materials: cotton 100% by weight.")),
    ("8. BASIS", ("Heading 6302 names the goods; GRI 1 applies.",)),
    ("9. PENDING MATTERS", ("The issue is not pending before any CBP office or any court.",)),
    ("10. SIGNATURE", ("/s/ Ann Lee",)),
    ("11. NAME AND TITLE", ("Ann Lee, President",)),
)


def draw_form(path: Path, boxes: tuple[Box, ...], *, value_gap: float = 16,
              caption_font: str = "Helvetica-Bold", indent: float = 20) -> Path:
    """A one-page form: each caption, its value lines INDENT points in, VALUE_GAP points under
    it (set tight and flush, caption and value print as one paragraph)."""
    canvas = Canvas(str(path), pagesize=letter)
    y = letter[1] - 60
    canvas.setFont("Helvetica-Bold", 11)
    canvas.drawString(55, y, "Binding Ruling Request - Client Submission Form")
    y -= 26
    for caption, lines in boxes:
        canvas.setFont(caption_font, 9)
        canvas.drawString(55, y, caption)
        y -= value_gap
        canvas.setFont("Helvetica", 9)
        for line in lines:
            canvas.drawString(55 + indent, y, line)
            y -= 12
        y -= 8
    canvas.save()
    return path


def read_form(tmp_path: Path, boxes: tuple[Box, ...], **layout: Any) -> dict[str, Any]:
    path = draw_form(tmp_path / "form.pdf", boxes, **layout)
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


def party(name_caption: str, address_caption: str = "2. ADDRESS") -> tuple[Box, ...]:
    return ((name_caption, (NAME,)), (address_caption, (ADDRESS,)),
            ("3. IMPORTER NO.", ("12-3456789",)), ("4. DATE OF REQUEST", ("02/24/2025",)))


@pytest.mark.parametrize("caption", [
    "1. REQUESTING PARTY (name)",
    "1. Requesting party (full legal name)",
    "1. IMPORTER OF RECORD (NAME)",
    "1. Applicant (as registered)",
    "1. COMPANY (legal name)",
], ids=["requesting-party-name", "full-legal-name", "importer-capitals", "as-registered",
        "company-legal-name"])
def test_a_note_ending_the_name_caption_is_no_name(tmp_path: Path, caption: str) -> None:
    output = read_form(tmp_path, (*party(caption), *GOODS))
    assert output["values"]["requester_name"] == NAME
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_note_ending_the_address_caption_is_no_address(tmp_path: Path) -> None:
    output = read_form(tmp_path, (*party("1. REQUESTER", "2. ADDRESS (street, city, ZIP)"),
                                  *GOODS))
    assert output["values"]["requester_address"] == ADDRESS
