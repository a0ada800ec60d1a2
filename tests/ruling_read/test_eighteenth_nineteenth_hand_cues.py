"""Senders' ways the eighteenth and nineteenth hands showed (issue 13, round 14), each in several
wordings a real sender would use: a drawn form's lettered box captions in capitals (with notes in
parentheses, a question for a caption, a box left empty), a block of labelled lines typed tight, a
flattened check box that keeps only its drawn mark, a producer's credit in the margin, an office
asking about another's importation. Small pages drawn here and read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_forms_and_worksheets import Cell, draw, extract
from tests.ruling_read.test_seventeenth_hand_cues import BOXES, GOODS, HEAD, SIGN


def form(*, requester: str = "A. REQUESTER (name and address)", ports: str = "Newark",
         question: str = "M. IS THE ISSUE BEFORE CBP OR A COURT? (177.2(b)(5))",
         answer: str | None = "No ruling on these goods has been sought and the issue is not "
                              "before CBP or any court.",
         description: str = "H. DESCRIPTION OF THE MERCHANDISE AND TRANSACTION",
         count: str = "1") -> list[Cell]:
    """A ruling intake form: box captions in capitals over their values, lettered A to N."""
    cells: list[Cell] = [
        (40, 30, "BINDING RULING REQUEST - INTAKE FORM"),
        (40, 60, requester), (340, 60, "B. DATE OF REQUEST"),
        (44, 74, "Harbor Goods LLC"), (344, 74, "02/24/2025"),
        (44, 86, "12 Pier Road"), (44, 98, "Newark, NJ 07114"),
        (340, 110, "C. IMPORTER NUMBER"), (344, 124, "12-3456789"),
        (40, 150, "E. RULING REQUESTED ON"), (300, 150, "F. PORT(S) OF ENTRY"),
        (480, 150, "G. NO. OF ITEMS"),
        (44, 164, "Classification"), (484, 164, count),
        (40, 190, description),
        (44, 204, "Cotton bath towels, 70 x 140 cm, terry woven. The importer plans to import "
                  "them; none has been entered."),
        (40, 230, "I. PRINCIPAL USE IN THE U.S."), (300, 230, "J. PROPOSED HTS NUMBER"),
        (44, 244, "drying the body after bathing"), (304, 244, "6302.60.00.20"),
        (40, 270, "K. COMPONENT MATERIALS"), (44, 284, "cotton 100% by weight"),
        (40, 310, "L. BASIS FOR THE RESULT REQUESTED (177.2(b)(6))"),
        (44, 324, "Under GRI 1 the towels are described by heading 6302."),
        (40, 350, question),
        (40, 410, "N. SIGNATURE OF AUTHORIZED PERSON"), (44, 430, "/s/ Ann Lee"),
        (44, 442, "Ann Lee, President"),
    ]
    if ports:
        cells.append((304, 164, ports))
    if answer is not None:
        cells.append((44, 364, answer))
    return cells


@pytest.mark.parametrize("requester", ["A. REQUESTER (name and address)",
                                       "A. REQUESTER (NAME AND ADDRESS):",
                                       "1. IMPORTER OF RECORD (name, address)",
                                       "A) APPLICANT (print)"])
def test_a_lettered_box_caption_with_a_note_heads_the_requester_box(
        tmp_path: Path, requester: str) -> None:
    output = extract(draw(tmp_path / "form.pdf", form(requester=requester)))
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["ports"] == ["Newark"]
    assert values["product_description"] == "Cotton bath towels, 70 x 140 cm, terry woven"
    assert values["pending_in_court"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("description", ["H. DESCRIPTION OF THE MERCHANDISE AND TRANSACTION",
                                         "H. DESCRIPTION OF GOODS & TRANSACTION",
                                         "8. PRODUCT DESCRIPTION"])
@pytest.mark.parametrize(("count", "expected"), [("3", 3), ("6", 6)])
def test_a_count_box_beside_the_ports_box_gives_the_item_count(
        tmp_path: Path, description: str, count: str, expected: int) -> None:
    output = extract(draw(tmp_path / "form.pdf", form(description=description, count=count)))
    assert output["values"]["item_count"] == expected
    assert output["values"]["ports"] == ["Newark"]
    assert output["values"]["product_description"] == (
        "Cotton bath towels, 70 x 140 cm, terry woven")


@pytest.mark.parametrize("question", ["M. IS THE ISSUE BEFORE CBP OR A COURT? (177.2(b)(5))",
                                      "M. ANY PROTEST OR COURT CASE PENDING?",
                                      "12. IS THIS ISSUE PENDING BEFORE CBP OR A COURT?",
                                      "M. ANY MATTER BEFORE CBP OR A COURT? (177.2(b)(5))"])
def test_a_question_caption_over_an_empty_box_states_nothing(
        tmp_path: Path, question: str) -> None:
    output = extract(draw(tmp_path / "form.pdf", form(question=question, answer=None)))
    assert output["values"]["pending_in_court"] is False
    assert output["values"]["pending_statement"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(5)"]


@pytest.mark.parametrize(("answer", "court", "cbp"), [
    ("No.", False, False),
    ("None.", False, False),
    ("Yes. A protest on an earlier entry is pending at the port.", False, True),
])
def test_a_question_caption_is_answered_by_the_sentence_after_it(
        tmp_path: Path, answer: str, court: bool, cbp: bool) -> None:
    question = "M. Is the issue pending before a CBP office or a court?"
    output = extract(draw(tmp_path / "form.pdf", form(question=question, answer=answer)))
    values = output["values"]
    assert values["pending_statement"] is True
    assert values["pending_in_court"] is court
    assert values["pending_before_cbp"] is cbp


def test_a_bare_yes_to_a_question_caption_goes_to_a_person(tmp_path: Path) -> None:
    """"Yes" says something is pending, not whether before CBP or a court (177.7(b)): the
    reader concludes neither a statement's absence nor a place."""
    question = "M. Is the issue pending before a CBP office or a court?"
    output = extract(draw(tmp_path / "form.pdf", form(question=question, answer="Yes.")))
    assert output["values"]["pending_in_court"] is False
    assert output["decision"]["outcome"] == "needs_human", output["findings"]


def test_an_empty_port_box_looked_at_is_no_port(tmp_path: Path) -> None:
    output = extract(draw(tmp_path / "form.pdf", form(ports="")))
    assert output["values"]["ports"] == []
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]


LABELLED_BLOCK = ["Importer: Harbor Goods LLC",
                  "Importer address: 12 Pier Road, Newark, NJ 07114",
                  "Importer No.: 12-3456789",
                  "Port(s) of entry: Newark",
                  "Article: cotton bath towels, terry woven",
                  "Principal use: drying the body after bathing",
                  "Materials: cotton 100% by weight",
                  "{count}"]


@pytest.mark.parametrize("count", ["Number of items: 2", "Items in this request: 2",
                                   "No. of models: 2", "Models covered: 2"])
def test_a_tight_block_of_labelled_lines_gives_each_field_alone(
        tmp_path: Path, count: str) -> None:
    lines = [line.format(count=count) for line in LABELLED_BLOCK]
    cells: list[Cell] = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"),
                         (55, 64, "Newark, NJ 07114"), (55, 86, "Date: 02/24/2025"),
                         (55, 106, "Subject: binding ruling request (classification)")]
    cells += [(55, 130 + 11 * row, line) for row, line in enumerate(lines)]
    cells += [(55, 230, "The importer plans to import the towels; none has been entered."),
              (55, 244, "We ask CBP to classify the towels in subheading 6302.60.00.20 "
                        "under GRI 1."),
              (55, 258, "The issue is not pending before any CBP office or any court."),
              (55, 300, "/s/ Ann Lee"), (55, 312, "Ann Lee, President")]
    values = extract(draw(tmp_path / "letter.pdf", cells))["values"]
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["ports"] == ["Newark"]
    assert values["product_description"] == "cotton bath towels, terry woven"
    assert values["item_count"] == 2


def test_a_reference_line_keeps_the_lines_set_under_it(tmp_path: Path) -> None:
    """"Re: ..." / "Importer: X" / "IOR No. ..." names the letter's subject: the letterhead's
    address stays the requester's, the IOR line is no address (a guard on the block cut above:
    the eighteenth hand's law-firm letters print this)."""
    cells: list[Cell] = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road"),
                         (55, 64, "Newark, NJ 07114"), (55, 86, "February 24, 2025"),
                         (55, 110, "Re: Request for binding ruling - bath towels"),
                         (55, 121, "Importer: Harbor Goods LLC"),
                         (55, 132, "IOR No. 12-3456789"), (55, 150, "Dear Director:"),
                         (55, 166, "Harbor Goods LLC requests a binding ruling on the towels "
                                   "below, to be imported through the port of Newark.")]
    cells += [cell for cell in GOODS if "Product" in cell[2] or "GRI" in cell[2]
              or "pending" in cell[2] or "Principal" in cell[2] or "Materials" in cell[2]
              or "described" in cell[2] or "Transaction" in cell[2] or "plans" in cell[2]]
    cells += [(55, 400, "Sincerely,"), (55, 420, "/s/ Ann Lee"), (55, 432, "Ann Lee, President")]
    values = extract(draw(tmp_path / "letter.pdf", cells))["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"


def _flattened(path: Path, mark: str) -> Path:
    """The intake form with its sample box drawn and ticked only by a drawn MARK, no text."""
    cells = form()
    canvas = Canvas(str(path), pagesize=letter)
    height = letter[1]
    canvas.setFont("Helvetica", 9)
    for x, y, text in cells:
        canvas.drawString(x, height - y, text)
    top = height - 392
    canvas.rect(40, top - 2, 10, 10)
    canvas.drawString(54, top, "Sample enclosed with this request")
    canvas.rect(300, top - 2, 10, 10)
    canvas.drawString(314, top, "Confidential treatment requested")
    if mark == "tick":
        path_ = canvas.beginPath()
        path_.moveTo(41.5, top + 3)
        path_.lineTo(44, top)
        path_.lineTo(48.5, top + 6.5)
        canvas.drawPath(path_, stroke=1, fill=0)
    elif mark == "cross":
        canvas.line(41.5, top - 0.5, 48.5, top + 6.5)
        canvas.line(41.5, top + 6.5, 48.5, top - 0.5)
    elif mark == "dot":
        canvas.circle(45, top + 3, 2.5, stroke=1, fill=1)
    canvas.save()
    return path


@pytest.mark.parametrize("mark", ["tick", "cross", "dot"])
def test_a_flattened_check_box_ticked_by_a_drawn_mark_reads_ticked(
        tmp_path: Path, mark: str) -> None:
    output = extract(_flattened(tmp_path / "form.pdf", mark))
    assert output["values"]["sample_provided"] is True
    assert output["values"]["confidential_requested"] is False


def test_an_empty_flattened_check_box_reads_unticked(tmp_path: Path) -> None:
    output = extract(_flattened(tmp_path / "form.pdf", "none"))
    assert output["values"]["sample_provided"] is False


@pytest.mark.parametrize("credit", ["Powered by TCPDF (www.tcpdf.org)",
                                    "Generated by ReportLab", "Printed from the CBP portal",
                                    "Created with PDFsharp 1.50"])
def test_a_producers_credit_in_the_margin_names_no_party(tmp_path: Path, credit: str) -> None:
    cells: list[Cell] = [*HEAD, *BOXES, *GOODS, (55, 380, "Very truly yours,"),
                         (55, 400, "______________________"), (55, 412, "Ann Lee"),
                         (55, 424, "Director of Compliance"), (3, 780, credit)]
    output = extract(draw(tmp_path / "print.pdf", cells))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("opening", [
    "Our office requests a binding ruling for a product to be imported by Cedar Hollow LLC.",
    "We respectfully request a ruling on the towels to be imported by Cedar Hollow LLC.",
    "Our firm seeks a binding ruling on merchandise purchased by Cedar Hollow LLC.",
])
def test_an_office_asking_about_anothers_importation_acts_for_it(
        tmp_path: Path, opening: str) -> None:
    cells: list[Cell] = [(55, 40, "Delacroix Customs Counsel"),
                         (55, 52, "600 Travis Street, Houston, TX 77002"),
                         (55, 76, "February 24, 2025"),
                         (55, 96, "Importer: Cedar Hollow LLC, 5 Elm Street, Boise, ID 83702"),
                         (55, 116, "Subject: tariff classification of bath towels"),
                         (55, 136, opening), *GOODS,
                         (55, 340, "The goods will be entered at the port of Newark."),
                         (55, 400, "/s/ Gregory Hanlon"),
                         (55, 412, "Gregory Hanlon, Licensed Customs Broker")]
    output = extract(draw(tmp_path / "request.pdf", cells))
    # An agent that states no authority (177.1(a)): a person decides, for that reason (not
    # because the letterhead and the importer seem two requesters).
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    rules = {f["rule"] for f in output["findings"] if f["severity"] != "info"}
    assert rules == {"R-AGENT"}, output["findings"]


@pytest.mark.parametrize("entered", [
    "The first shipment was entered at the port last month; the entry is unliquidated.",
    "Our initial order has been entered at Newark and awaits release.",
    "An earlier consignment was entered in January.",
])
def test_a_shipment_already_entered_is_no_prospective_transaction(
        tmp_path: Path, entered: str) -> None:
    goods = [cell if "plans to begin" not in cell[2] else (55, 232, entered) for cell in GOODS]
    output = extract_json(draw(tmp_path / "request.pdf", [*HEAD, *goods, *SIGN]),
                          received=date(2025, 3, 3), today=date(2025, 3, 10))
    assert output["values"]["prospective"] is False
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]
