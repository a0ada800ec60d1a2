"""Sender behaviours a twelfth and a thirteenth hand showed (issue 13, round 10): worksheets whose
merged cells print a value's further rows under it, a "Subject" cell beside its value, bare answers
after a heading ("Sample: enclosed."), display titles wrapped over two lines, running heads that
cut a signature block, a cover's "on behalf of X" line, goods denied or said to be entered. Each
test draws a small document of its own and checks the one behaviour it states."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.incoterms import terms_of_sale
from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_forms_and_worksheets import GOODS, SIGNED, Cell, draw
from tests.ruling_read.test_phrasings import FACTS, read

VALUE_X = 243
ROW = 15  # points between a printed worksheet's rows


def extract(path: Path) -> dict[str, Any]:
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


@pytest.mark.parametrize("denial", [
    "Transaction status: prospective; no goods have been imported.",
    "None of the goods has arrived; none has been imported so far.",
    "Nothing has been imported yet under this request.",
])
def test_a_denied_importation_is_prospective_not_before_cbp(tmp_path: Path, denial: str) -> None:
    """177.1(a): "no goods have been imported" denies the arrival its verb names."""
    output = read(tmp_path, facts=(*FACTS, denial))
    assert output["values"]["prospective"] is True
    assert output["values"]["pending_before_cbp"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("said", [
    "The goods were entered last month and the entry is awaiting liquidation at the port.",
    "This merchandise has been entered at Newark; liquidation is pending.",
    "The entry is now before the port for liquidation.",
])
def test_goods_said_entered_or_awaiting_liquidation_are_a_current_transaction(
        tmp_path: Path, said: str) -> None:
    """177.1(a)(2)(i): an entry made and not liquidated is before CBP; no ruling is given."""
    output = read(tmp_path, facts=(*FACTS, said))
    assert output["values"]["prospective"] is False
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]


@pytest.mark.parametrize(("answer", "sent"), [
    ("Sample: enclosed.", True), ("Samples: sent under separate cover.", True),
    ("Sample: provided with this request.", True), ("Sample: not provided.", False),
    ("Sample: available upon request.", False),
])
def test_a_bare_answer_after_a_sample_heading_answers_it(tmp_path: Path, answer: str,
                                                         sent: bool) -> None:
    """177.2(b)(3): the heading is the answer's subject, as a worksheet row prints it."""
    assert read(tmp_path, sample=answer)["values"]["sample_provided"] is sent


@pytest.mark.parametrize("heading",
                         ["5. Samples and documents", "Samples", "IV. Samples & exhibits"])
def test_a_sample_section_heading_over_a_denial_sends_no_sample(tmp_path: Path,
                                                                heading: str) -> None:
    """177.2(b)(3): "Photographs ... are attached; no sample is sent" under a Samples heading."""
    cells: list[Cell] = [(55, 60, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer "
                                  "number 12-3456789), requests a binding ruling."),
                         (55, 74, "Date: 2/24/25"), *GOODS,
                         (55, 280, heading),
                         (55, 292, "Photographs and a specification sheet are attached; no "
                                   "sample is sent."),
                         *[(x, y + 20, text) for x, y, text in SIGNED]]
    output = extract(draw(tmp_path / "letter.pdf", cells))
    assert output["values"]["sample_provided"] is False


def _sheet(tmp_path: Path, rows: list[tuple[str, str]]) -> dict[str, Any]:
    cells: list[Cell] = [(55, 60, "BINDING RULING REQUEST (19 CFR Part 177)")]
    for row, (label, value) in enumerate(rows):
        if label:
            cells.append((55, 80 + ROW * row, label))
        cells.append((VALUE_X, 80 + ROW * row, value))
    goods = [(x, y + 40, text) for x, y, text in GOODS if "Question" not in text]
    return extract(draw(tmp_path / "sheet.pdf", [*cells, *goods,
                                                 *[(x, y + 40, t) for x, y, t in SIGNED]]))


def test_a_merged_value_cells_further_rows_belong_to_its_label(tmp_path: Path) -> None:
    """177.2(b)(1): "Requester | Meridian LLC" over "| 410 Customs House Square" over "| city"."""
    output = _sheet(tmp_path, [("Requester", "Meridian Trade Compliance LLC"),
                               ("", "410 Customs House Square"), ("", "Baltimore, MD 21202"),
                               ("Date", "24-Feb-25"), ("IOR", "12-3456789")])
    assert output["values"]["requester_name"] == "Meridian Trade Compliance LLC"
    assert output["values"]["requester_address"] == "410 Customs House Square, Baltimore, MD 21202"


@pytest.mark.parametrize(("label", "value", "kind"), [
    ("Subject", "Classification", "classification"), ("Ruling type", "Valuation", "valuation"),
    ("Re", "Country of origin marking", "marking"),
])
def test_a_subject_cell_beside_its_value_names_the_ruling(tmp_path: Path, label: str,
                                                          value: str, kind: str) -> None:
    """177.2(a): the subject a worksheet's "Subject" cell gives, though not paired as a field."""
    output = _sheet(tmp_path, [("Requester", "Harbor Goods LLC"),
                               ("Address", "12 Pier Road, Newark, NJ 07114"),
                               (label, value), ("IOR", "12-3456789")])
    assert output["values"]["ruling_type"] == kind


def _titled(tmp_path: Path, title: list[str], footer: bool = False) -> dict[str, Any]:
    path = tmp_path / "titled.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    height = letter[1]
    y = 80.0
    canvas.setFont("Helvetica", 9)
    canvas.drawString(55, height - 40, "Binding ruling request - 19 CFR 177.2")
    canvas.setFont("Helvetica-Bold", 16)
    for line in title:
        canvas.drawString(55, height - y, line)
        y += 19
    canvas.setFont("Helvetica", 10)
    body = ["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "", "February 24, 2025", "",
            "Importer number: 12-3456789", "",
            *FACTS, "", "The issue is not pending before any CBP office or any court.",
            "A sample is enclosed.", "", "Respectfully submitted,"]
    for line in body:
        if line:
            canvas.drawString(55, height - y, line)
        y += 13
    last = ["Ann Lee"] if footer else ["Ann Lee", "President, Harbor Goods LLC"]
    for line in last:
        canvas.drawString(55, height - y, line)
        y += 13
    if footer:
        canvas.drawString(55, 40, "Submitted for a prospective ruling | Page 1 of 2")
        canvas.showPage()
        canvas.setFont("Helvetica", 9)
        canvas.drawString(55, height - 40, "Binding ruling request - 19 CFR 177.2")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(55, height - 80, "President, Harbor Goods LLC")
        canvas.drawString(55, 40, "Submitted for a prospective ruling | Page 2 of 2")
    canvas.save()
    return extract(path)


@pytest.mark.parametrize("title", [
    ["Request for a Binding Ruling: Tariff", "Classification"],
    ["Binding Ruling Request - Country of", "Origin Marking"],
    ["Request for a Binding Ruling:", "Country Of Origin Marking"],
])
def test_a_display_title_wrapped_over_two_lines_reads_as_one(tmp_path: Path,
                                                             title: list[str]) -> None:
    """The title's second line is neither the requester's name nor a lost subject."""
    output = _titled(tmp_path, title)
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["ruling_type"] in ("classification", "marking")
    assert output["values"]["ruling_type"] == (
        "classification" if "Classification" in title[1] else "marking")


def test_a_running_head_and_foot_do_not_cut_the_signature_block(tmp_path: Path) -> None:
    """177.2(c): the signer's name on one page, the title on the next, past the page's furniture."""
    output = _titled(tmp_path, ["Request for a Binding Ruling: Tariff", "Classification"],
                     footer=True)
    assert output["values"]["signed"] is True


def test_a_covers_on_behalf_of_line_names_the_principal_and_its_address(tmp_path: Path) -> None:
    """177.2(b)(1): the firm writes for the importer; the importer's address is read after its
    name wherever it is printed, and the firm is an agent (177.1)."""
    cells: list[Cell] = [
        (200, 60, "Hartwell Pryce & Lind LLP"), (170, 80, "REQUEST FOR A BINDING RULING"),
        (170, 94, "on behalf of Hollis & Grange Furniture Co."), (200, 110, "February 16, 2025"),
        (55, 140, "Importer: Hollis & Grange Furniture Co., 31 Mill Pond Road, High Point, NC "
                  "27260; importer number 80-5943321."),
        *[(x, y + 20, text) for x, y, text in GOODS], *[(x, y + 20, t) for x, y, t in SIGNED]]
    output = extract(draw(tmp_path / "cover.pdf", cells))
    values = output["values"]
    assert values["requester_name"] == "Hollis & Grange Furniture Co."
    assert values["requester_address"] == "31 Mill Pond Road, High Point, NC 27260"


@pytest.mark.parametrize(("text", "found"), [
    ("The goods are sold by the related seller, Harbin Export Co., a company owned by the "
     "importer's parent, on FOB terms.", True),
    ("Goods are sold to the U.S. buyer FOB Shanghai.", True),
    ("The goods are sold. We then pay FOB charges.", False),
])
def test_terms_of_sale_read_past_an_abbreviations_full_stop(text: str, found: bool) -> None:
    """177.2(b)(2)(iii): "Co." or "U.S." inside the sentence does not end it."""
    assert (terms_of_sale(text) is not None) is found


def test_a_display_size_letterhead_is_no_title(tmp_path: Path) -> None:
    """177.2(b)(1): a large letterhead's name, street and town stay three lines."""
    path = tmp_path / "head.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    height = letter[1]
    canvas.setFont("Helvetica-Bold", 14)
    for row, line in enumerate(("Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114")):
        canvas.drawString(55, height - 60 - 16 * row, line)
    canvas.setFont("Helvetica", 10)
    y = 130.0
    for line in ("February 24, 2025", "", "Re: Request for a binding classification ruling", "",
                 "Importer number: 12-3456789", *FACTS,
                 "The issue is not pending before any CBP office or any court.",
                 "A sample is enclosed.", "", "Sincerely,", "/s/ Ann Lee", "Ann Lee, President"):
        if line:
            canvas.drawString(55, height - y, line)
        y += 13
    canvas.save()
    values = extract(path)["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"


@pytest.mark.parametrize(("question", "numbers", "count"), [
    ("Is the merchandise classified in subheading 8518.22.0000, 7323.93.0080, 8467.29.0040, "
     "6205.20.2016, 6912.00.4810 and 9405.11.4010 of the HTSUS?", 6, 6),
    ("Is the product classified in HTSUS 6205202016, 6912004810, 9405114010?", 3, 3),
    ("Is the mat classified in subheading 9506.91.0030 or 3918.10.1000?", 2, 1),
])
def test_numbers_asked_about_in_one_question_count_the_items(tmp_path: Path, question: str,
                                                             numbers: int, count: int) -> None:
    """CBP's five-item practice: one tariff number per article asked about, unless the numbers
    are offered as alternatives for one article."""
    facts = (*(f for f in FACTS if "9506" not in f), question)
    values = read(tmp_path, facts=facts)["values"]
    assert len(values["proposed_hts"]) == numbers
    assert values["item_count"] == count


def test_a_numbered_items_hanging_line_continues_it(tmp_path: Path) -> None:
    """177.2(b)(6): "2. We submit ... substantially transformed (19 CFR" / "102.11)." is one
    sentence giving its basis, though the second line is indented under the text."""
    cells: list[Cell] = [(55, 60, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer "
                                  "number 12-3456789), requests a binding ruling."),
                         (55, 74, "Date: 2/24/25"), *GOODS[1:],
                         (55, 280, "Questions"),
                         (57, 294, "1. What is the country of origin of the mats for marking?"),
                         (57, 306, "2. We submit that the mats are products of Vietnam, where "
                                   "they are substantially transformed (19 CFR"),
                         (68, 318, "102.11)."),
                         (55, 334, "A sample is enclosed."),
                         *[(x, y + 60, text) for x, y, text in SIGNED]]
    output = extract(draw(tmp_path / "hanging.pdf", cells))
    assert "177.2(b)(6)" not in output["decision"]["missing"], output["findings"]
