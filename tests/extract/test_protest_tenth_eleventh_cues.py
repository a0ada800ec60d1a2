"""Protest cues of senders in general (issue 13, round 9): an earlier protest's boxes under their
own section, a name cut from counsel's sentence, a name broken over two lines, box-numbered
labels, entries dated in footnotes or with the dates left of the number, dates broken at a
slash, box pairs that answer (a)(9) and further review, and signature rows of forms."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.common.reading.dates import find_dates, find_dates_across_lines
from bots.common.reading.signature import signer_in
from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_elements import read_elements
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_party_tidy import clean_name, tidy_party
from bots.protest_intake.model import ProtestFacts
from tests.extract.test_protest_letter_cues import party, stream_of
from tests.penalty_read.drawn import Line, draw_referral
from tradebots.facts import Extracted


def _read(path: Path, lines: list[Line]) -> ProtestFacts:
    """The facts read from LINES drawn on a letter page, 10 pt."""
    return extract_protest(draw_referral(path, lines, font_size=10)).facts


def _form(path: Path, earlier_heading: str) -> Path:
    return draw_referral(path, [
        "PROTEST (19 U.S.C. 1514; 19 CFR Part 174)",
        "Prepared with BrokerDesk - form layout after CBP Form 19",
        [(72.0, "1. Protest No. (CBP use)"), (250.0, "2. Date received (CBP use)"),
         (430.0, "3. Port code")],
        [(430.0, "5301")],
        [(72.0, "4. Importer No. (IOR)"), (250.0, "6. Protesting party")],
        [(72.0, "58-0296809"), (250.0, "Thornbury Pet Products LLC")],
        "6a. Street and city",
        "17 Kennel Road, Columbus, OH 43215",
        [(72.0, "Entry No."), (200.0, "Date of entry"), (330.0, "Date of liquidation")],
        [(72.0, "ABC-1449288-0"), (200.0, "20 July 2024"), (330.0, "12 April 2025")],
        "SECTION II - OBJECTION",
        "Basis of claim: The transaction value is the price actually paid by an unrelated buyer.",
        earlier_heading,
        [(72.0, "Protest number"), (250.0, "Date received")],
        [(72.0, "5301-24-703785"), (250.0, "7 October 2024")],
        "SECTION IV - FURTHER REVIEW",
        [(72.0, "Signature"), (250.0, "Name"), (430.0, "Title")],
        [(72.0, "/s/ Yolanda M. Ibarra"), (250.0, "Yolanda M. Ibarra"), (430.0, "Manager")],
    ], font_size=9)


@pytest.mark.parametrize("heading", ["SECTION III - SAME DISPOSITION AS EARLIER PROTEST",
                                     "III. PRIOR PROTEST (174.13(a)(7))",
                                     "SECTION III - RELATED PROTEST"])
def test_an_earlier_protests_boxes_are_not_this_protests(tmp_path: Path, heading: str) -> None:
    # Read as this protest's, they dated its receipt a year early: a confident "premature".
    read = extract_protest(_form(tmp_path / "form.pdf", heading))
    assert read.facts.protest_number is None
    assert read.facts.received_date is None
    assert read.facts.earlier_protest_number == "5301-24-703785"
    assert read.facts.earlier_protest_received == date(2024, 10, 7)
    # The form's own boxes: "6a. Street and city", the signature row's Name cell, a run-in
    # objection box.
    assert read.facts.protestant_address == "17 Kennel Road, Columbus, OH 43215"
    assert read.facts.signer_name == "Yolanda M. Ibarra"
    assert read.facts.objection_text is not None


@pytest.mark.parametrize(("cue", "name"), [
    ('Our client, Hollis-Varga Industrial Fasteners Co. ("Protestant"), whose place of',
     "Hollis-Varga Industrial Fasteners Co."),
    ("my principal, Kestrel Ridge Outfitters, Inc., a Delaware corporation",
     "Kestrel Ridge Outfitters, Inc."),
    ("Sunbelt Ceramic Tile Co., located at 2301 W. Buckeye Rd.", "Sunbelt Ceramic Tile Co."),
    ("Desert Bloom Cosmetics, LLC (hereinafter “the Company”)", "Desert Bloom Cosmetics, LLC"),
    ("Three Rivers Lighting Group, Inc., with its principal offices at 600 Grant Street",
     "Three Rivers Lighting Group, Inc."),
])
def test_a_name_cut_from_counsels_sentence_is_the_name(cue: str, name: str) -> None:
    assert clean_name(cue) == name


@pytest.mark.parametrize("clause", [
    "whose place of business is", "with offices at", "whose principal place of business is",
    "having its headquarters at",
])
def test_the_partys_address_is_read_from_its_clause(clause: str) -> None:
    letter = (f'1. Protestant. Our client, Hollis-Varga Industrial Fasteners Co. ("Protestant"),\n'
              f"{clause} 22 Foundry Lane, Worcester, MA 01608, is the importer of\n"
              "record of the entries below.\n")
    stream = stream_of(letter)
    fields = Fields()
    tidy_party(stream, fields)
    assert fields.value("protestant_address") == "22 Foundry Lane, Worcester, MA 01608"


@pytest.mark.parametrize(("name", "address", "whole", "street"), [
    ("Okafor Brothers", "Trading Corp., 190 Meadowlands Parkway, Suite 4, Secaucus, NJ 07094",
     "Okafor Brothers Trading Corp.", "190 Meadowlands Parkway, Suite 4, Secaucus, NJ 07094"),
    ("Desert Bloom", "Cosmetics, LLC, 3325 E. Tropicana Ave., Las Vegas, NV 89121",
     "Desert Bloom Cosmetics, LLC", "3325 E. Tropicana Ave., Las Vegas, NV 89121"),
    ("Harbor", "Lighting Company, P.O. Box 12, Erie, PA 16501", "Harbor Lighting Company",
     "P.O. Box 12, Erie, PA 16501"),
])
def test_a_name_broken_over_two_lines_takes_its_tail_back(name: str, address: str, whole: str,
                                                          street: str) -> None:
    fields = Fields()
    fields.items["protestant_name"] = Extracted(name, None, 0.6)
    fields.items["protestant_address"] = Extracted(address, None, 0.75)
    tidy_party(stream_of("nothing"), fields)
    assert (fields.value("protestant_name"), fields.value("protestant_address")) == (whole, street)


def test_a_whole_name_keeps_its_address() -> None:
    fields = Fields()
    fields.items["protestant_name"] = Extracted("Acme Widgets, Inc.", None, 0.6)
    fields.items["protestant_address"] = Extracted("Suite 4, 9 Main St, Erie, PA 16501", None, 0.6)
    tidy_party(stream_of("nothing"), fields)
    assert fields.value("protestant_address") == "Suite 4, 9 Main St, Erie, PA 16501"


@pytest.mark.parametrize("label", ["Box 6 Protesting party:", "Item 6: Protestant:",
                                   "6. Protesting party:"])
def test_a_box_numbered_label_names_the_party_over_its_address_lines(tmp_path: Path,
                                                                     label: str) -> None:
    facts = _read(tmp_path / "broker.pdf", [
        "ATTACHMENT - PROTEST (BROKER FORMAT)",
        "Box 3 Port code: 1703",
        f"{label} Hollis-Varga Industrial Fasteners Co.",
        "22 Foundry Lane",
        "Worcester, MA 01608",
        "Entry No. 2EB-8809443-3 entered 1/11/24, liquidated 10/22/24.",
        "Decision protested: the appraised value of the merchandise.",
        "Signature: /s/ Jonah R. Feldstein",
        "Name: Jonah R. Feldstein",
        "Address: 1200 19th Street NW, Suite 500, Washington, DC 20036",
    ])
    assert facts.protestant_name == "Hollis-Varga Industrial Fasteners Co."
    # The broker's own Address: under the signature is not the protestant's.
    assert facts.protestant_address == "22 Foundry Lane, Worcester, MA 01608"


@pytest.mark.parametrize("verb", ["protest", "hereby protest", "object to", "file this protest on"])
def test_we_comma_name_comma_verb_names_the_party(verb: str) -> None:
    fields = party(f"We, Gulfport Seafood Traders, Inc., {verb} the classification of the goods.")
    assert fields.value("protestant_name") == "Gulfport Seafood Traders, Inc."


@pytest.mark.parametrize(("mark", "note"), [("; 1", "1Entered"), (";1", "1. Entered"),
                                            (".1", "1 Entered"), ("*", "* Entered")])
def test_an_entrys_dates_in_its_footnote_are_read(tmp_path: Path, mark: str, note: str) -> None:
    (entry,) = _read(tmp_path / "brief.pdf", [
        "PROTEST UNDER 19 U.S.C. 1514",
        "1. Protestant. Acme Widgets, Inc. protests the classification of the entry below.",
        "2. The entries. Protestant protests the following entry:",
        f"Entry No. FIG-3928083-7{mark}",
        "3. Argument. The goods are properly classified in a free subheading.",
        "Counsel for Protestant",
        f"{note} 11/22/2022; liquidated 08/10/2023.",
    ]).entries
    assert (entry.entry_date, entry.liquidation_date) == (date(2022, 11, 22), date(2023, 8, 10))


@pytest.mark.parametrize(("header", "row"), [
    ([(72.0, "Liquidated"), (200.0, "Entry"), (330.0, "Entered")],
     [(72.0, "Oct. 12, 2024"), (200.0, "H4D-1105162-0"), (330.0, "Mar. 21, 2024")]),
    ([(72.0, "Line"), (110.0, "Entry date"), (230.0, "Entry number"), (360.0, "Liquidation")],
     [(72.0, "1"), (110.0, "March 21, 2024"), (230.0, "H4D-1105162-0"),
      (360.0, "October 12, 2024")]),
])
def test_a_date_column_left_of_the_entry_number_is_read(tmp_path: Path, header: list[tuple[
        float, str]], row: list[tuple[float, str]]) -> None:
    (entry,) = _read(tmp_path / "table.pdf", [
        "Acme Widgets, Inc. protests the classification of the goods on the entries below.",
        header, row,
    ]).entries
    assert (entry.entry_date, entry.liquidation_date) == (date(2024, 3, 21), date(2024, 10, 12))


def test_a_numbered_rows_day_is_not_read_as_a_two_digit_year() -> None:
    assert [m.value for m in find_dates("1 November 17, 2024 CGE-6423788-3")] == [
        date(2024, 11, 17)]
    assert [m.value for m in find_dates("2 Dec 31, 2024")] == [date(2024, 12, 31)]
    # A mainframe's day-month-year with two digits stays one.
    assert [m.value for m in find_dates("07 MAR 25")] == [date(2025, 3, 7)]


@pytest.mark.parametrize("text", ["entered 12\n/20/23 and", "entered 12/\n20/23 and"])
def test_a_date_broken_at_a_slash_in_justified_text_is_whole(text: str) -> None:
    assert [m.value for m in find_dates_across_lines(text)] == [date(2023, 12, 20)]


@pytest.mark.parametrize(("line", "subject"), [("5. Drawback: [X] No [ ] Yes", False),
                                               ("Drawback: [ ] No [X] Yes", True),
                                               ("Drawback claimed? [X] No [ ] Yes", False)])
def test_a_drawback_box_pair_declares(line: str, subject: bool) -> None:
    fields = Fields()
    read_elements(stream_of(line), fields)
    assert fields.value("drawback_declaration") is subject


@pytest.mark.parametrize(("line", "asked"), [
    ("6. Application for further review: YES, criterion 174.24(b).", True),
    ("Further review: No.", False),
])
def test_a_further_review_label_answered_by_yes_or_no(line: str, asked: bool) -> None:
    fields = Fields()
    read_elements(stream_of(line), fields)
    assert fields.value("further_review_requested") is asked


@pytest.mark.parametrize("text", ["Filed by: Samuel D. Okonkwo\n2",
                                  "Submitted by\nSamuel D. Okonkwo\nCompliance Manager, Acme Co.",
                                  "/s/ Samuel D. Okonkwo Samuel D. Okonkwo Customs Manager"])
def test_the_signer_of_a_filed_by_line_or_a_signature_row(text: str) -> None:
    signer = signer_in(text)
    assert signer is not None and signer.name == "Samuel D. Okonkwo"


@pytest.mark.parametrize(("line", "asked"), [
    ("Further review under 19 U.S.C. 1515(a) is requested.", True),
    ("An application for further review under 19 C.F.R. 174.24 is not requested.", False),
])
def test_a_citation_does_not_end_the_sentence_that_asks(line: str, asked: bool) -> None:
    fields = Fields()
    read_elements(stream_of(f"Drawback: none of the entries is subject to drawback.\n{line}"),
                  fields)
    assert fields.value("further_review_requested") is asked


@pytest.mark.parametrize(("cells", "asked"), [
    ([(72.0, "Application for further review"), (218.0, "X"), (231.0, "Requested"),
      (301.0, "Not requested")], True),
    ([(72.0, "Application for further review"), (236.0, "Requested"), (300.0, "X"),
      (312.0, "Not requested")], False),
])
def test_a_drawn_mark_before_requested_or_not_requested(tmp_path: Path,
                                                        cells: list[tuple[float, str]],
                                                        asked: bool) -> None:
    pdf = draw_referral(tmp_path / "form.pdf", [
        "PROTEST - form layout after CBP Form 19",
        [(72.0, "4. Importer No. (IOR)"), (250.0, "6. Protesting party")],
        [(72.0, "58-0296809"), (250.0, "Acme Widgets, Inc.")],
        "Description of merchandise",
        "Porcelain dinnerware sets",
        cells,
    ], font_size=9)
    assert extract_protest(pdf).facts.further_review_requested is asked


def test_a_filers_own_importer_number_leaves_the_protestants_absence_sure(tmp_path: Path) -> None:
    # "Box 4 Importer No.:" printed blank; the broker's own number, read and set aside, is not a
    # cue the reader failed to understand: (a)(2) is missing, not unsure.
    facts = _read(tmp_path / "broker.pdf", [
        "ATTACHMENT - PROTEST (BROKER FORMAT)",
        "Box 3 Port code: 3002",
        "Box 4 Importer No.:",
        "Box 6 Protesting party: Hollis-Varga Industrial Fasteners Co.",
        "22 Foundry Lane",
        "Worcester, MA 01608",
        "Entry No. BAD-2459989-8 entered 2 November 2023, liquidated 10 July 2024.",
        "Description of merchandise: Men's woven cotton shirts, long sleeve",
        "Decision protested: the classification of the merchandise on liquidation.",
        "Argument: the goods are properly classified in a subheading free of duty.",
        "Signature: /s/ Ruth Ellen Castellano",
        "Broker importer no.: 41-2899603 (power of attorney on file)",
    ])
    assert facts.importer_number is None
    assert 2 not in facts.unsure_items


@pytest.mark.parametrize("numbering", ["(5)", "5.", "(e)", "(v)"])
def test_a_parenthesised_item_number_opens_a_labelled_line(tmp_path: Path, numbering: str) -> None:
    facts = _read(tmp_path / "answers.pdf", [
        "PROTEST - RESPONSES TO 19 CFR 174.13(a)",
        "(1) Name and address of the protestant: Redfern Textile Trading Company, 1800",
        "Loom Parkway, Greensboro, NC 27405",
        "(2) Importer number of the protestant: 97-7514627",
        "Entry F2C-8702411-0 entered 2024-02-16, liquidated 2024-12-15.",
        f"{numbering} Merchandise: Stainless steel insulated beverage bottles, 750 ml",
        "(6) Decision protested: appraised value under 19 U.S.C. 1401a.",
        "/s/ Naomi J. Whitaker",
        "Atlas Clearance Services LLC importer number 30-7420127",
    ])
    assert facts.merchandise_description == "Stainless steel insulated beverage bottles, 750 ml"
    assert facts.protestant_name == "Redfern Textile Trading Company"
    assert facts.protestant_address == "1800 Loom Parkway, Greensboro, NC 27405"
    assert facts.importer_number == "97-7514627"


def test_a_justified_letters_labelled_value_runs_on_at_the_margin(tmp_path: Path) -> None:
    assert _read(tmp_path / "letter.pdf", [
        "We, Marlowe & Finch Home Goods LLC, protest the classification of the goods on",
        "liquidation of our entry DEC-3847360-1, entered 12/20/23 and liquidated 9/6/24.",
        [(72.0, "Merchandise:"), (150.0, "Glazed"), (200.0, "porcelain"), (260.0, "floor"),
         (300.0, "tiles,"), (340.0, "60 x 60 cm,"), (420.0, "water")],
        "absorption under 0.5 percent",
        "Statement of Objections",
    ]).merchandise_description == (
        "Glazed porcelain floor tiles, 60 x 60 cm, water absorption under 0.5 percent")


def test_an_item_numbered_sheet_without_a_justification_lacks_item_6(tmp_path: Path) -> None:
    # A sheet answering 174.13(a) item by item, whose (6) names only the decision: its layout
    # is understood, so the missing justification is a deficiency, not a question for a person.
    facts = _read(tmp_path / "answers.pdf", [
        "PROTEST - RESPONSES TO 19 CFR 174.13(a)",
        "(1) Name and address of the protestant: Tamarack Cycle Works, Inc., 77 Spoke Street,",
        "Boulder, CO 80302",
        "(2) Importer number of the protestant: 75-4422342",
        "(3)-(4) Entry A9G-5256007-8, entered May 16, 2024, liquidated January 6, 2025.",
        "(5) Merchandise: LED strip lighting kits with plug-in power adapters",
        "(6) Decision protested: the classification and rate of duty.",
        "The entry is not subject to drawback (19 CFR 174.13(a)(9)).",
        "/s/ Douglas R. Feeney",
    ])
    assert facts.category == "classification"
    assert facts.objection_text is None
    assert 6 not in facts.unsure_items
