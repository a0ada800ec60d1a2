"""A schedule sheet's title block (captions in small type over their values, as on an
engineering drawing) and a bound brief's cover page (issue 13, the sixty-second hand, held out):
a caption beside the signer's ("SIGNED BY | DATE") is a caption, not the signer; a CBP-use box
captioned "CBP USE - PROTEST NO." beside another CBP-use box holds the protest number; a receipt
stamp numbers the protest under its date; "Submitted by counsel:" under the party's role names
counsel's block, never the protestant."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import landscape, letter
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest

_BODY = [
    "ITEM PORT ENTRY NUMBER DATE OF ENTRY LIQUIDATION DATE DECISION PROTESTED",
    "1 1601 G5B-5743437-5 10/02/2023 09/25/2024 the appraised value of the merchandise",
    "NOTES:",
    "1. MERCHANDISE: Knitted cotton pullover sweaters for women, style nos. 2218 and 2219",
    "2. GROUNDS: The goods should be appraised at the transaction value under 19 U.S.C. 1401a(b).",
    "3. DRAWBACK: the entries are not the subject of any drawback claim.",
]


def _sheet(path: Path, block: list[tuple[str, str, str, str]]) -> Path:
    canvas = Canvas(str(path), pagesize=landscape(letter))
    canvas.setFont("Helvetica", 9)
    canvas.drawString(40, 570, "PROTEST AND SCHEDULE OF ENTRIES")
    for n, line in enumerate(_BODY):
        canvas.drawString(40, 540 - 14 * n, line)
    y = 300.0
    for left, right, left_value, right_value in block:
        canvas.setFont("Helvetica", 5)
        canvas.drawString(500, y, left)
        canvas.drawString(630, y, right)
        canvas.setFont("Helvetica", 9)
        canvas.drawString(500, y - 12, left_value)
        canvas.drawString(630, y - 12, right_value)
        y -= 30
    canvas.save()
    return path


_PARTY = [("PROTESTANT", "", "Cedar Gap Home Furnishings Co.", ""),
          ("ADDRESS", "", "18 Industrial Parkway, High Point, NC 27260", ""),
          ("IMPORTER NO.", "PORT OF ENTRY", "94-4527740", "1601 Charleston")]


@pytest.mark.parametrize("beside", ["DATE", "Date signed", "TITLE"])
def test_the_caption_beside_the_signers_box_is_no_signer(tmp_path: Path, beside: str) -> None:
    value = "Manager" if beside == "TITLE" else "04/27/2025"
    block = [*_PARTY, ("SIGNED BY", beside, "Hyun-woo Park", value)]
    facts = extract_protest(_sheet(tmp_path / "s.pdf", block)).facts
    assert facts.signer_name == "Hyun-woo Park"


@pytest.mark.parametrize("left, right", [
    ("CBP USE - PROTEST NO.", "CBP USE - DATE RECEIVED"),
    ("FOR CBP USE - PROTEST NUMBER", "FOR CBP USE - DATE RECEIVED"),
])
def test_cbp_use_boxes_side_by_side_hold_the_protest_number_and_the_receipt(
        tmp_path: Path, left: str, right: str) -> None:
    block = [*_PARTY, ("SIGNED BY", "DATE", "Hyun-woo Park", "04/27/2025"),
             (left, right, "1601-25-568024", "05/02/2025")]
    facts = extract_protest(_sheet(tmp_path / "c.pdf", block)).facts
    assert facts.protest_number == "1601-25-568024"
    assert str(facts.received_date) == "2025-05-02"


def _cover(path: Path, stamp: list[str], counsel_caption: str) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Times-Roman", 12)
    lines = ["BEFORE THE", "U.S. CUSTOMS AND BORDER PROTECTION", "PORT OF SEATTLE", "",
             "PROTEST", "of", "Tamarack Cycle Works Ltd.", "Protestant", "", *stamp, "", "",
             counsel_caption, "Whitlock, Ames & Duarte LLP", "1700 K Street NW, Suite 900",
             "Washington, DC 20006"]
    for n, line in enumerate(lines):
        canvas.drawCentredString(306, 700 - 20 * n, line)
    canvas.showPage()
    canvas.setFont("Times-Roman", 11)
    body = ["STATEMENT OF PROTEST",
            "The protestant is Tamarack Cycle Works Ltd., importer number 28-5558911, whose",
            "address is 77 Lakeshore Drive, Duluth, MN 55802.",
            "Entry No. C2I-6873235-7, entered 22 April 2024, liquidated on 18 March 2025,",
            "port 3002.",
            "Protestant objects to the appraised value of the merchandise, hedge trimmers.",
            "The goods should be appraised at transaction value under 19 U.S.C. 1401a(b).",
            "The merchandise is not the subject of a drawback claim.",
            "Respectfully submitted,", "Beatriz Saldana", "Counsel for Protestant"]
    for n, line in enumerate(body):
        canvas.drawString(72, 700 - 16 * n, line)
    canvas.save()
    return path


@pytest.mark.parametrize("counsel_caption", ["Submitted by counsel:", "Counsel for protestant:",
                                             "On the brief:"])
def test_counsels_block_under_the_parties_role_names_no_protestant(
        tmp_path: Path, counsel_caption: str) -> None:
    facts = extract_protest(_cover(tmp_path / "b.pdf", [], counsel_caption)).facts
    assert facts.protestant_name == "Tamarack Cycle Works Ltd."
    assert facts.protestant_address == "77 Lakeshore Drive, Duluth, MN 55802"


@pytest.mark.parametrize("stamp", [["RECEIVED", "07/22/2024", "No. 3002-24-470635"],
                                   ["RECEIVED", "JUL 22 2024", "Number 3002-24-470635"]])
def test_a_receipt_stamp_numbers_the_protest_under_its_date(tmp_path: Path,
                                                            stamp: list[str]) -> None:
    facts = extract_protest(_cover(tmp_path / "b.pdf", stamp, "Submitted by counsel:")).facts
    assert facts.protest_number == "3002-24-470635"
