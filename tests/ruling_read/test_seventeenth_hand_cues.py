"""Senders' ways the seventeenth hand showed (issue 13, round 12), each in several wordings a real
sender would use: numbered boxes side by side, a count stated at the head of the items, a
signature block typed with no closing word, agents' phrasings, a subject line set under the
title, a page number in the head's corner. Small pages drawn here and read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bots.ruling_triage.extract_agency import AUTHORITY_WORDS, acts_for
from tests.ruling_read.test_forms_and_worksheets import Cell, draw, extract

HEAD: list[Cell] = [(55, 40, "Harbor Goods LLC"), (55, 52, "12 Pier Road, Newark, NJ 07114"),
                    (55, 76, "February 24, 2025"),
                    (55, 96, "To: National Commodity Specialist Division, New York, NY"),
                    (55, 116, "Subject: tariff classification of bath towels"),
                    (55, 136, "Harbor Goods LLC requests a binding ruling on the goods below.")]
BOXES: list[Cell] = [(55, 160, "Importer"), (200, 160, "Harbor Goods LLC"),
                     (55, 172, "Importer address"), (200, 172, "12 Pier Road, Newark, NJ 07114"),
                     (55, 184, "Importer number"), (200, 184, "12-3456789"),
                     (55, 196, "Ports of entry"), (200, 196, "Newark")]
GOODS: list[Cell] = [
    (55, 220, "Transaction"),
    (55, 232, "The importer plans to begin importing the towels; none has been entered."),
    (55, 250, "Product: Cotton bath towels, 70 x 140 cm, terry woven, model BT-70."),
    (55, 262, "Principal use: drying the body after bathing."),
    (55, 274, "Materials: cotton 100% by weight."),
    (55, 292, "We ask CBP to classify the towels in subheading 6302.60.00.20, HTSUS: they are"),
    (55, 304, "described by the terms of heading 6302 under GRI 1."),
    (55, 318, "The issue is not pending before any CBP office or any court."),
]
SIGN: list[Cell] = [(55, 400, "Ann Lee"), (55, 412, "Customs Compliance Manager"),
                    (330, 400, "Harbor Goods LLC"), (330, 412, "12 Pier Road"),
                    (330, 424, "Newark, NJ 07114")]


def read_cells(tmp_path: Path, cells: list[Cell]) -> dict[str, Any]:
    return extract(draw(tmp_path / "request.pdf", cells))


@pytest.mark.parametrize(("first", "second", "third", "fourth"), [
    ("1. Importer", "2. Importer address", "3. Importer number", "4. Ports of entry"),
    ("(1) Requester", "(2) Address", "(3) IOR No.", "(4) Port of entry"),
    ("A. Importer", "B. Mailing address", "C. Importer number", "D. Ports of entry"),
])
def test_numbered_box_captions_side_by_side_each_head_their_own_box(
        tmp_path: Path, first: str, second: str, third: str, fourth: str) -> None:
    boxes: list[Cell] = [(55, 160, first), (300, 160, second),
                         (57, 172, "Harbor Goods LLC"),
                         (302, 172, "12 Pier Road, Newark, NJ 07114"),
                         (55, 190, third), (300, 190, fourth),
                         (57, 202, "12-3456789"), (302, 202, "Newark")]
    values = read_cells(tmp_path, [*HEAD, *boxes, *GOODS, *SIGN])["values"]
    assert values["requester_name"] == "Harbor Goods LLC"
    assert values["importer_number"] == "12-3456789"


@pytest.mark.parametrize(("caption", "listed", "count"), [
    ("Items", "3 models of the same product line: model A-100, model B-101, model C-102", 3),
    ("ITEMS", "two (2) styles of one design: BT-70, BT-71", 2),
    ("Models covered", "4 variants of the same series: A-1, A-2, A-3 and A-4", 4),
    ("Items", "6 SKUs of the same product line: A-1, A-2, A-3, A-4, A-5, A-6", 6),
])
@pytest.mark.parametrize("beside", [True, False])
def test_the_count_a_list_of_items_opens_with_is_the_item_count(
        tmp_path: Path, caption: str, listed: str, count: int, beside: bool) -> None:
    items: list[Cell] = ([(55, 340, caption), (200, 340, listed)] if beside
                         else [(55, 334, caption), (55, 346, listed)])
    output = read_cells(tmp_path, [*HEAD, *BOXES, *GOODS, *items, *SIGN])
    assert output["values"]["item_count"] == count
    # Models of one product line are of one class or kind; more than five is deficient.
    assert output["decision"]["outcome"] == ("deficient" if count > 5 else "accept"), \
        output["findings"]


def test_a_stated_count_the_listed_codes_contradict_goes_to_a_person(tmp_path: Path) -> None:
    items: list[Cell] = [(55, 340, "Items"), (200, 340, "3 models: model A-1, model A-2")]
    output = read_cells(tmp_path, [*HEAD, *BOXES, *GOODS, *items, *SIGN])
    assert output["values"]["item_count"] is None
    assert output["decision"]["outcome"] == "needs_human"


@pytest.mark.parametrize("title", ["Customs Compliance Manager", "Vice President, Trade Compliance",
                                   "General Counsel", "Owner", "Licensed Customs Broker"])
@pytest.mark.parametrize("one_line", [False, True])
def test_a_name_with_a_title_under_the_last_sentence_signs(
        tmp_path: Path, title: str, one_line: bool) -> None:
    signer: list[Cell] = ([(55, 400, f"Ann M. Lee, {title}")] if one_line
                          else [(55, 400, "Ann M. Lee"), (55, 412, title)])
    output = read_cells(tmp_path, [*HEAD, *BOXES, *GOODS, *signer, *SIGN[2:]])
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("one_line", [False, True])
def test_a_name_and_title_beside_an_empty_signature_box_is_no_signature(
        tmp_path: Path, one_line: bool) -> None:
    # A form's "Signature | Name and title" boxes: the printed name says who should sign.
    named: list[Cell] = ([(300, 412, "Ann M. Lee, Licensed Customs Broker")] if one_line
                         else [(300, 412, "Ann M. Lee"), (300, 424, "Licensed Customs Broker")])
    output = read_cells(tmp_path, [*HEAD, *BOXES, *GOODS, (55, 400, "Signature"),
                                   (300, 400, "Name and title"), *named])
    assert output["values"]["signed"] is not True
    assert output["decision"]["outcome"] != "accept", output["findings"]


@pytest.mark.parametrize("caption", ["Number of items", "No. of models", "Item count"])
def test_a_bare_count_beside_a_count_caption_is_the_item_count(
        tmp_path: Path, caption: str) -> None:
    items: list[Cell] = [(55, 340, caption), (200, 340, "3")]
    assert read_cells(tmp_path, [*HEAD, *BOXES, *GOODS, *items, *SIGN])["values"][
        "item_count"] == 3


@pytest.mark.parametrize("firm", ["Harbor Goods LLC", "Harbor Goods, Inc.", "Harbor & Pier Co."])
def test_the_senders_bare_name_and_address_where_a_signature_goes_is_unsigned(
        tmp_path: Path, firm: str) -> None:
    sign: list[Cell] = [(330, 400, firm), (330, 412, "12 Pier Road"),
                        (330, 424, "Newark, NJ 07114")]
    output = read_cells(tmp_path, [*HEAD, *BOXES, *GOODS, *sign])
    assert output["values"]["signed"] is False
    assert output["decision"]["missing"] == ["177.2(c)"]
    assert output["decision"]["outcome"] == "deficient", output["findings"]


@pytest.mark.parametrize(("sentence", "principal"), [
    ("We write on behalf of Redwater Tools Co..", "Redwater Tools Co."),
    ("We submit this request for and on behalf of Harbor Goods LLC.", "Harbor Goods LLC"),
    ("I am writing on behalf of our client Acme Tools, Inc. to request a ruling.",
     "Acme Tools, Inc."),
    ("The undersigned files this request on behalf of Blue Heron LLC, the importer.",
     "Blue Heron LLC"),
    ("This request is made as agent for Beaumont & Vale Outfitters, Inc., under our mandate.",
     "Beaumont & Vale Outfitters, Inc."),
    ("We write as customs counsel to Harbor Goods LLC.", "Harbor Goods LLC"),
    ("As the importer's authorized customs broker, we submit this request for Maritime Imports "
     "Ltd..", "Maritime Imports Ltd."),
])
def test_an_agents_sentence_names_its_principal(sentence: str, principal: str) -> None:
    match = acts_for(sentence)
    assert match is not None and match["name"] == principal


@pytest.mark.parametrize("sentence", ["We write on behalf of the importer.",
                                      "The seller acts as agent for the manufacturer.",
                                      "We submit this request for Binding Ruling."])
def test_a_sentence_naming_no_principal_makes_no_agent(sentence: str) -> None:
    assert acts_for(sentence) is None


@pytest.mark.parametrize("mandate", ["under the power of attorney it granted us",
                                     "(power of attorney on file)",
                                     "a power of attorney is enclosed"])
def test_a_power_of_attorney_on_file_or_given_states_authority(mandate: str) -> None:
    assert AUTHORITY_WORDS.search(f"We act for Harbor Goods LLC {mandate}.")


@pytest.mark.parametrize(("line", "kind"), [
    ("Subject: valuation of wireless speakers", "valuation"),
    ("Re: coastwise transportation of supplies", "carrier"),
    ("Regarding: country of origin marking of mugs", "marking"),
])
def test_a_subject_line_set_under_the_title_names_the_subject(
        tmp_path: Path, line: str, kind: str) -> None:
    head: list[Cell] = [*HEAD[:3], (55, 96, "To: Regulations and Rulings, Washington, DC"),
                        (55, 108, "Binding Ruling Request"), (55, 120, line), HEAD[5]]
    output = read_cells(tmp_path, [*head, *BOXES, *GOODS, *SIGN])
    assert output["values"]["ruling_type"] == kind


def test_a_page_number_in_the_heads_corner_names_no_sender(tmp_path: Path) -> None:
    running: list[Cell] = [(55, 20, "Ruling request | Harbor Goods LLC | February 24, 2025"),
                           (540, 20, "1")]
    output = read_cells(tmp_path, [*running, *HEAD, *BOXES, *GOODS, *SIGN])
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_lettered_run_in_heading_is_no_caption(tmp_path: Path) -> None:
    opening: list[Cell] = [
        (55, 136, "A. Requester. Harbor Goods LLC, importer number 12-3456789, asks for a"),
        (55, 148, "prospective binding ruling on classification. Port of entry: Newark, NJ.")]
    output = read_cells(tmp_path, [*HEAD[:5], *opening, *GOODS, *SIGN])
    assert output["values"]["requester_name"] == "Harbor Goods LLC"
