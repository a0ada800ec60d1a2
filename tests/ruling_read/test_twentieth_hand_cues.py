"""Senders' ways the twentieth hand showed (issue 13, round 15), each in several wordings a real
sender would use: a fax machine's transmission line across every page's top, a fax cover sheet
before the letter (with its own "Date:" and "Re:" fields), and a writer whose letterhead names
someone other than the importer the body names. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.extract import extract_ruling
from tests.ruling_read.test_forms_and_worksheets import Cell, extract
from tests.ruling_read.test_seventeenth_hand_cues import GOODS

LETTER: list[Cell] = [(55, 70, "Harbor Goods LLC"), (55, 82, "12 Pier Road"),
                      (55, 94, "Newark, NJ 07114"), (55, 112, "Date: 24-Jun-2025"),
                      (55, 130, "To: CBP, NCSD, New York"),
                      (55, 148, "SUBJECT: BINDING RULING REQUEST (CLASSIFICATION)"),
                      (55, 166, "Please rule on the tariff classification of our next shipments."),
                      (55, 178, "Our importer number is 12-3456789."),
                      (55, 196, "Port(s) of entry: Newark, NJ (4601).")]
CLOSING: list[Cell] = [(55, 350, "Sincerely yours,"), (55, 380, "Ann Lee"), (55, 392, "Owner")]


def draw_pages(path: Path, pages: list[list[Cell]]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    for cells in pages:
        for x, y, text in cells:
            canvas.setFont("Helvetica", 9)
            canvas.drawString(x, letter[1] - y, text)
        canvas.showPage()
    canvas.save()
    return path


# A fax machine's line, cut at its wide gaps as OCR cuts it; the page counter filled in later.
HEADERS = [
    [(30, 20, "FROM: HARBOR GOODS LLC"), (230, 20, "FAX (747) 555-5593"),
     (360, 20, "JUL-02-2025 17:12"), (500, 20, "PAGE {n}/2")],
    [(30, 21, "07/02/2025 5:12PM"), (200, 19, "HP LASERJET FAX"), (330, 20, "7475555593"),
     (520, 21, "p.{n}")],
    [(30, 20, "JUL-02-25 09:23"), (160, 22, "From-HARBOR GOODS"), (300, 20, "+1-747-555-5593"),
     (450, 20, "T-123 P.00{n}/002")],
]
COVERS = [
    [(55, 60, "FAX"), (55, 90, "To: CBP National Commodity Specialist Div."),
     (55, 104, "From: Harbor Goods LLC"), (55, 118, "Pages: 2 incl. cover"),
     (55, 132, "Date: 07/02/25"), (55, 146, "Re: ruling request"),
     (55, 170, "CONFIDENTIAL: this transmission is meant for the addressee only.")],
    [(55, 60, "FACSIMILE COVER SHEET"), (55, 90, "To: NCSD"), (55, 104, "From: Harbor Goods"),
     (55, 118, "Date: July 2, 2025"), (55, 132, "Number of pages including this cover: 2"),
     (55, 146, "Re: see attached")],
]


def faxed(tmp_path: Path, header: list[Cell], cover: list[Cell]) -> dict[str, Any]:
    def head(n: int) -> list[Cell]:
        return [(x, y, text.format(n=n)) for x, y, text in header]
    pages = [[*head(1), *cover], [*head(2), *LETTER, *GOODS, *CLOSING]]
    return extract(draw_pages(tmp_path / "fax.pdf", pages))


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize("cover", COVERS)
def test_a_fax_line_and_cover_sheet_name_neither_the_requester_nor_the_letters_date(
        tmp_path: Path, header: list[Cell], cover: list[Cell]) -> None:
    values = faxed(tmp_path, header, cover)["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["request_date"] == "2025-06-24"


CONSULTANT: list[Cell] = [(55, 70, "Pacific Rim Trade Consultants"),
                          (55, 82, "19800 Mariner Ave., Torrance, CA 90503"),
                          (55, 100, "2025-06-24"),
                          (55, 118, "National Commodity Specialist Division"),
                          (55, 136, "Re: Request for a binding ruling on tariff classification")]


@pytest.mark.parametrize("names", [
    "The importer is Larkspur Pet Products Co., 9 Commerce Court, Summerville, SC 29483.",
    "The importer of record will be Larkspur Pet Products Co. (IOR 12-3456789).",
    "Larkspur Pet Products Co. is the importer of record of these goods.",
    "The goods will be imported by Larkspur Pet Products Co. of Summerville, SC.",
])
def test_a_writer_naming_another_importer_without_its_mandate_goes_to_a_person(
        tmp_path: Path, names: str) -> None:
    cells = [*CONSULTANT, (55, 154, "We request a prospective ruling on the goods below."),
             (55, 166, names), (55, 178, "Our client's importer number is 12-3456789."),
             (55, 196, "Ports of entry: Newark"), *GOODS,
             (55, 350, "Sincerely,"), (55, 380, "Mei-Ling Harrow"),
             (55, 392, "Compliance Director")]
    output = extract(draw_pages(tmp_path / "agent.pdf", [cells]))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


@pytest.mark.parametrize("names", [
    "The importer is Harbor Goods LLC, of the address above.",
    "Harbor Goods LLC is the importer of record of these goods.",
])
def test_an_importer_naming_itself_in_the_body_agrees_with_its_letterhead(
        tmp_path: Path, names: str) -> None:
    cells = [*LETTER, (55, 208, names), *GOODS, *CLOSING]
    output = extract(draw_pages(tmp_path / "self.pdf", [cells]))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("number", ["Our importer number is 95- 4900335.",
                                    "Our importer number is 95 -4900335.",
                                    "IOR 95- 4900335 is ours."])
def test_an_importer_number_ocr_spaced_at_its_hyphen_is_read(tmp_path: Path, number: str) -> None:
    cells = [*LETTER[:7], (55, 178, number), *LETTER[8:], *GOODS, *CLOSING]
    values = extract(draw_pages(tmp_path / "number.pdf", [cells]))["values"]
    assert values["importer_number"] == "95-4900335"


@pytest.mark.parametrize("mandate", [
    "we hold Harbor Goods LLC\u2019s written \u2018authority to seek binding rulings.",
    "we hold its signed \u201cauthorization to request this ruling.",
    "Harbor Goods LLC has engaged and authorized our firm to seek this ruling for it.",
    "Harbor Goods LLC has retained and authorized us to file this request.",
])
def test_an_agents_mandate_in_ocr_or_two_verbs_is_a_stated_authority(
        tmp_path: Path, mandate: str) -> None:
    cells = [*CONSULTANT, (55, 154, "We request a prospective ruling on the goods below."),
             (55, 166, "The importer is Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114."),
             (55, 178, "We write for our client; " + mandate),
             (55, 190, "Importer number: 12-3456789."), (55, 202, "Ports of entry: Newark"),
             *GOODS, (55, 350, "Sincerely,"), (55, 380, "Mei-Ling Harrow"),
             (55, 392, "Compliance Director")]
    output = extract(draw_pages(tmp_path / "agent.pdf", [cells]))
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("closing", ["Thank you,", "Sincerely yours,", "Regards,"])
def test_a_middle_initial_ocr_read_as_zero_still_signs(tmp_path: Path, closing: str) -> None:
    cells = [*LETTER, *GOODS, (55, 350, closing), (55, 380, "Renata 0. Castellanos"),
             (55, 392, "Import Manager")]
    assert extract(draw_pages(tmp_path / "signed.pdf", [cells]))["values"]["signed"] is True


@pytest.mark.parametrize("held", [
    "The first shipment arrived on April 17, 2025 and its entry is awaiting release; the port "
    "has asked for this\u2019 ruling before it acts on the entry.",
    "The first shipment is on hold at the Port of Newark until CBP rules.",
    "The goods are detained at Newark pending this ruling.",
])
def test_the_port_holding_an_entry_is_a_statement_that_the_issue_is_before_cbp(
        tmp_path: Path, held: str) -> None:
    goods = [cell for cell in GOODS if "none has been entered" not in cell[2]
             and "not pending" not in cell[2]]
    cells = [*LETTER, *goods, (55, 330, held), *CLOSING]
    values = extract(draw_pages(tmp_path / "held.pdf", [cells]))["values"]
    assert values["pending_statement"] is True
    assert values["pending_before_cbp"] is True


@pytest.mark.parametrize(("aside", "related"), [
    ("from the seller, a company related to the importer through common ownership.", True),
    ("from the vendor, a firm not affiliated with the importer.", False),
    ("from the supplier, an independent company unrelated to the buyer.", False),
])
def test_a_seller_described_in_an_aside_states_the_relationship(
        tmp_path: Path, aside: str, related: bool) -> None:
    cells = [*LETTER[:5], (55, 148, "SUBJECT: BINDING RULING REQUEST (VALUATION)"),
             (55, 166, "Please rule on the customs value of our next shipments."),
             *LETTER[7:], (55, 220, "The goods will be bought FOB Haiphong " + aside),
             (55, 232, "Product: Cotton bath towels, 70 x 140 cm."),
             (55, 244, "We ask whether transaction value applies under 19 U.S.C. 1401a."),
             (55, 256, "The issue is not pending before any CBP office or any court."),
             *CLOSING]
    found = extract_ruling(draw_pages(tmp_path / "value.pdf", [cells])).fields["parties_related"]
    assert found.value is related
