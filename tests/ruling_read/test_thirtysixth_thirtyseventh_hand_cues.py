"""Senders' ways the thirty-sixth and thirty-seventh hands showed (issue 13, round 30), each in
several forms a real sender would use. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from tests.ruling_read.test_phrasings import FACTS, read
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

# A double-spaced page: each line a full line below the last (a typescript set double, or a
# plotting program placing every line as a label), paragraphs parted wider still.
_LINE = 20.0
_PARAGRAPH = 34.0


def spaced(paragraphs: list[list[str]], top: float = 60.0) -> list[Cell]:
    """PARAGRAPHS drawn double-spaced at x 55 from TOP down."""
    cells: list[Cell] = []
    y = top
    for lines in paragraphs:
        for line in lines:
            cells.append((55, y, line))
            y += _LINE
        y += _PARAGRAPH - _LINE
    return cells


_OPENING = [
    ["Requester: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114"],
    ["Importer no.: 12-3456789"],
    ["March 3, 2025"],
    ["National Commodity Specialist Division, U.S. Customs and Border Protection"],
    ["Re: Request for a binding ruling on the tariff classification of food jars"],
    ["Harbor Goods LLC asks for a ruling on insulated food jars of stainless steel, model",
     "FJ-16, used for keeping food hot in households; stainless steel 82%, polypropylene",
     "18% by weight. The goods have not yet been imported; they will enter at Newark."],
    ["We propose subheading 7323.93.0080, HTSUS, under GRI 1, since heading 7323 names",
     "household articles of steel and the Explanatory Notes confirm it."],
]
_CLOSING = [["No sample is enclosed. No confidential treatment is requested."],
            ["Sincerely,"], ["/s/ Ann Lee"], ["Ann Lee, Compliance Manager, Harbor Goods LLC"]]


@pytest.mark.parametrize("statement", [
    ["The issue in this request is not pending before any CBP office, the Court of",
     "International Trade, or any other court, and it has not been the subject of a",
     "ruling request before."],
    ["Statement under 19 CFR 177.2(b)(5): the question is not, and has not been, at",
     "any time before CBP or any court, to the best of the requester's knowledge."],
    ["To our knowledge no protest, court action or earlier ruling request on these",
     "goods is pending before any office of CBP, the Court of International Trade or",
     "the Court of Appeals for the Federal Circuit."],
])
def test_a_double_spaced_statement_run_over_lines_is_read_whole(
        tmp_path: Path, statement: list[str]) -> None:
    cells = spaced([*_OPENING, statement, *_CLOSING])
    output = extract(draw(tmp_path / "spaced.pdf", cells, size=9))
    values = output["values"]
    assert values["pending_statement"] is True
    assert values["pending_in_court"] is False
    assert values["pending_before_cbp"] is False
    assert output["decision"]["outcome"] == "accept"


def test_a_double_spaced_form_keeps_its_rows_apart(tmp_path: Path) -> None:
    # Rows of a label column set a line apart are fields, not one wrapped paragraph.
    rows = [["Requester          Harbor Goods LLC"],
            ["Address            12 Pier Road, Newark, NJ 07114"],
            ["Importer no.       12-3456789"], ["Date               March 3, 2025"]]
    cells = spaced([*rows, *_OPENING[2:], ["The issue is not pending before CBP or any court."],
                    *_CLOSING])
    values = extract(draw(tmp_path / "rows.pdf", cells, size=9))["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["importer_number"] == "12-3456789"
    assert values["request_date"] == "2025-03-03"


# The goods' models counted in a sentence of their own, with no "a ruling on" before the count:
# more than five is a deficiency; two to five of one kind or not is for a person.
@pytest.mark.parametrize(("count", "expected", "outcome"), [
    ("The mats come as 2 models of the article, identical but for size: model M-1, model M-2.",
     2, "needs_human"),
    ("Yoga mats, sold in 7 models of the same design differing only in colour.", 7, "deficient"),
    ("There are three styles, which differ only in length.", 3, "needs_human"),
    ("Six versions of the mat are offered, identical except for thickness.", 6, "deficient"),
], ids=["n-models-of-the-article", "in-n-models-of-the-same-design", "n-styles-which-differ",
        "n-versions-of-the"])
def test_models_counted_in_their_own_sentence_are_the_item_count(
        tmp_path: Path, count: str, expected: int, outcome: str) -> None:
    output = read(tmp_path, facts=(*FACTS, count))
    assert output["values"]["item_count"] == expected
    assert output["decision"]["outcome"] == outcome, output["findings"]


@pytest.mark.parametrize("aside", [
    "The mat is one of 4 models of exercise equipment we sell; only the mat is asked about.",
    "Our catalogue lists 12 models of other goods.",
])
def test_models_of_other_goods_are_not_counted(tmp_path: Path, aside: str) -> None:
    assert read(tmp_path, facts=(*FACTS, aside))["values"]["item_count"] == 1


_BODY: list[Cell] = [
    (55, 60, "Requester: Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114"),
    (55, 74, "Importer no.: 12-3456789"), (55, 88, "Date: March 3, 2025"),
    (55, 99, "Re: Request for a binding ruling on the tariff classification of food jars"),
    (55, 110, "Article: insulated food jars of stainless steel, model FJ-16."),
    (55, 124, "Principal use in the United States: keeping food hot in households."),
    (55, 138, "Component materials: stainless steel 82%, polypropylene 18% by weight."),
    (55, 152, "The goods have not yet been imported; they will be entered at Newark (4601)."),
    (55, 166, "We propose subheading 7323.93.0080, HTSUS, under GRI 1, since heading 7323 "
              "names household articles of steel."),
    (55, 180, "The issue is not pending before any CBP office or any court."),
    (55, 194, "No sample is enclosed. No confidential treatment is requested."),
]


@pytest.mark.parametrize("block", [
    ["Prepared by:", "Engineering - signature pending"],
    ["Submitted for:", "Ann Lee, Compliance Manager (signature to follow)"],
    ["UNSIGNED DRAFT", "Harbor Goods LLC"],
    ["Ann Lee, Compliance Manager", "Not yet signed"],
], ids=["signature-pending", "signature-to-follow", "unsigned-draft", "not-yet-signed"])
def test_a_sign_off_saying_the_signature_is_not_there_is_unsigned(
        tmp_path: Path, block: list[str]) -> None:
    cells = [*_BODY, *((55, 230 + 14 * i, line) for i, line in enumerate(block))]
    output = extract(draw(tmp_path / "unsigned.pdf", cells))
    assert output["values"]["signed"] is False
    assert output["decision"]["outcome"] == "deficient"
    assert output["decision"]["missing"] == ["177.2(c)"]


def draw_head(path: Path, head: list[str], cells: list[Cell], *, right: bool) -> Path:
    """A page whose letterhead lines HEAD stand at the top, flush RIGHT or left, then CELLS."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 9)
    for index, line in enumerate(head):
        y = letter[1] - (50 + 11 * index)
        if right:
            canvas.drawRightString(560, y, line)
        else:
            canvas.drawString(55, y, line)
    for x, y, text in cells:
        canvas.drawString(x, letter[1] - y, text)
    canvas.save()
    return path


def _letter_body(date_line: str) -> list[Cell]:
    # A letter captioned like a form only in its date ("Date: ..."), its addressee a sentence.
    return [
        (55, 120, date_line),
        (55, 134, "To the honourable U.S. Customs and Border Protection, Office of Trade,"),
        (55, 148, "Object: kind request of binding ruling for tariff classification"),
        (55, 170, "With the present letter we are kindly asking a binding ruling for our "
                  "future importations."),
        (70, 184, "Product: insulated food jars of stainless steel, model FJ-16"),
        (70, 198, "Principal use: keeping food hot in households"),
        (70, 212, "Materials: stainless steel 82%, polypropylene 18% by weight"),
        (55, 226, "The goods will be arriving in the port of Newark (4601)."),
        (55, 240, "We believe the goods are classified in subheading 7323.93.0080, HTSUS, by "
                  "GRI 1."),
        (55, 254, "The issue is not pending before any CBP office or any court."),
        (55, 268, "No sample is enclosed. No confidential treatment is requested."),
        (55, 282, "Remaining at your disposal for every clarification, we send our best regards."),
        (55, 300, "/s/ Ann Lee"), (55, 312, "Ann Lee - Compliance Manager"),
    ]


@pytest.mark.parametrize("right", [True, False], ids=["flush-right", "flush-left"])
@pytest.mark.parametrize(("head", "date_line", "address"), [
    (["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114", "IOR: 12-3456789"],
     "Date: 22-SEP-2025", "12 Pier Road, Newark, NJ 07114"),
    (["Harbor Goods LLC", "12 Pier Road, Suite 4", "Newark, NJ 07114",
      "Importer No.: 12-3456789"], "Date: March 3, 2025",
     "12 Pier Road, Suite 4, Newark, NJ 07114"),
    (["Harbor Goods LLC", "12 Pier Road", "Newark, NJ 07114"], "Dated: 2025-03-03",
     "12 Pier Road, Newark, NJ 07114"),
], ids=["ior-line", "importer-no-line", "dated-caption"])
def test_a_letterhead_over_a_captioned_date_names_the_requester(
        tmp_path: Path, head: list[str], date_line: str, address: str, right: bool) -> None:
    path = draw_head(tmp_path / "head.pdf", head, _letter_body(date_line), right=right)
    values = extract(path)["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["requester_address"] == address


@pytest.mark.parametrize("block", [
    ["Signed for the company:", "Luis Ferreira-Campos", "Director of Operations"],
    ["For and on behalf of Harbor Goods LLC:", "Margot Delacroix", "President"],
    ["Authorized signatory:", "Ann Lee", "Compliance Manager"],
], ids=["signed-for-the-company", "for-and-on-behalf", "authorized-signatory"])
def test_a_name_over_its_title_set_a_line_apart_signs(tmp_path: Path, block: list[str]) -> None:
    # Each line of the block stands a full line below the last: three paragraphs, one block.
    cells = [*_BODY, *((55, 230 + 22 * i, line) for i, line in enumerate(block))]
    output = extract(draw(tmp_path / "signed.pdf", cells))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize(("line", "address"), [
    ("12 Pier Road Newark, NJ 07114", "12 Pier Road, Newark, NJ 07114"),
    ("77 Canal Street Fall River, MA 02721", "77 Canal Street, Fall River, MA 02721"),
    ("3300 Shilshole Avenue NW Seattle, WA 98107", "3300 Shilshole Avenue NW, Seattle, WA 98107"),
    ("2 Depot Square Burlington, VT 05401", "2 Depot Square, Burlington, VT 05401"),
], ids=["road", "two-word-city", "quarter-after-street", "square"])
def test_a_street_run_into_its_city_is_parted_by_a_comma(
        tmp_path: Path, line: str, address: str) -> None:
    path = draw_head(tmp_path / "head.pdf", ["Harbor Goods LLC", line],
                     _letter_body("Date: March 3, 2025"), right=False)
    assert extract(path)["values"]["requester_address"] == address


_GOODS_QUESTIONS = ("Describe the goods.", "What is it used for?", "What is it made of?")


def _interview(port_question: str, port_answer: str,
               goods: tuple[str, str, str] = _GOODS_QUESTIONS,
               pending: str = "A. The issue is not pending before CBP or a court.") -> list[Cell]:
    pairs = [
        ("Q1. Who is asking?", "A. Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, importer "
                               "of record number 12-3456789."),
        (f"Q2. {goods[0]}", "A. Insulated food jars of stainless steel, model FJ-16."),
        (f"Q3. {goods[1]}", "A. Keeping food hot in households."),
        (f"Q4. {goods[2]}", "A. Stainless steel 82%, polypropylene 18% by weight."),
        (f"Q5. {port_question}", f"A. {port_answer}"),
        ("Q6. What result do you ask for?", "A. Subheading 7323.93.0080, HTSUS, by GRI 1: "
                                            "heading 7323 names household articles of steel."),
        ("Q7. Is this before CBP or a court?", pending),
        ("Q8. Samples?", "A. No sample is enclosed."),
        ("Q9. Confidential?", "A. No confidential treatment is requested."),
    ]
    cells: list[Cell] = [(55, 50, "Harbor Goods LLC"), (55, 62, "12 Pier Road, Newark, NJ 07114"),
                         (400, 80, "March 3, 2025"),
                         (55, 100, "U.S. Customs and Border Protection, National Commodity "
                                   "Specialist Division"),
                         (55, 116, "Request for a binding ruling: tariff classification")]
    for index, (question, answer) in enumerate(pairs):
        cells += [(55, 140 + 28 * index, question), (65, 152 + 28 * index, answer)]
    return [*cells, (55, 420, "Sincerely,"), (55, 440, "/s/ Ann Lee"),
            (55, 452, "Ann Lee, Compliance Manager")]


@pytest.mark.parametrize(("question", "answer", "ports"), [
    ("Where will the goods be entered?", "Chicago (3901) and New Orleans (2002)",
     ["3901", "2002"]),
    ("Through which port(s) will the goods be entered?", "Buffalo (0901), San Francisco (2809)",
     ["0901", "2809"]),
    ("At which port will the shipments arrive?", "Savannah (1703)", ["1703"]),
], ids=["where-entered", "through-which-ports", "at-which-port-arrive"])
def test_ports_asked_as_a_question_are_its_answer(
        tmp_path: Path, question: str, answer: str, ports: list[str]) -> None:
    output = extract(draw(tmp_path / "interview.pdf", _interview(question, answer)))
    assert output["values"]["ports"] == ports
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A letter's run-in heading ("Merchandise. ...") over the goods, and a caption run into the
# sentence before it because its full stop was left out ("... model YM-1 Principal use ...:").
@pytest.mark.parametrize("goods", [
    "Merchandise. Yoga mats of thermoplastic elastomer foam, model YM-1 Principal use in the "
    "United States: yoga and floor exercises at home.",
    "Goods. Exercise mats of elastomer foam, 183 x 61 cm, style 2 Principal use: yoga at home.",
    "Product. Yoga mats of elastomer foam in retail sleeves Principal use in the U.S.: home "
    "yoga and floor exercises.",
], ids=["merchandise-heading", "goods-heading", "product-heading"])
def test_a_run_in_heading_and_a_caption_run_into_its_sentence_are_read(
        tmp_path: Path, goods: str) -> None:
    facts = (FACTS[0], goods, FACTS[3], FACTS[4])
    output = read(tmp_path, facts=facts)
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("answer", ["We have not decided yet.", "To be determined.",
                                    "TBD - the port is not yet chosen."])
def test_a_port_question_answered_undecided_gives_no_port(tmp_path: Path, answer: str) -> None:
    cells = _interview("Where will the goods be entered?", answer)
    output = extract(draw(tmp_path / "interview.pdf", cells))
    assert output["values"]["ports"] == []
    assert "177.2(b)(1)" in output["decision"]["missing"]
    assert output["decision"]["outcome"] == "deficient"


# An entry named by the word "entry" and its hyphenated number alone, and "not yet liquidated"
# without "been": a current transaction, no ruling (177.1(a)(2)(i)).
@pytest.mark.parametrize("entry", [
    "The goods arrived last week and were entered under entry D47-7393714-7, which is not yet "
    "liquidated; we ask for the ruling for this shipment.",
    "The first shipment was released under entry 231-4567890-1 at Newark and has not liquidated.",
    "Entry ABC-1234567-8, which covers these mats, is not yet liquidated.",
], ids=["entered-under-entry", "released-under-entry", "entry-opens-the-sentence"])
def test_an_entry_named_by_its_number_alone_is_a_current_transaction(
        tmp_path: Path, entry: str) -> None:
    facts = ("The yoga mats of Harbor Goods LLC arrive through the port of Newark (4601).",
             *FACTS[1:], entry)
    output = read(tmp_path, facts=facts)
    assert output["values"]["prospective"] is False
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]
    assert "177.1(a)(2)(i)" in output["decision"]["reason"]


@pytest.mark.parametrize("goods", [
    ("Product?", "Principal use?", "Materials?"),
    ("Goods?", "Use?", "Composition?"),
    ("Merchandise?", "Intended use?", "Component materials?"),
], ids=["product-use-materials", "goods-use-composition", "merchandise-intended-component"])
def test_terse_questions_are_captions_answered_under_them(
        tmp_path: Path, goods: tuple[str, str, str]) -> None:
    cells = _interview("Where will the goods be entered?", "Newark (4601)", goods)
    output = extract(draw(tmp_path / "terse.pdf", cells))
    assert output["values"]["product_description"] == (
        "Insulated food jars of stainless steel, model FJ-16")
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("blank", ["(left blank)", "[blank]", "A. \u2014"],
                         ids=["left-blank", "bracketed-blank", "dash"])
def test_the_pending_question_left_blank_is_a_missing_statement(
        tmp_path: Path, blank: str) -> None:
    cells = _interview("Where will the goods be entered?", "Newark (4601)", pending=blank)
    output = extract(draw(tmp_path / "blank.pdf", cells))
    assert output["values"]["pending_statement"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(5)"]


# A data sheet whose importer-number caption runs into its value with no colon ("Importer no.
# 20-0095590"): the line stands where a letterhead's name would, but names no one.
@pytest.mark.parametrize("caption", ["Importer no.", "IOR no.", "Importer #"])
def test_an_importer_number_row_under_a_data_sheets_title_names_no_second_requester(
        tmp_path: Path, caption: str) -> None:
    cells: list[Cell] = [
        (55, 40, "Harbor Goods LLC - Product data sheet and ruling request"),
        (55, 66, "Requester"), (150, 66, "Harbor Goods LLC"),
        (55, 80, "Address"), (150, 80, "12 Pier Road, Newark, NJ 07114"),
        (55, 94, f"{caption} 12-3456789"),
        (55, 108, "Date"), (150, 108, "03-MAR-2025"),
        (55, 122, "Addressed to"), (150, 122, "National Commodity Specialist Division, New York"),
        (55, 136, "Subject"), (150, 136, "tariff classification"),
        (55, 160, "Article"), (150, 160, "Insulated food jars of stainless steel, model FJ-16"),
        (55, 174, "Use"), (150, 174, "keeping food hot in households"),
        (55, 188, "Materials"), (150, 188, "stainless steel 82%, polypropylene 18% by weight"),
        (55, 202, "HTSUS proposed"), (150, 202, "7323.93.0080"),
        (55, 216, "Ports"), (150, 216, "Newark (4601)"),
        (55, 240, "Transaction: the goods will be bought abroad and imported for sale to "
                  "retailers; none has been shipped."),
        (65, 254, "- Basis: heading 7323 names household articles of steel; GRI 1 applies."),
        (65, 268, "- The issue is not pending before any CBP office or any court."),
        (65, 282, "- No sample is sent. No confidential treatment is requested."),
        (55, 306, "Prepared and signed by:"), (55, 320, "/s/ Ann Lee"),
        (55, 334, "Ann Lee, Product Engineering"),
    ]
    output = extract(draw(tmp_path / "sheet.pdf", cells, font="Courier", size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]
