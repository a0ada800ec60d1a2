"""Senders' ways the thirty-ninth and fortieth hands showed (issue 13, round 31), each in several
forms a real sender would use. Small letters printed here and read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ruling_read.test_phrasings import FACTS, read
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw, extract

_IMPORTS = "Harbor Goods LLC imports yoga mats from Vietnam through the port of Newark (4601)."


def typed(paragraphs: list[list[str]], top: float = 40.0) -> list[Cell]:
    """PARAGRAPHS typed single-spaced at x 55 from TOP down, a blank line between them."""
    cells: list[Cell] = []
    y = top
    for lines in paragraphs:
        for line in lines:
            cells.append((55, y, line))
            y += 11
        y += 11
    return cells


# The goods already arrived and entered, told as a past event: a current transaction, before the
# port (177.1(a)(2)(i)), no ruling.
@pytest.mark.parametrize("told", [
    "The merchandise arrived and is the subject of an entry filed at Newark on July 12, 2025, "
    "which is still open with the port.",
    "The goods arrived last month; an entry was filed at Newark and remains unliquidated.",
    "The articles reached Newark on May 2 and are the subject of an open entry there.",
])
def test_goods_that_arrived_and_were_entered_are_a_current_transaction(
        tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(_IMPORTS, *FACTS[1:], told))
    assert output["values"]["prospective"] is False
    assert output["values"]["pending_before_cbp"] is True
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]


@pytest.mark.parametrize("told", [
    "None of the goods has arrived and no entry has been filed.",
    "The goods have not arrived; no entry is open at any port.",
])
def test_goods_denied_arrival_are_a_prospective_transaction(tmp_path: Path, told: str) -> None:
    output = read(tmp_path, facts=(*FACTS, told))
    assert output["values"]["prospective"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A printed e-mail from a person: the request is put as a thing the reader is asked to take, its
# requester named after "by" or "from" with its address.
@pytest.mark.parametrize("opening", [
    ["Good morning. Please accept this request for a binding ruling for future imports",
     "by Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114 (importer no. 12-3456789)."],
    ["Hello, please consider this request for a prospective ruling from Harbor Goods LLC,",
     "12 Pier Road, Newark, NJ 07114, importer number 12-3456789."],
    ["Please find attached our request for a classification ruling, made by Harbor Goods",
     "LLC, 12 Pier Road, Newark, NJ 07114 (IOR 12-3456789)."],
])
def test_a_request_taken_from_a_named_party_names_the_requester(
        tmp_path: Path, opening: list[str]) -> None:
    cells = typed([["From:    Ann Lee"], ["To:      rulings desk"], ["Sent:    March 3, 2025"],
                    ["Subject: ruling request - classification - yoga mats"], opening,
                    ["Port of entry: Newark (4601)."],
                    ["* The article is a yoga mat of thermoplastic elastomer foam, 183 x 61 cm.",
                     "Its principal use in the United States is floor exercise at home."],
                    ["* Component materials by weight: thermoplastic elastomer 100 percent."],
                    ["* The mats will be bought in Vietnam for resale; none has been imported."],
                    ["* We believe the mats are classified in subheading 9506.91.0030, HTSUS,",
                     "by application of GRI 1 and the terms of heading 9506."],
                    ["* The issue is not pending before any CBP office or any court."],
                    ["* No sample is enclosed."], ["Regards,"], ["Ann Lee"],
                    ["Compliance Manager"]])
    output = extract(draw(tmp_path / "mail.pdf", cells, font="Courier", size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == "12 Pier Road, Newark, NJ 07114"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def _mail(opening: list[str], points: list[list[str]], bullet: str = "*") -> list[Cell]:
    """A printed e-mail whose header captions stand apart from their values (one text object
    per cell), a rule under the header, the facts as bullets wrapped under their mark."""
    header: list[Cell] = []
    for row, (caption, value) in enumerate([("From:", "Ann Lee <rulings@harbor.example>"),
                                            ("To:", "NCSD rulings desk"),
                                            ("Sent:", "March 3, 2025"),
                                            ("Subject:", "Binding ruling request")]):
        header += [(55, 40 + 12 * row, caption), (200, 40 + 12 * row, value)]
    header.append((55, 96, "_" * 60))
    body = [["Hello,", *opening],
            [line if index else f"  {bullet} {line}" for point in points
             for index, line in enumerate(point)],
            ["No sample is sent. No confidential treatment is requested."],
            ["Best regards,"], ["Ann Lee", "Compliance Manager", "Harbor Goods LLC"]]
    return [*header, *typed(body, top=112)]


_POINTS = [["Importer number: 12-3456789"],
           ["The requester intends to import the mats from Vietnam; no shipment has yet been",
            "made. The goods will be entered at Newark (4601)."],
           ["The article is yoga mats of thermoplastic elastomer foam, 183 x 61 cm. Its",
            "principal use in the United States is floor exercise at home."],
           ["Component materials: thermoplastic elastomer 100% by weight."],
           ["The requester believes the goods are classified under subheading 9506.91.0030,",
            "HTSUS. Under GRI 1 the terms of the heading describe the article, and the",
            "explanatory notes to the heading confirm that reading."],
           ["To the requester's knowledge, the issue is not pending before any CBP office or",
            "any court, and has not been."]]


# The address in parentheses after the name that opens the request.
@pytest.mark.parametrize(("opening", "address"), [
    (["Harbor Goods LLC (12 Pier Road, Newark, NJ 07114) asks for a binding ruling",
      "under 19 CFR Part 177. The facts:"], "12 Pier Road, Newark, NJ 07114"),
    (["Harbor Goods LLC (12 Pier Road, Suite 4, Newark, NJ 07114) requests a binding",
      "ruling on the goods below."], "12 Pier Road, Suite 4, Newark, NJ 07114"),
    (["Harbor Goods LLC (12 Pier Road, Newark, NJ 07114-2231) hereby requests a ruling",
      "under 19 CFR Part 177."], "12 Pier Road, Newark, NJ 07114-2231"),
])
def test_an_address_in_parentheses_after_the_opening_name_is_the_requesters(
        tmp_path: Path, opening: list[str], address: str) -> None:
    output = extract(draw(tmp_path / "mail.pdf", _mail(opening, _POINTS), size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["requester_address"] == address
    assert output["decision"]["outcome"] == "accept", output["findings"]


# Each bulleted point is a sentence of its own, whatever the point before it ended with: the
# basis and the pending statement after it are read apart.
@pytest.mark.parametrize("bullet", ["*", "\u00b7", "-"])
def test_a_bulleted_point_is_read_apart_from_the_point_before_it(
        tmp_path: Path, bullet: str) -> None:
    opening = ["Harbor Goods LLC (12 Pier Road, Newark, NJ 07114) asks for a binding ruling",
               "under 19 CFR Part 177. The facts:"]
    output = extract(draw(tmp_path / "mail.pdf", _mail(opening, _POINTS, bullet), size=9))
    assert output["values"]["pending_statement"] is True
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A summary form's head: its title, a rule, CBP's office with its street and city under it, then
# the table (its header row "Item | Detail"): none of it names a sender beside the table's
# requester.
@pytest.mark.parametrize("addressee", [
    ["National Commodity Specialist Division", "U.S. Customs and Border Protection",
     "201 Varick Street, Suite 501, New York, NY 10014"],
    ["Regulations and Rulings, Office of Trade", "90 K Street, NE, 10th Floor",
     "Washington, DC 20229"],
    ["U.S. Customs and Border Protection", "National Commodity Specialist Division",
     "201 Varick Street", "New York, NY 10014"],
])
@pytest.mark.parametrize("header", [("Item", "Detail"), ("Item", "Details"),
                                    ("Item", "Particulars")])
def test_the_addressees_street_under_its_office_names_no_sender(
        tmp_path: Path, addressee: list[str], header: tuple[str, str]) -> None:
    # The table's own header row ("Item | Detail") is no item described as "Detail".
    rows = [header, ("Requester", "Harbor Goods LLC"),
            ("Address", "12 Pier Road, Newark, NJ 07114"), ("Importer No.", "12-3456789"),
            ("Date of request", "03/03/2025"), ("Subject", "tariff classification"),
            ("Port(s) of entry", "4601 Newark"), ("Proposed HTSUS", "9506910030")]
    cells: list[Cell] = [(55, 40, "RULING REQUEST SUMMARY"), (55, 52, "_" * 60)]
    cells += [(55, 70 + 11 * index, line) for index, line in enumerate(addressee)]
    for row, (label, value) in enumerate(rows):
        cells += [(55, 130 + 14 * row, label), (200, 130 + 14 * row, value)]
    cells += typed([["Transaction"],
                    ["The requester intends to import the mats from Vietnam; none has been",
                     "imported. The goods will be entered at Newark (4601)."],
                    ["Merchandise"],
                    ["The article is yoga mats of thermoplastic elastomer foam, 183 x 61 cm. Its",
                     "principal use in the United States is floor exercise at home."],
                    ["Component materials: thermoplastic elastomer 100% by weight."],
                    ["Basis for the result requested"],
                    ["Under GRI 1 the terms of heading 9506 describe the article."],
                    ["The issue is not pending before any CBP office or any court."],
                    ["No sample is sent. No confidential treatment is requested."],
                    ["Submitted by"], ["/s/ Ann Lee"], ["Trade Compliance Manager"]], top=260)
    output = extract(draw(tmp_path / "summary.pdf", cells, size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["values"]["product_description"].startswith("The article is yoga mats")
    assert output["decision"]["outcome"] == "accept", output["findings"]


# A list of the items under its own heading, and a run-in caption telling how the goods are made:
# the reader reads both, so what the letter leaves out elsewhere is concluded absent.
@pytest.mark.parametrize("heading", ["Items", "Models covered", "Items:"])
def test_an_item_list_under_its_heading_leaves_no_element_open(
        tmp_path: Path, heading: str) -> None:
    rows = [("Requester", "Harbor Goods LLC"), ("Address", "12 Pier Road, Newark, NJ 07114"),
            ("Importer number", "12-3456789"), ("Date of request", "March 3, 2025"),
            ("Subject", "Classification"), ("Port(s) of entry", "Newark, 4601"),
            ("Number of items", "2"), ("Proposed HTSUS", "9506.91.0030")]
    cells: list[Cell] = [(55, 40, "BINDING RULING REQUEST - SUMMARY")]
    for row, (label, value) in enumerate(rows):
        cells += [(58, 60 + 14 * row, label), (220, 60 + 14 * row, value)]
    cells += typed([[heading], ["   - Yoga mats of elastomer foam, model A-100",
                                "   - Yoga mats of elastomer foam, model B-110"],
                    ["Facts", "The article is yoga mats of elastomer foam, 183 x 61 cm. Its",
                     "principal use in the United States is floor exercise at home."],
                    ["We believe the mats are classified in subheading 9506.91.0030, HTSUS,",
                     "under GRI 1, as the terms of heading 9506 describe them."],
                    ["The issue is not pending before any CBP office or any court."],
                    ["No sample is sent."], ["Submitted by:"], ["Ann Lee"],
                    ["Director of Trade Compliance, Harbor Goods LLC"]], top=190)
    output = extract(draw(tmp_path / "items.pdf", cells, size=9))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(2)"]


@pytest.mark.parametrize("caption", ["Manufacture", "Production process", "Processing"])
def test_how_the_goods_are_made_is_no_place_for_the_basis(tmp_path: Path, caption: str) -> None:
    made = (f"{caption}: the mats are cut, formed and finished at the maker's plant, inspected "
            "and packed for retail sale in printed cartons of one unit.")
    asked = "We ask that CBP rule the mats are classified in subheading 9506.91.0030."
    output = read(tmp_path, facts=(*FACTS[:4], made, asked))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(6)"]


# The line to sign on left blank under the words that introduce it.
@pytest.mark.parametrize("sign_off", ["Submitted by:", "Signed for the requester:", "Prepared by"])
def test_a_blank_signature_line_under_its_sign_off_is_unsigned(
        tmp_path: Path, sign_off: str) -> None:
    output = read(tmp_path, closing=(sign_off, "______________________________"))
    assert output["values"]["signed"] is False
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(c)"]


# The goods the requester will import, listed after a colon one from the next by semicolons.
@pytest.mark.parametrize(("listed", "count"), [
    ("Harbor Goods LLC intends to import the following article(s) from next season: yoga mats, "
     "model A-100; yoga mats, model B-110.", 2),
    ("Harbor Goods LLC plans to import the following products in 2026: yoga mats, model A-1; "
     "yoga mats, model A-2; yoga mats, model A-3.", 3),
    ("We intend to import these models: yoga mats, model A-1; yoga mats, model A-2.", 2),
])
def test_the_goods_listed_after_what_will_be_imported_are_counted(
        tmp_path: Path, listed: str, count: int) -> None:
    output = read(tmp_path, facts=(*FACTS, listed))
    assert output["values"]["item_count"] == count


# A memorandum whose head sets each caption apart from its value: the FROM value names the
# sending firm, as it does on one line.
@pytest.mark.parametrize("sender", ["Harbor Goods LLC", "Ann Lee, Harbor Goods LLC",
                                    "Harbor Goods LLC, Trade Compliance"])
def test_a_memos_from_value_set_apart_from_its_caption_names_the_sender(
        tmp_path: Path, sender: str) -> None:
    head: list[Cell] = [(55, 40, "MEMORANDUM IN SUPPORT OF A REQUEST FOR A BINDING RULING")]
    for row, (caption, value) in enumerate([
            ("TO:", "U.S. Customs and Border Protection, Regulations and Rulings"),
            ("FROM:", sender), ("DATE:", "March 3, 2025"),
            ("SUBJECT:", "Binding ruling request - classification")]):
        head += [(55, 60 + 12 * row, caption), (160, 60 + 12 * row, value)]
    body = typed([["I. Parties"],
                  ["The importer is Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, importer",
                   "number 12-3456789."],
                  ["II. Facts"],
                  ["The article is a yoga mat of elastomer foam, 183 x 61 cm. Its principal use",
                   "in the United States is floor exercise at home. Component materials:",
                   "elastomer 100% by weight. The goods will be entered at Newark (4601); no",
                   "shipment has yet been made."],
                  ["III. Argument"],
                  ["The mats are classified in subheading 9506.91.0030, HTSUS, under GRI 1,",
                   "as the terms of heading 9506 describe them."],
                  ["The issue is not pending before any CBP office or any court."],
                  ["Respectfully submitted,"], ["/s/ Ann Lee"], ["Ann Lee, Counsel"]], top=120)
    output = extract(draw(tmp_path / "memo.pdf", [*head, *body], size=9))
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]
