"""A printed form letter with its blanks typed in another font on underlines ("1. The undersigned
requester ____ of (address) ____ importer number ____ asks for a binding ruling ..."): the
requester, its address and the importer number are read from the blanks (issue 13, the
fifty-eighth hand: four form letters with who asks unread)."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_twentyfirst_hand_cues import extract

TOP = letter[1]


def _form(path: Path, captions: tuple[str, str, str], lift: float) -> Path:
    canvas = Canvas(str(path), pagesize=letter)

    def printed(x: float, y: float, text: str) -> None:
        canvas.setFont("Helvetica", 10)
        canvas.drawString(x, TOP - y, text)

    def typed(x: float, y: float, text: str, width: float) -> float:
        canvas.line(x, TOP - y - 2, x + width, TOP - y - 2)
        canvas.setFont("Courier", 9.5)
        canvas.drawString(x + 4, TOP - y + lift, text)
        return x + width

    printed(60, 50, "Template R-3 (binding ruling request, 19 CFR Part 177)")
    printed(60, 80, "National Commodity Specialist Division")
    printed(60, 92, "U.S. Customs and Border Protection")
    printed(60, 120, "Date:")
    typed(92, 120, "03/03/2025", 120)
    name, address, number = captions
    printed(60, 146, name)
    typed(220, 146, "Harbor Goods LLC", 300)
    printed(60, 168, address)
    typed(140, 168, "12 Pier Road, Newark, NJ 07114", 380)
    printed(60, 190, number)
    end = typed(150, 190, "12-3456789", 120)
    printed(end + 6, 190, "asks for a binding ruling on the tariff classification of the goods.")
    printed(60, 212, "2. Port(s) of entry:")
    typed(160, 212, "Newark", 200)
    body = [
        "3. Transaction: Harbor Goods LLC intends to import glazed stoneware planters, 30 cm,",
        "from Portugal; no entry has been filed.",
        "4. Merchandise: Glazed stoneware garden planters, 30 cm. Principal use: decoration.",
        "Component materials: stoneware 100% by weight.",
        "5. Proposed classification: subheading 6912.00.4810, HTSUS, under GRI 1, as the",
        "heading names the goods.",
        "6. Pending matters: the issue is not pending before any CBP office or any court."]
    for index, line in enumerate(body):
        printed(60, 240 + 14 * index, line)
    printed(60, 360, "Signature of authorized person:")
    typed(220, 360, "/s/ Ann Lee", 200)
    printed(60, 382, "Name and title:")
    typed(150, 382, "Ann Lee, President", 270)
    canvas.save()
    return path


@pytest.mark.parametrize("captions", [
    ("1. The undersigned requester", "of (address)", "importer number"),
    ("1. The undersigned", "of (full address)", "Importer No."),
    ("1. Undersigned applicant", "of (address)", "IOR number"),
])
@pytest.mark.parametrize("lift", [0.0, 2.5])
def test_the_blanks_of_a_form_letter_name_who_asks(
        tmp_path: Path, captions: tuple[str, str, str], lift: float) -> None:
    read = extract(_form(tmp_path / "f.pdf", captions, lift))
    values = read["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"
