"""Senders' ways the twenty-fourth hand showed (issue 13, round 19), each in several wordings a
real sender would use: captions led to their values by dots ("Description.......: "), items set
under heads naming their model codes (bullets, lettered data sheets, a table's model cells), a
table whose header row is not a field grid, the goods the Re: line names described after a colon,
control in common as the parties' relationship, and an unliquidated entry as the pending
statement. Small pages drawn here and read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bots.ruling_triage.extract import extract_ruling
from tests.ruling_read.test_twentyfirst_hand_cues import CLOSE, HEAD, draw, extract

Cell = tuple[float, float, str]
FACTS = ("Stainless steel vacuum bottles, 24 oz.", "sale through retail stores",
         "stainless steel 92%, polypropylene lid 8% by weight")


@pytest.mark.parametrize("leader", ["........:", "..:", " . . . . :", "\u2026:", " ......"])
def test_captions_led_to_their_values_by_dots_are_read(tmp_path: Path, leader: str) -> None:
    cells = [*HEAD, (55, 200, f"Description{leader} {FACTS[0]}"),
             (55, 212, f"Principal use (U.S.){leader} {FACTS[1]}"),
             (55, 224, f"Component materials{leader} {FACTS[2]}"),
             (55, 240, "We believe subheading 9617.00.1000, HTSUS, applies under GRI 1."), *CLOSE]
    output = extract(draw(tmp_path / "dots.pdf", cells, font="Courier"))
    assert output["values"]["product_description"] == FACTS[0].rstrip(".")
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def _sheets(head: str, codes: list[str], finishes: list[str]) -> list[Cell]:
    """One block per item, opened by HEAD naming its code ("{code}" filled in)."""
    cells: list[Cell] = []
    y = 200.0
    for code, finish in zip(codes, finishes, strict=True):
        cells += [(55, y, head.format(code=code)), (70, y + 12, "-" * 40),
                  (70, y + 24, f"Description.....: Vacuum bottles, 24 oz., {finish} finish"),
                  (70, y + 36, f"Principal use...: {FACTS[1]}"),
                  (70, y + 48, f"Materials.......: {FACTS[2]}")]
        y += 64
    return [*cells, (55, y, "We believe subheading 9617.00.1000, HTSUS, applies under GRI 1.")]


@pytest.mark.parametrize("head", ["A. PRODUCT DATA SHEET - Model {code}", "* Model {code}:",
                                  "Style No. {code} - insulated bottles", "- SKU {code}"])
def test_items_under_heads_naming_their_codes_are_counted(tmp_path: Path, head: str) -> None:
    cells = [*HEAD, *_sheets(head, ["A478", "B418"], ["black", "grey"]), *CLOSE]
    output = extract(draw(tmp_path / "sheets.pdf", cells, font="Courier"))
    assert output["values"]["item_count"] == 2
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_six_coded_heads_are_six_items_too_many_for_one_request(tmp_path: Path) -> None:
    codes = ["A604", "B415", "C389", "D876", "E898", "F181"]
    sheets = _sheets("* Model {code}:", codes, ["grey"] * 6)
    cells = [*HEAD, *[(x, y * 0.8 + 40, t) for x, y, t in sheets[:-1]],
             (55, 460, sheets[-1][2]), *[(x, y + 20, t) for x, y, t in CLOSE]]
    output = extract(draw(tmp_path / "six.pdf", cells, font="Courier", size=7))
    assert output["values"]["item_count"] == 6
    assert output["decision"]["outcome"] == "deficient", output["findings"]


def test_one_coded_head_names_the_product_and_counts_nothing(tmp_path: Path) -> None:
    cells = [*HEAD, *_sheets("A. PRODUCT DATA SHEET - Model {code}", ["A478"], ["black"]),
             *CLOSE]
    output = extract(draw(tmp_path / "one.pdf", cells, font="Courier"))
    assert output["values"]["item_count"] == 1


# Item | Description | Principal use | Component materials (its header wrapped) | Price
COLUMNS = (55.0, 120.0, 260.0, 360.0, 470.0)


@pytest.mark.parametrize("codes", [["Model A494", "Model B620"], ["Style 1420", "Style 1421"]])
def test_a_goods_table_with_model_cells_and_a_wrapped_header_is_read(
        tmp_path: Path, codes: list[str]) -> None:
    cells: list[Cell] = [(x, 200, t) for x, t in zip(
        COLUMNS, ("Item", "Description", "Principal use", "Component", "Price"), strict=True)]
    cells.append((COLUMNS[3], 210, "materials"))
    for row, (code, finish) in enumerate(zip(codes, ("black", "grey"), strict=True)):
        y = 230 + 30 * row
        cells += [(COLUMNS[0], y, code), (COLUMNS[1], y, f"Dog leashes, nylon, {finish}"),
                  (COLUMNS[2], y, "walking dogs"), (COLUMNS[3], y, "nylon 85%,"),
                  (COLUMNS[3], y + 10, "steel 15%"), (COLUMNS[4], y, "US$51.67")]
    cells.append((55, 300, "We believe subheading 4201.00.6000, HTSUS, applies under GRI 1."))
    output = extract(draw(tmp_path / "table.pdf", [*HEAD, *cells, *CLOSE]))
    values = output["values"]
    assert values["item_count"] == 2
    assert values["product_description"].startswith("Dog leashes, nylon, black")
    materials = extract_ruling(tmp_path / "table.pdf").facts.component_materials
    assert materials is not None and materials.startswith("nylon 85%, steel 15%")
    assert output["decision"]["outcome"] == "accept", output["findings"]


RE_APART: list[Cell] = [(55, 60, "May 14, 2025"), (55, 80, "National Commodity Specialist "
                                                             "Division"),
                        (55, 100, "Re:"), (90, 100, "Binding ruling request - Model A464")]


@pytest.mark.parametrize(("said", "use"), [
    ("The Model A464: Cordless impact drivers, 20 V, intended for sale through retail stores.",
     "sale through retail stores"),
    ("The Model A464 is a cordless impact driver, 20 V, designed for fastening screws.", None),
    ("This Model A464: cordless impact drivers, used mainly for fastening screws.",
     "for fastening screws"),
])
def test_the_goods_the_re_line_names_are_described_after_a_colon_or_a_verb(
        tmp_path: Path, said: str, use: str | None) -> None:
    cells = [*RE_APART,
             (55, 130, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, requests a binding"),
             (55, 142, "ruling on the classification of the merchandise below. " + said[:40]),
             (55, 154, said[40:]),
             (55, 166, "Its component materials are steel 55%, plastics 45% by weight."),
             (55, 178, "The goods will be entered at Newark, NJ (4601)."),
             (55, 190, "We believe subheading 8467.29.0090, HTSUS, applies under GRI 1."), *CLOSE]
    path = draw(tmp_path / "re.pdf", cells)
    facts = extract_ruling(path).facts
    assert facts.product_description is not None and "Model A464" in facts.product_description
    if use is not None:
        assert facts.principal_use == use
    output = extract(path)
    assert output["decision"]["missing"] == [], output["findings"]


def _valuation(relation: str) -> list[Cell]:
    return [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road, Newark, NJ 07114"),
            (55, 92, "March 3, 2025"), (55, 112, "Director, Regulations and Rulings"),
            (55, 132, "Re: Request for a binding valuation ruling - pump housings"),
            (55, 152, "We ask whether the price paid by the importer is an acceptable "
                      "transaction value under 19 U.S.C. 1401a(b)."),
            (55, 166, "The goods are cast iron pump housings; they will be entered at Newark, "
                      "NJ (4601)."),
            (55, 180, f"Terms of sale: FCA Monterrey. Relationship: {relation}"),
            (55, 194, "The price is settled as with unrelated buyers."), *CLOSE]


@pytest.mark.parametrize(("relation", "related"), [
    ("the seller and the importer share a parent company.", True),
    ("the seller and Harbor Goods LLC have the same owner.", True),
    ("the seller and the buyer are under common control.", True),
    ("the seller and the importer are sister companies.", True),
    ("the seller and the importer do not share an owner.", False),
])
def test_control_in_common_states_the_relationship(
        tmp_path: Path, relation: str, related: bool) -> None:
    path = draw(tmp_path / "value.pdf", _valuation(relation))
    assert extract_ruling(path).facts.parties_related is related
    assert extract(path)["decision"]["outcome"] == "accept"


@pytest.mark.parametrize("entered", [
    "The first shipment has already arrived and was entered under entry ABC-0416510, which is "
    "unliquidated.",
    "Our initial order has been entered and has not yet been liquidated."])
def test_an_unliquidated_entry_states_the_pending_matter(tmp_path: Path, entered: str) -> None:
    cells = [*HEAD, (55, 200, f"Description: {FACTS[0]} Principal use: {FACTS[1]}."),
             (55, 212, f"Component materials: {FACTS[2]}."),
             (55, 230, "We believe subheading 9617.00.1000, HTSUS, applies under GRI 1."),
             (55, 250, entered), *CLOSE[1:]]
    output = extract(draw(tmp_path / "entered.pdf", cells))
    assert output["values"]["pending_statement"] is True
    assert output["values"]["pending_before_cbp"] is True
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "no_ruling", output["findings"]


def _email(sent: str, signature_firm: bool = True) -> list[Cell]:
    """A text printer's e-mail: keys and values apart by a wide gap, a bulleted item captioned
    by its code, no statement whether the issue is pending."""
    keys = ["From:", "Sent:", "To:"]
    values = ["Ann Lee (Harbor Goods LLC)", sent, "NCSD ruling requests mailbox"]
    cells: list[Cell] = [(36, 40 + 11 * i, key) for i, key in enumerate(keys)]
    cells += [(95, 40 + 11 * i, value) for i, value in enumerate(values)]
    cells += [(36, 73, "Subject: Binding ruling request - Model A794"),
              (36, 100, "Good morning,"),
              (36, 115, "We request a binding ruling on the tariff classification of the goods."),
              (50, 130, "* Model A794: LED high-bay light fixtures, 150 W"),
              (68, 141, "principal use: lighting warehouses"),
              (68, 152, "materials: aluminum housing 70%, LED modules 30% by weight"),
              (36, 170, "The goods will arrive and be entered at the Port of Seattle."),
              (36, 185, "We believe subheading 9405.42.8440, HTSUS, applies under GRI 1."),
              (36, 210, "Regards,"), (36, 225, "/s/ Ann Lee"), (36, 236, "Ann Lee"),
              (36, 247, "Compliance Manager")]
    if signature_firm:
        cells += [(36, 258, "Harbor Goods LLC"), (36, 269, "12 Pier Road"),
                  (36, 280, "Newark, NJ 07114")]
    return cells


@pytest.mark.parametrize(("sent", "day"), [
    ("Sunday, August 17, 2025 9:43 AM", "2025-08-17"), ("8/17/2025 9:43 AM", "2025-08-17"),
    ("Mon, 18 Aug 2025 10:02", "2025-08-18")])
def test_an_emails_sent_date_printed_beside_its_key_dates_the_request(
        tmp_path: Path, sent: str, day: str) -> None:
    output = extract(draw(tmp_path / "mail.pdf", _email(sent), font="Courier"))
    assert output["values"]["request_date"] == day
    assert output["values"]["product_description"] == "LED high-bay light fixtures, 150 W"


def test_an_emails_frame_is_known_and_a_firm_under_the_signer_is_not_concluded_missing(
        tmp_path: Path) -> None:
    """The Subject: line opens the message and Regards closes it: the missing pending statement
    is concluded; a requester the reader did not take from the firm under the signer is not."""
    output = extract(draw(tmp_path / "mail.pdf", _email("8/17/2025"), font="Courier"))
    findings = output["findings"]
    if output["values"]["requester_name"] is None:
        assert output["decision"]["outcome"] == "needs_human", findings
        assert "177.2(b)(1)" not in output["decision"]["missing"]
    assert any(f["rule"] == "R-COMPLETE" and "177.2(b)(5)" in f["citation"] for f in findings)


@pytest.mark.parametrize("dated", ["Date: July 21, 2025", "Date:  2025-07-21", "Dated: 7/21/25"])
def test_a_labelled_date_under_a_letterhead_opens_a_known_letter(
        tmp_path: Path, dated: str) -> None:
    """A question-and-answer request with no salutation, its goods in a table: its labelled date
    line and its closing frame it, so a port of entry it never names is concluded missing."""
    head = ("Item", "Description", "Principal use", "Materials", "Price")
    cells: list[Cell] = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road / Newark, NJ 07114"),
             (55, 92, dated), (55, 104, "To: U.S. Customs and Border Protection, NCSD"),
             (55, 124, "BINDING RULING REQUEST - QUESTIONS AND ANSWERS"),
             (55, 144, "Q1. Who will import the goods?"),
             (65, 156, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114."),
             (55, 176, "Q2. What is asked?"),
             (65, 188, "We request a binding ruling on the tariff classification of the goods."),
             (55, 208, "Q3. What is the legal basis?"),
             (65, 220, "We believe subheading 9617.00.1000, HTSUS, applies under GRI 1."),
             (55, 240, "Q4. Is the matter before CBP or a court?"),
             (65, 252, "No related matter is pending with CBP or before any court."),
             (55, 272, "Product specifications"),
             *[(x, 286, text) for x, text in zip(COLUMNS, head, strict=True)],
             *[(x, 300, text) for x, text in zip(
                 COLUMNS, ("Model A727", "Vacuum bottles, 24 oz.", "retail sale",
                           "steel 92%, lid 8%", "US$49.71"), strict=True)],
             (55, 330, "Respectfully submitted,"), (55, 350, "Ann Lee"), (55, 362, "President")]
    output = extract(draw(tmp_path / "qa.pdf", cells))
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(1)"]


@pytest.mark.parametrize("caption", ["Detailed description of the goods:",
                                     "Technical description -", "Our description........:"])
def test_a_description_captioned_in_words_the_reader_does_not_take_goes_to_a_person(
        tmp_path: Path, caption: str) -> None:
    """The letter captions its description where the reader read none: the description is not
    concluded missing (no deficiency letter); a person reads it."""
    cells = [*HEAD, (55, 200, f"{caption} stainless steel vacuum bottles, 24 oz."),
             (55, 212, f"Principal use: {FACTS[1]}."), (55, 224, f"Materials: {FACTS[2]}."),
             (55, 240, "We believe subheading 9617.00.1000, HTSUS, applies under GRI 1."), *CLOSE]
    output = extract(draw(tmp_path / "caption.pdf", cells))
    if output["values"]["product_description"] is None:
        assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert output["decision"]["missing"] == [], output["findings"]


@pytest.mark.parametrize("gap", [10, 16])
def test_a_wrapped_line_opening_with_a_model_names_no_further_item(
        tmp_path: Path, gap: int) -> None:
    """A description cell wrapped before "model HB-150" still describes the one row's item,
    whether the wrapped line joins the cell's paragraph or stands apart."""
    head = ("Item", "Description", "Principal use", "Materials", "Price")
    cells: list[Cell] = [(x, 200, text) for x, text in zip(COLUMNS, head, strict=True)]
    cells += [(x, 214, text) for x, text in zip(
        COLUMNS, ("Model A430", "LED high-bay fixtures, 150 W,", "lighting warehouses",
                  "aluminum 70%, glass 30%", "US$38.57"), strict=True)]
    cells += [(COLUMNS[1], 214 + gap, "model HB-150"),
              (55, 250, "We believe subheading 9405.42.8440, HTSUS, applies under GRI 1.")]
    output = extract(draw(tmp_path / "one.pdf", [*HEAD, *cells, *CLOSE]))
    assert output["values"]["item_count"] == 1
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("head", [("Model", "What it is", "Used for", "Made of", "Pricing"),
                                  ("Ref.", "Product", "Application", "Content", "Price"),
                                  ("SKU", "What they are", "Purpose", "Construction", "Cost")])
def test_a_goods_table_headed_in_plain_words_is_read(
        tmp_path: Path, head: tuple[str, ...]) -> None:
    cells: list[Cell] = [(x, 200, text) for x, text in zip(COLUMNS, head, strict=True)]
    cells += [(x, 214, text) for x, text in zip(
        COLUMNS, ("Model A517", "Glazed stoneware dinner plates", "serving food",
                  "stoneware 96%, glaze 4%", "US$36.55"), strict=True)]
    cells.append((55, 240, "We believe subheading 6912.00.4810, HTSUS, applies under GRI 1."))
    output = extract(draw(tmp_path / "plain.pdf", [*HEAD, *cells, *CLOSE]))
    assert output["values"]["product_description"] == "Glazed stoneware dinner plates"
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("named", ["Model A981, Model B335", "Model A981 and Model B335",
                                   "Style 1420, Style 1421"])
def test_goods_the_re_line_names_by_several_codes_are_counted_and_described(
        tmp_path: Path, named: str) -> None:
    first, second = re.split(r",\s*|\s+and\s+", named)
    cells = [*RE_APART[:2], (55, 100, f"Re: Binding ruling request - {named}"),
             (55, 130, "Harbor Goods LLC, 12 Pier Road, Newark, NJ 07114, requests a binding"),
             (55, 142, f"ruling on the classification of the goods below. The {first}: LED"),
             (55, 154, "fixtures, 150 W, black finish, intended for lighting warehouses. The"),
             (55, 166, f"{second}: LED fixtures, 150 W, grey finish. Its component materials"),
             (55, 178, "are aluminum 70%, glass 30% by weight. The goods will be entered at"),
             (55, 190, "Newark, NJ (4601). Subheading 9405.42.8440, HTSUS, applies under GRI 1."),
             *CLOSE]
    output = extract(draw(tmp_path / "codes.pdf", cells))
    assert output["values"]["item_count"] == 2
    assert "LED fixtures" in output["values"]["product_description"]
    assert output["decision"]["missing"] == [], output["findings"]
