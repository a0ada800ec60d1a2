"""Senders' ways the fifty-first and fifty-second hands showed (issue 13, round 35), each in
several forms a real sender would use: ports given by their codes after "port(s)", a requester
named with its number and its role, a ruled two-column summary (address lines a row apart, a
"Facts" row, "Signed for the importer:"), a portal's "Submitted on" date, all-figure dates read
in the letter's own order, a summary's "Question" row and a subsidiary's letter with its
"Product specifications" and "Questions". Small letters printed here and read."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bots.common.reading.ports import ports_in_prose
from bots.ruling_triage.contract import extract_json
from tests.ruling_read.test_fortyfourth_hand_cues import typed
from tests.ruling_read.test_twentyfirst_hand_cues import Cell, draw


def _read(tmp_path: Path, cells: list[Cell], received: date = date(2025, 9, 10)) -> dict[str, Any]:
    return extract_json(draw(tmp_path / "request.pdf", cells), received=received,
                        today=received)


# -- ports named by their codes after "port(s)" ---------------------------------------------------

@pytest.mark.parametrize(("sentence", "ports"), [
    ("The goods will be imported from its parent through the port(s) 5301, 1601.",
     ["5301", "1601"]),
    ("Entry is expected at port(s) 4103.", ["4103"]),
    ("We will import the goods through ports 2704 and 4103.", ["2704", "4103"]),
    ("Our shipments will be entered at port(s) 3002 or 1001.", ["3002", "1001"]),
    ("The lamps are imported from Vietnam through ports 2704, 2809 and 5301.",
     ["2704", "2809", "5301"]),
])
def test_codes_listed_after_ports_are_the_ports(sentence: str, ports: list[str]) -> None:
    # Before: "port(s) 5301" was no port item (only "port 5301" was), and a verb's "from ..."
    # before "through" hid the list: 177.2(b)(1) was left to a person.
    assert [port for hit in ports_in_prose(sentence, hedged=True, planned=True)
            for port in hit.ports] == ports


def test_a_list_of_codes_wrapped_over_two_lines_is_read_whole(tmp_path: Path) -> None:
    lines = ["Kestrel Bay Trading Ltd.", "418 Harborview Parkway", "Tacoma, WA 98402", "",
             "August 5, 2025", "", "National Commodity Specialist Division", "",
             "Re: Request for a binding ruling; importer no. 35-5640561", "",
             "Kestrel Bay Trading Ltd. asks for a prospective ruling on the tariff classification",
             "of the article. The goods will be imported from its parent through the port(s) 4103,",
             "2809. Product description: porcelain dinner plates, 27 cm.",
             "Principal use: household use. Component materials: porcelain 100%.",
             "We ask that the plates be classified in subheading 6911.10.1050, under GRI 1.",
             "The issue is not pending before any CBP office or any court.",
             "No sample is sent. No confidential treatment is requested.", "",
             "/s/ Dmitri Okafor", "Compliance Manager, Kestrel Bay Trading Ltd."]
    output = _read(tmp_path, typed(lines))
    assert output["values"]["ports"] == ["4103", "2809"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


# -- a requester named with its number and its role -----------------------------------------------

def _counsel_request(requester_line: str, wrapped: str) -> list[str]:
    return ["Ormond & Pike Housewares Inc. - Office of the General Counsel",
            "92 Larkin Street, Paterson, NJ 07501", "Date: 2025-04-26", "",
            "REQUEST FOR BINDING RULING (19 CFR Part 177)", "",
            "1. Requester", requester_line, wrapped, "",
            "2. Transaction",
            "The company plans to import the article described below and asks for a ruling on",
            "its tariff classification. Entry is expected at Newark (4601).", "",
            "3. Description of the merchandise",
            "Product description: Cordless rotary tools, 12 volt, model AR-12.",
            "Principal use: household use in the United States.",
            "Component materials: plastics 45%, steel 35%, copper 20%.", "",
            "4. Ruling requested",
            "We ask that the article be classified in subheading 8467.29.0090. Basis: GRI 1.", "",
            "5. Pending matters",
            "The question is not before any CBP office or any court.", "",
            "Respectfully submitted,", "", "Amara Whitcombe",
            "Senior Counsel, Ormond & Pike Housewares Inc."]


@pytest.mark.parametrize(("requester_line", "wrapped"), [
    ("Ormond & Pike Housewares Inc., importer of record number 57-5869082, the prospective "
     "importer", "of the goods."),
    ("Ormond & Pike Housewares Inc., IOR 57-5869082, which will import the goods", "itself."),
    ("Ormond & Pike Housewares Inc., importer number 57-5869082, as importer of record.", ""),
])
def test_a_requesters_number_and_role_after_its_name_are_no_part_of_it(
        tmp_path: Path, requester_line: str, wrapped: str) -> None:
    # Before: the name ran on to the end of its line ("..., the prospective importer"), so the
    # letterhead naming the same firm was taken for another party: its address went unread.
    output = _read(tmp_path, typed(_counsel_request(requester_line, wrapped)),
                   received=date(2025, 5, 1))
    assert output["values"]["requester_name"] == "Ormond & Pike Housewares Inc."
    assert output["values"]["requester_address"] == "92 Larkin Street, Paterson, NJ 07501"
    assert output["values"]["importer_number"] == "57-5869082"


# -- a ruled two-column summary -------------------------------------------------------------------

_ROW = 27.0  # points between the summary's ruled rows


def _summary(facts_caption: str, signed: str, *, kind: str = "classification",
             facts: tuple[str, ...] = ()) -> list[Cell]:
    rows: list[tuple[str, str]] = [
        ("Requester", "Quillon Marine Parts Corp."), ("", "77 Foundry Lane, Suite 300"),
        ("", "Seattle, WA 98134"), ("IOR", "15-9487874"),
        ("Subject", f"a binding {kind} ruling"), ("Port", "Port of Savannah"),
        (facts_caption, "Product: LED panel luminaires for office ceilings.")]
    cells: list[Cell] = [(72, 50, "BINDING RULING REQUEST - SUMMARY"),
                         (72, 72, "Date: 25-Mar-2025")]
    top = 106.0
    for caption, value in rows:
        if caption:
            cells.append((76, top, caption))
        cells.append((230, top, value))
        top += _ROW
    for line in facts or ("Principal use: sold to retail customers in the",
                          "United States. Component materials: steel 70%,",
                          "aluminium 30%."):
        cells.append((230, top - _ROW + 12, line))
        top += 12
    for caption, value in (("HTS proposed", "9405.11.4010"),
                           ("Basis", "The goods are classified in subheading 9405.11.4010, by"),
                           ("", "General Rule of Interpretation 1."),
                           ("Sample", "No sample is provided."),
                           ("Confidential", "No confidential treatment is requested."),
                           ("Statement 177.2(b)(5)", "The issue is not pending before any CBP"),
                           ("", "office or any court.")):
        top += _ROW if caption else 12 - _ROW
        if caption:
            cells.append((76, top, caption))
        cells.append((230, top, value))
    cells.append((72, top + 40, signed))
    return cells


@pytest.mark.parametrize("facts_caption", ["Facts", "Particulars", "Details",
                                           "Statement of facts"])
def test_a_facts_row_opening_with_the_goods_caption_describes_the_goods(
        tmp_path: Path, facts_caption: str) -> None:
    # Before: "Facts: Product: ..." was no description's caption: 177.2(b)(2) concluded missing.
    output = _read(tmp_path, _summary(facts_caption, "Signed for the importer: Desmond "
                                                     "Achterberg, Director of Logistics"),
                   received=date(2025, 3, 28))
    values = output["values"]
    assert values["product_description"] == "LED panel luminaires for office ceilings"
    assert output["decision"]["missing"] == [], output["findings"]


def test_address_lines_a_row_apart_in_the_value_column_are_the_requesters(tmp_path: Path) -> None:
    # Before: the lines under the name, set a ruled row apart, were too far to be its address.
    output = _read(tmp_path, _summary("Facts", "Signed for the importer: Desmond Achterberg, "
                                               "Director of Logistics"),
                   received=date(2025, 3, 28))
    assert output["values"]["requester_name"] == "Quillon Marine Parts Corp."
    assert output["values"]["requester_address"] == "77 Foundry Lane, Suite 300, Seattle, WA 98134"


@pytest.mark.parametrize("signed", [
    "Signed for the importer: Desmond Achterberg, Director of Logistics",
    "Signed on behalf of the requester: Desmond Achterberg, Trade Compliance Manager",
    "Submitted for Quillon Marine Parts Corp.: Desmond Achterberg, Director",
    "Certified for the company: Desmond Achterberg, Vice President"])
def test_a_line_signed_for_a_party_by_a_named_person_with_a_title_is_signed(
        tmp_path: Path, signed: str) -> None:
    # Before: "Signed for the importer:" was no signature line: 177.2(c) left to a person.
    output = _read(tmp_path, _summary("Facts", signed), received=date(2025, 3, 28))
    assert output["values"]["signed"] is True
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_summary_row_of_the_question_names_the_kind_and_is_read(tmp_path: Path) -> None:
    # Before: a "Question" row was no caption the reader knew: the text beside it was unplaced,
    # so a result asked without its basis (177.2(b)(6)) was left to a person.
    rows = [("Requester", "Marigold Textile Imports Co."), ("Address", "77 Canal Row"),
            ("", "Charleston, SC 29401"), ("Importer number", "48-5355788"),
            ("Question", "the tariff classification of the article under the HTSUS"),
            ("Port(s) of entry", "5301, 2704"),
            ("Product description", "Bicycle disc brake rotors, 160 mm"),
            ("Principal use", "household and retail consumer use in the United States"),
            ("Component materials", "steel 95%, aluminum 5%"),
            ("Proposed HTS", "8714.94.9050"), ("Sample", "sent")]
    cells: list[Cell] = [(60, 50, "RULING REQUEST SUMMARY"),
                         (60, 66, "Submitted 3 July 2025 by the Trade Compliance Department")]
    for index, (caption, value) in enumerate(rows):
        if caption:
            cells.append((60, 90 + 15 * index, caption))
        cells.append((203, 90 + 15 * index, value))
    cells += [(60, 280, "We ask that the article be classified in subheading 8714.94.9050."),
              (60, 300, "To the best of our knowledge the issue is not pending before any CBP "
                        "office or any court."),
              (60, 315, "No confidential treatment is requested."),
              (60, 350, "______________________"), (60, 362, "Tobias Lindqvist"),
              (60, 374, "Trade Compliance Director, Marigold Textile Imports Co.")]
    output = _read(tmp_path, cells, received=date(2025, 7, 7))
    assert output["values"]["ruling_type"] == "classification"
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(6)"]


@pytest.mark.parametrize("question", [
    "Is this marking conspicuous and permanent enough under 19 CFR Part 134?",
    "Is the moulded mark on the base legible and permanent enough as it stands?"])
def test_a_question_row_that_names_no_kind_leaves_the_rows_beside_it_open(
        tmp_path: Path, question: str) -> None:
    # (A summary's "Question" row is read only where it names the kind; a question the reader
    # does not read, beside another row it cannot map, may state the facts: not concluded.)
    rows = [("Requesting party", "Quillon Outdoor Gear, Inc."),
            ("Address", "418 Harbison Avenue, Suite 200, Portland, OR 97214"),
            ("Importer number", "94-4807319"), ("Date of request", "May 1, 2025"),
            ("Ruling sought", "country of origin marking"),
            ("Product", "Ceramic tableware dinner sets of porcelain, 16-piece, in gift boxes"),
            ("Marking", "Each unit will carry a moulded mark on its base and the retail box"),
            ("", "will be printed with the country of origin."),
            ("Question", question),
            ("Pending matters", "To our knowledge the issue is not pending before any CBP"),
            ("", "office or any court."),
            ("Sample", "A sample is available on request."),
            ("Authorized signature", "/s/ Kenji Arakawa"),
            ("Name / title", "Kenji Arakawa, Director of Operations")]
    cells: list[Cell] = [(70, 60, "BINDING RULING REQUEST - SUMMARY SHEET")]
    for index, (caption, value) in enumerate(rows):
        if caption:
            cells.append((69, 84 + 14 * index, caption))
        cells.append((214, 84 + 14 * index, value))
    output = _read(tmp_path, cells, received=date(2025, 5, 5))
    assert output["values"]["ruling_type"] == "marking"
    assert "177.2(b)(2)" not in output["decision"]["missing"], output["findings"]


# -- the request's date ---------------------------------------------------------------------------

def _portal(dated: str, hts_basis: str = "subheading 6267.49.4902 and 7618.24.6619") -> list[Cell]:
    rows = [("Company name", "Blue Ridge Cookware Inc."),
            ("Address", "36 Commerce Park Way, Savannah, GA 31401"),
            ("Importer number", "83-9956986"), (dated.split("|")[0], dated.split("|")[1]),
            ("Ruling sought", "a binding classification ruling"),
            ("Port(s) of entry", "Port of Newark"),
            ("Description", "Product: cotton knit pullovers. Principal use: retail sale."),
            ("", "Component materials: cotton 60%, polyester 40%."),
            ("Proposed HTS", "6267.49.4902, 7618.24.6619"),
            ("Basis", "The requester believes the goods are classified in"),
            ("", f"{hts_basis}, by GRI 1."),
            ("Pending matters", "The issue is not pending before any CBP office or court."),
            ("Electronic signature", "/s/ Ruth Lindqvist")]
    cells: list[Cell] = [(72, 41, "eRulings - Submission Printout"), (380, 44, "Reference: ER1001")]
    for index, (caption, value) in enumerate(rows):
        if caption:
            cells.append((76, 87 + 22 * index, caption))
        cells.append((210, 87 + 22 * index, value))
    return cells


@pytest.mark.parametrize(("caption", "value"), [("Submitted on", "2025-09-20"),
                                                ("Submitted on", "September 20, 2025"),
                                                ("Filed on", "09/20/2025"),
                                                ("Date submitted on", "20 September 2025")])
def test_a_printouts_submitted_on_row_dates_the_request(
        tmp_path: Path, caption: str, value: str) -> None:
    # Before: "Submitted on:" was read as "Submitted" with the value "on: ...": no date.
    output = _read(tmp_path, _portal(f"{caption}|{value}"), received=date(2025, 9, 25))
    assert output["values"]["request_date"] == "2025-09-20"


@pytest.mark.parametrize("basis", ["subheading 6267.49.4902 and 7618.24.6619",
                                   "subheadings 6267.49.4902, 7618.24.6619",
                                   "6267.49.4902 or, for the lined ones, 7618.24.6619"])
def test_a_basis_restating_the_proposed_numbers_adds_no_article(tmp_path: Path,
                                                                basis: str) -> None:
    # Before: the second number, restated after the first in one list, was counted again.
    output = _read(tmp_path, _portal("Submitted on|2025-09-20", basis),
                   received=date(2025, 9, 25))
    assert output["values"]["proposed_hts"] == ["6267.49.4902", "7618.24.6619"]


def _dated_letter(dated: str, *, more: str = "") -> list[str]:
    return ["Marigold Textile Imports Co.", "A subsidiary of Hallberg Werke GmbH", "77 Canal Row",
            "Charleston, SC 29401", "", dated, "", "National Commodity Specialist Division",
            "U.S. Customs and Border Protection", "",
            "Re: Request for a binding ruling; importer no. 63-5910806", "",
            "Marigold Textile Imports Co. asks for a prospective ruling on the tariff",
            "classification of the article under the HTSUS. The goods will be imported from its",
            "parent through the port(s) 1001, 5301.", "",
            "Product specifications:",
            "Product description: Stainless steel vacuum bottles, 750 ml",
            "Principal use: household and retail consumer use in the United States", "",
            "Questions",
            "Q1. What is the tariff classification of the article under the HTSUS?",
            "Q2. May the ruling cover later shipments of the same article?", "",
            "We ask that the article be classified in subheading 9617.00.1000. Basis: the",
            "article is named by the heading at GRI 1.",
            "No transaction or issue of this kind is or was under review by CBP or before any "
            "court.", *([more] if more else []),
            "No sample is sent. No confidential treatment is requested.", "",
            "/s/ Dmitri Okafor", "Compliance Manager, Marigold Textile Imports Co."]


@pytest.mark.parametrize(("dated", "day"), [("27.10.2025", "2025-10-27"),
                                            ("27/10/2025", "2025-10-27"),
                                            ("13.10.2025", "2025-10-13")])
def test_a_date_line_in_figures_that_read_day_first_only_dates_the_letter(
        tmp_path: Path, dated: str, day: str) -> None:
    # Before: "27.10.2025" was no date (no month 27): the letter's head went unrecognised, so
    # the component materials its specification block leaves out were left to a person.
    output = _read(tmp_path, typed(_dated_letter(dated)), received=date(2025, 11, 2))
    assert output["values"]["request_date"] == day
    assert output["decision"]["outcome"] == "deficient", output["findings"]
    assert output["decision"]["missing"] == ["177.2(b)(2)"]


@pytest.mark.parametrize("line", ["Submitted 16.09.2025 by the Trade Compliance Department",
                                  "Submitted on 16.09.2025 by Ann Lee",
                                  "Date submitted: 16/09/2025 (portal)"])
def test_a_submitted_line_in_day_first_figures_dates_the_request(tmp_path: Path,
                                                                  line: str) -> None:
    lines = _dated_letter("", more="")
    lines[5] = line
    output = _read(tmp_path, typed(lines), received=date(2025, 9, 22))
    assert output["values"]["request_date"] == "2025-09-16"


@pytest.mark.parametrize("dated", ["02.09.2025", "04.06.2025", "Date: 05.03.2025"])
def test_a_dotted_date_either_way_round_is_left_to_a_person_not_guessed(
        tmp_path: Path, dated: str) -> None:
    # Before: read month first ("02.09.2025" as February 9) where the letter may mean 2 September.
    output = _read(tmp_path, typed(_dated_letter(dated)), received=date(2025, 9, 10))
    assert output["values"]["request_date"] is None
    assert any(f["rule"] == "R-DATE" for f in output["findings"])
    # no outcome rests on the request's own date
    assert output["decision"]["outcome"] == "deficient", output["findings"]


@pytest.mark.parametrize(("dated", "received", "day"), [
    ("11.04.2025", date(2025, 4, 14), "2025-04-11"),   # 4 November: after its receipt
    ("04.11.2025", date(2025, 4, 14), "2025-04-11"),   # read either way, one is before receipt
    ("12.05.2025", date(2025, 5, 20), "2025-05-12")])
def test_a_date_either_way_round_is_the_reading_before_its_receipt(
        tmp_path: Path, dated: str, received: date, day: str) -> None:
    output = _read(tmp_path, typed(_dated_letter(dated)), received=received)
    assert output["values"]["request_date"] == day
    assert not any(f["rule"] == "R-DATE" for f in output["findings"])


@pytest.mark.parametrize(("more", "day"), [
    ("Photographs taken on 23.08.2025 are attached.", "2025-09-02"),
    ("Our earlier letter of 08.23.2025 is withdrawn.", "2025-02-09")])
def test_a_date_either_way_round_is_read_in_the_order_another_date_shows(
        tmp_path: Path, more: str, day: str) -> None:
    output = _read(tmp_path, typed(_dated_letter("02.09.2025", more=more)),
                   received=date(2025, 9, 10))
    assert output["values"]["request_date"] == day


# -- the kind asked in a sentence with abbreviations ----------------------------------------------

@pytest.mark.parametrize("question", [
    "whether the price paid by the U.S. subsidiary to its related seller is an acceptable",
    "whether the price the U.S. importer pays its parent in the U.S. dollar is an acceptable"])
def test_a_valuation_asked_past_an_abbreviations_stop_is_valuation(tmp_path: Path,
                                                                  question: str) -> None:
    # Before: the clause asking for the ruling ended at "U.S.", before "transaction value".
    lines = _dated_letter("April 11, 2025")
    lines[12:15] = ["Marigold Textile Imports Co. asks for a prospective ruling on", question,
                    "transaction value under 19 U.S.C. 1401a(b). The goods will be imported",
                    "through the port(s) 2704. Terms of sale: FOB port of export.",
                    "Relationship: the seller owns all shares of the importer."]
    output = _read(tmp_path, typed(lines), received=date(2025, 4, 14))
    assert output["values"]["ruling_type"] == "valuation"
