"""Ruling requests as drawn forms and printed worksheets (issue 13, fourth and fifth hands): label
cells beside their values, numbered boxes, tick boxes drawn as squares, goods listed as numbered
table rows. Each test draws a small page of its own with reportlab and reads it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_phrasings import FACTS, OPENING, read

# (x, y from the top, text); a text of "[]" draws an empty 9-point box there.
Cell = tuple[float, float, str]
GOODS = [
    (55, 180, "Question: a ruling on the tariff classification of the merchandise below."),
    (55, 194, "Product description: Cotton bath towels, 70 x 140 cm, terry woven."),
    (55, 208, "Principal use: drying the body after bathing, in homes and hotels."),
    (55, 222, "Component materials: cotton 100% by weight."),
    (55, 236, "The importer intends to import the towels from India for sale to retailers."),
    (55, 250, "Port(s) of entry: Newark, NJ (port code 4601)."),
    (55, 264, "The issue is not pending before any CBP office or any court."),
]
CUT = OPENING.index(" requests")
SIGNED = [(55, 300, "Regards,"), (55, 330, "/s/ Ann Lee"), (55, 344, "Ann Lee, President")]


def draw(path: Path, cells: list[Cell]) -> Path:
    canvas = Canvas(str(path), pagesize=letter)
    height = letter[1]
    for x, y, text in cells:
        if text == "[]":
            canvas.rect(x, height - y - 2, 9, 9)  # around a letter printed at (x + 1, y)
        elif text == "[#]":
            canvas.rect(x, height - y - 2, 9, 9, fill=1)  # a box ticked by painting it in
        else:
            canvas.setFont("Helvetica", 9)
            canvas.drawString(x, height - y, text)
    canvas.save()
    return path


def extract(path: Path) -> dict[str, Any]:
    return extract_json(path, received=date(2025, 3, 3), today=date(2025, 3, 10))


def test_a_worksheets_label_cells_give_the_values_beside_them(tmp_path: Path) -> None:
    rows = [("Requester", "Harbor Goods LLC"), ("Address", "12 Pier Road, Newark, NJ 07114"),
            ("Importer number", "12-3456789"), ("Date of request", "2/24/25")]
    cells: list[Cell] = [(55, 60, "BINDING RULING REQUEST - 19 CFR PART 177")]
    for row, (label, value) in enumerate(rows):
        cells += [(55, 80 + 12 * row, label), (243, 80 + 12 * row, value)]
    output = extract(draw(tmp_path / "sheet.pdf", [*cells, *GOODS, *SIGNED]))
    values = output["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert values["importer_number"] == "12-3456789"
    # The labelled rows above "Date of request" are no letterhead naming another party.
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_two_column_letterhead_is_no_label_and_value(tmp_path: Path) -> None:
    cells: list[Cell] = [(55, 60, "Harbor Goods LLC"), (400, 60, "February 24, 2025"),
                         (55, 74, "12 Pier Road, Newark, NJ 07114"),
                         (55, 120, "Re: Request for binding ruling"),
                         (55, 140, "Dear Sir or Madam:"),
                         (55, 160, OPENING[:CUT]), (55, 170, OPENING[CUT + 1:]), *GOODS, *SIGNED]
    values = extract(draw(tmp_path / "letter.pdf", cells))["values"]
    assert values["request_date"] == "2025-02-24"
    assert values["requester_name"] == "Harbor Goods LLC"


def test_numbered_boxes_give_the_requester_and_the_bare_address_box_its_address(
        tmp_path: Path) -> None:
    cells: list[Cell] = [(55, 50, "BINDING RULING REQUEST"), (55, 64, "1. Requester"),
                         (55, 78, "Harbor Goods LLC"), (55, 100, "2. Address"),
                         (55, 114, "12 Pier Road, Newark, NJ 07114"),
                         (55, 140, "Re: Request for binding ruling - classification"),
                         (55, 160, "The requester asks for a binding ruling on the goods below."),
                         *GOODS, *SIGNED]
    output = extract(draw(tmp_path / "form.pdf", cells))
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    # The form's title and box captions are no letterhead naming another party.
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("ticked", [
    [(60, 288, "[]"), (61, 288, "X")],  # a mark printed inside the drawn box
    # A box painted in leaves no mark in the text: the shared tick-box reader sees the fill.
    [(60, 288, "[#]")],
])
def test_a_row_of_drawn_tick_boxes_says_which_options_are_ticked(
        tmp_path: Path, ticked: list[Cell]) -> None:
    boxes: list[Cell] = [*ticked, (74, 288, "Sample sent with this request"),
                         (250, 288, "[]"), (265, 288, "Photographs attached"),
                         (450, 288, "[]"), (465, 288, "Confidential treatment requested")]
    cells: list[Cell] = [(55, 60, "Harbor Goods LLC"), (55, 74, "12 Pier Road, Newark, NJ 07114"),
                         (55, 100, "February 24, 2025"),
                         (55, 120, "Re: Request for binding ruling"),
                         (55, 160, OPENING[:CUT]), (55, 170, OPENING[CUT + 1:]), *GOODS, *boxes,
                         (55, 310, "Sincerely,"), (55, 340, "/s/ Ann Lee"),
                         (55, 354, "Ann Lee, President")]
    values = extract(draw(tmp_path / "boxes.pdf", cells))["values"]
    assert values["sample_provided"] is True
    assert values["confidential_requested"] is False


def table_letter(tmp_path: Path, articles: list[str], finishes: list[str]) -> dict[str, Any]:
    """A letter listing its goods as rows "n | article | finish" under a "No." header."""
    table: list[Cell] = [(84, 180, "No."), (111, 180, "Article"), (263, 180, "Finish")]
    for row, (article, finish) in enumerate(zip(articles, finishes, strict=True)):
        table += [(84, 196 + 14 * row, str(row + 1)), (111, 196 + 14 * row, article),
                  (263, 196 + 14 * row, finish)]
    shift = 14 * len(articles) + 30
    goods = [(x, y + shift if y >= 180 else y, text) for x, y, text in GOODS]
    cells: list[Cell] = [(55, 60, "Harbor Goods LLC"), (55, 74, "12 Pier Road, Newark, NJ 07114"),
                         (55, 100, "February 24, 2025"),
                         (55, 120, "Re: Request for binding ruling"),
                         (55, 140, OPENING[:CUT]), (55, 150, OPENING[CUT + 1:]), *table, *goods,
                         *((x, y + shift, t) for x, y, t in SIGNED)]
    return extract(draw(tmp_path / "rows.pdf", cells))


def test_goods_listed_as_numbered_table_rows_count_as_items(tmp_path: Path) -> None:
    output = table_letter(tmp_path, [f"Bath towels, style {n}" for n in "ABCDEF"],
                          [f"colour {n}" for n in range(6)])
    assert output["values"]["item_count"] == 6
    assert output["decision"]["outcome"] == "deficient", output["findings"]


def test_an_agent_acting_under_its_letter_of_engagement_states_its_authority(
        tmp_path: Path) -> None:
    engaged = read(tmp_path, opening="On behalf of our client Harbor Goods LLC, 12 Pier Road, "
                   "Newark, NJ 07114 (IOR 12-3456789), and under the authority of its letter of "
                   "engagement, we request a binding ruling under 19 CFR Part 177.")
    retained = read(tmp_path, opening="On behalf of our client Harbor Goods LLC, 12 Pier Road, "
                    "Newark, NJ 07114 (IOR 12-3456789), which has retained this firm, we request "
                    "a binding ruling under 19 CFR Part 177.")
    assert engaged["decision"]["outcome"] == "accept", engaged["findings"]
    # Words of a mandate the reader cannot read as one: a person decides, no deficiency letter.
    assert retained["decision"]["outcome"] == "needs_human", retained["findings"]


def test_a_seller_named_unrelated_and_a_sale_under_contract_are_valuation_facts(
        tmp_path: Path) -> None:
    output = read(tmp_path, subject="Valuation of yoga mats", facts=(
        "We ask whether the price actually paid is the transaction value of the yoga mats.",
        "The goods are bought FOB Haiphong from an unrelated seller under a written supply "
        "contract.", "The mats will be entered at Newark (4601)."))
    assert output["values"]["ruling_type"] == "valuation"
    assert output["decision"]["missing"] == [], output["findings"]


def test_an_entry_expected_at_a_port_is_not_concluded_to_be_no_transaction(
        tmp_path: Path) -> None:
    output = read(tmp_path, facts=(
        "The yoga mats are exercise mats of thermoplastic elastomer foam measuring 183 x 61 cm.",
        "They are principally used for yoga and floor exercises at home.",
        "Component materials: thermoplastic elastomer foam 96%, polyester strap 4%.",
        "Entry is expected at Newark, NJ (port code 4601)."))
    assert "177.2(b)(2)" not in output["decision"]["missing"], output["findings"]


def test_a_requester_heading_over_name_and_address_on_one_line_gives_both(tmp_path: Path) -> None:
    cells: list[Cell] = [(55, 50, "Harbor Goods LLC"), (55, 64, "February 24, 2025"),
                         (55, 90, "REQUEST FOR BINDING RULING"), (55, 110, "I. Requester"),
                         (55, 126, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer "
                          "number 12-3456789)"), (55, 146, "II. Question Presented"), *GOODS,
                         (55, 300, "Respectfully submitted,"), (55, 330, "/s/ Ann Lee"),
                         (55, 344, "Ann Lee, President")]
    values = extract(draw(tmp_path / "heading.pdf", cells))["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"


def two_pages(path: Path, first: list[str], dating: str, opening: str) -> dict[str, Any]:
    """A page of FIRST lines, then a letter dated by DATING that opens with OPENING."""
    canvas = Canvas(str(path), pagesize=letter)
    letter_lines = ["Harbor Goods LLC", "12 Pier Road, Newark, NJ 07114", dating,
                    "National Commodity Specialist Division", opening, "Dear Sir or Madam:",
                    "Harbor Goods LLC asks for a binding ruling on the tariff classification of "
                    "the towels.", *(text for _, _, text in GOODS), "Sincerely,", "/s/ Ann Lee",
                    "Ann Lee, President"]
    for page in (first, [line for line in letter_lines if line]):
        for row, text in enumerate(page):
            canvas.drawString(55, 740 - 24 * row, text)
        canvas.showPage()
    canvas.save()
    return extract(path)


def test_a_letter_after_a_specification_page_dated_on_a_labelled_line(tmp_path: Path) -> None:
    values = two_pages(tmp_path / "attached.pdf", ["Harbor Goods LLC - PRODUCT SPECIFICATION",
                                                   "Net weight 0.9 kg"],
                       "Date: February 24, 2025", "")["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == "12 Pier Road, Newark, NJ 07114"


def test_a_principal_located_at_an_address_after_its_importer_number(tmp_path: Path) -> None:
    output = read(tmp_path, opening="This firm represents Harbor Goods LLC (importer no. "
                  "12-3456789), located at 12 Pier Road, Newark, NJ 07114, which asks for a "
                  "binding ruling under 19 CFR Part 177. Harbor Goods LLC has authorized this "
                  "firm to act for it.")
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"


def test_a_second_question_on_valuation_goes_to_headquarters(tmp_path: Path) -> None:
    output = read(tmp_path, facts=(*FACTS, "A second question concerns valuation: is the royalty "
                                   "an addition to the price actually paid?"))
    assert output["decision"]["route"] == "HQ"


def test_use_principally_a_basis_citing_a_ruling_and_withholding_from_publication(
        tmp_path: Path) -> None:
    output = read(tmp_path, facts=(
        FACTS[0], FACTS[1], "The article is used principally for yoga at home.", FACTS[3],
        "Proposed classification: 9506.91.0030. Basis: the terms of the heading and Note 1 to "
        "the Chapter, and ruling NY N301455 on similar goods."),
        sample="Please withhold the component costs from the published ruling.")
    assert output["values"]["confidential_requested"] is True
    assert output["decision"]["missing"] == [], output["findings"]


def test_numbered_rows_of_one_article_in_two_finishes_are_one_kind(tmp_path: Path) -> None:
    output = table_letter(tmp_path, ["Bath towels", "Bath towels"], ["white", "blue"])
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_spec_tables_wrapped_label_beside_a_taller_value_is_read(tmp_path: Path) -> None:
    spec: list[Cell] = [(84, 176, "Specification"), (198, 176, "Detail"),
                        (198, 192, "Cotton bath towels, 70 x 140 cm, terry woven,"),
                        (84, 199, "Description"), (198, 204, "style BT-70, white"),
                        (84, 222, "Principal use in the"), (84, 234, "U.S."),
                        (198, 228, "drying the body after bathing"),
                        (84, 252, "Component materials"), (198, 252, "cotton 100% by weight")]
    rest = [(55, 280, "The importer intends to import the towels from India for sale."),
            (55, 294, "Port(s) of entry: Newark, NJ (port code 4601)."),
            (55, 308, "The issue is not pending before any CBP office or any court."),
            *((x, y + 30, t) for x, y, t in SIGNED)]
    cells: list[Cell] = [(55, 60, "Harbor Goods LLC"), (55, 74, "12 Pier Road, Newark, NJ 07114"),
                         (55, 100, "February 24, 2025"),
                         (55, 120, "Re: Request for binding ruling - classification"),
                         (55, 140, OPENING[:CUT]), (55, 150, OPENING[CUT + 1:]), *spec, *rest]
    output = extract(draw(tmp_path / "spec.pdf", cells))
    assert output["values"]["product_description"].startswith("Cotton bath towels")
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_country_of_origin_marking_an_undotted_proposal_and_a_cf28_are_read(
        tmp_path: Path) -> None:
    marking = read(tmp_path, subject="a ruling", facts=(
        "We ask whether the proposed country-of-origin marking of the mats satisfies "
        "19 U.S.C. 1304.", *FACTS[:4]))
    proposed = read(tmp_path, facts=(*FACTS[:4], "Proposed classification: 9506910030. Basis: "
                                     "the terms of the heading, GRI 1."))
    questioned = read(tmp_path, pending="The first shipment was entered; the port has issued a "
                      "request for information (CBP Form 28) on its classification.")
    assert marking["values"]["ruling_type"] == "marking"
    assert proposed["values"]["proposed_hts"] == ["9506910030"]
    assert questioned["values"]["pending_statement"] is True
    assert questioned["values"]["pending_before_cbp"] is True


def test_variants_described_one_paragraph_each_with_a_price_are_items_of_one_kind(
        tmp_path: Path) -> None:
    variants = tuple(f"Yoga mats of thermoplastic elastomer foam, 183 x 61 cm, model YM-6, {c} "
                     "finish. Principal use: yoga at home. Component materials: thermoplastic "
                     f"elastomer foam 100% by weight. Purchase price USD {p} per unit."
                     for c, p in (("red", "4.10"), ("blue", "4.30")))
    output = read(tmp_path, facts=(FACTS[0], *variants, FACTS[4]))
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_court_decision_cited_as_authority_is_no_pending_case(tmp_path: Path) -> None:
    output = read(tmp_path, facts=(*FACTS[:4], "We request a ruling that the mats are classified "
                                   "in subheading 9506.91.0030, HTSUS, under GRI 1; the Court of "
                                   "International Trade issued its decision in Acme Inc. v. "
                                   "United States on "
                                   "like goods."))
    assert output["values"]["pending_in_court"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_an_e_filing_confirmation_before_the_letter_is_no_letterhead(tmp_path: Path) -> None:
    cover = ["eRulings submission confirmation", "Submission ID: 2025-0412",
             "Filed by: Bayside Trade Law Group", "Ruling type: classification"]
    output = two_pages(tmp_path / "confirmed.pdf", cover, "February 24, 2025",
                       "Re: Request for binding ruling")
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_worksheet_value_run_on_across_a_gridline_is_one_cell(tmp_path: Path) -> None:
    # A spreadsheet cell too narrow for its value prints the rest over the next cell, so the
    # gridline falls in a word space: "Harbor Goods | Trading LLC", "12 Pier | Road, Newark ...".
    # The old reader took the first piece as the whole requester, and missed the address.
    path = tmp_path / "cut.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    height = letter[1]
    canvas.setFont("Helvetica", 9)

    def cut(x: float, y: float, first: str, rest: str) -> None:
        canvas.drawString(x, height - y, first)
        at = x + canvas.stringWidth(first + " ", "Helvetica", 9)
        gridline = at - canvas.stringWidth(" ", "Helvetica", 9) / 2
        canvas.line(gridline, height - y - 3, gridline, height - y + 10)
        canvas.drawString(at, height - y, rest)

    canvas.drawString(55, height - 60, "BINDING RULING REQUEST - 19 CFR PART 177")
    canvas.drawString(55, height - 80, "Requester")
    cut(243, 80, "Harbor Goods", "Trading LLC")
    cut(243, 92, "12 Pier", "Road, Newark, NJ 07114")
    for row, (label, value) in enumerate([("Importer number", "12-3456789"),
                                          ("Date of request", "2/24/25")]):
        canvas.drawString(55, height - 110 - 12 * row, label)
        canvas.drawString(243, height - 110 - 12 * row, value)
    for x, y, text in [*GOODS, *SIGNED]:
        canvas.drawString(x, height - y, text)
    canvas.save()
    output = extract(path)
    assert output["values"]["requester_name"] == "Harbor Goods Trading LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert "177.2(b)(1)" not in output["decision"]["missing"], output["findings"]
