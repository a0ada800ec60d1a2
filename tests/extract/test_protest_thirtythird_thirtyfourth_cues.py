"""Habits of the thirty-third and thirty-fourth hands (PDFKit, plain TeX, XPS, gslp), each
drawn in sibling wordings: a protest lodged by disagreeing with a petition's decision, an
address cell that points to a file instead of giving one, a declarant's title run into the
company ("I am Director of Trade Compliance of X"), a protest filed on behalf of a named
protestant, and an objection headed by the decision it argues."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.rules.decide import decide
from tests.extract.test_protest_decision_cues import _letter_pdf

_ARGUMENT = [
    "Why we disagree: The goods were reclassified under 8708.99.0000 at a higher rate. They",
    "are properly classified under subheading 8708.30.5090 as entered: their essential",
    "character and principal use fit the terms of that heading (GRI 1 and 6).",
]


def _ap_letter(path: Path, lodged: list[str]) -> Path:
    return _letter_pdf(path, [
        "Northgate Auto Components Inc.",
        "21800 Hoover Road",
        "Warren, MI 48089",
        "Accounts Payable Department",
        "Dec 20, 2023",
        "U.S. Customs and Border Protection",
        "Port of Seattle - Protest Section",
        "Port Code 3001",
        "RE: Your Bill No. 878185 - we dispute this bill",
        "  Our importer number: 50-9646764",
        "To whom it may concern,",
        *lodged,
        " * Entry ABC-1616592-2, entered Dec 17, 2022, liquidated Nov 4, 2023 - billed",
        "$3,522.00",
        "Merchandise: Steel brake rotors for passenger vehicles, drilled and slotted",
        *_ARGUMENT,
        "None of the entries listed is subject to a drawback claim.",
        "Thank you,",
        "Raymond Okafor",
        "Accounts Payable Specialist, Northgate Auto Components Inc.",
    ])


@pytest.mark.parametrize("lodged", [
    # As the hand wrote it: the disagreement names the petition, "our protest of it" follows.
    ["Our office received a bill for additional duties on the entries listed below. We do",
     "not agree with the decision of Dec 1, 2023 on our petition for relief in the penalty",
     "case on these entries, which denied any mitigation, and this letter is our protest of",
     "it."],
    ["We disagree with CBP's decision of December 1, 2023 on our petition for mitigation of",
     "the penalty on these entries. Please treat this letter as our protest."],
    ["The company does not agree with the ruling on its petition for remission of the",
     "penalty issued on the entries below, and protests it."],
    ["We don't agree with the decision on our petition for relief from liquidated damages",
     "on these entries; this letter is our protest."],
])
def test_disagreeing_with_a_petitions_decision_protests_it_and_is_invalid(
        tmp_path: Path, lodged: list[str]) -> None:
    # Before: "do not agree with" was no lodging verb, so the classification argued after it
    # was taken for the decision protested and a penalty petition's decision was accepted.
    facts = extract_protest(_ap_letter(tmp_path / "p.pdf", lodged)).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 12, 22)),
                         today=date(2024, 1, 24))
    assert facts.category is None
    assert decision.outcome == "invalid"


def test_disagreeing_with_a_classification_stays_a_classification(tmp_path: Path) -> None:
    # No petition or penalty named: the argued decision stands and the protest is accepted.
    facts = extract_protest(_ap_letter(tmp_path / "c.pdf", [
        "We do not agree with the bill for additional duties on the entries listed below, and",
        "this letter is our protest of it."])).facts
    assert facts.category == "classification"


def _drawn(path: Path, rows: list[list[tuple[float, str]]]) -> Path:
    """A page of rows, each a list of (x, text) set on one baseline."""
    canvas = Canvas(str(path))
    for row, cells in enumerate(rows):
        for x, text in cells:
            canvas.drawString(x, 760 - 14 * row, text)
    canvas.save()
    return path


def _header_table(path: Path, address_row: list[tuple[float, str]]) -> Path:
    return _drawn(path, [
        [(72, "PROTEST")],
        [(72, "19 U.S.C. 1514 / 19 CFR Part 174")],
        [],
        [(72, "Protestant"), (180, "Redwater Outdoor Supply LLC")],
        address_row,
        [(72, "Importer No."), (180, "26-4273386"), (380, "Port"), (440, "5301 Houston")],
        [(72, "Contact"), (180, "Luis A. Carrasco"), (380, "Entries"), (440, "1")],
        [],
        [(72, "The protestant objects to the appraised value fixed at liquidation on each entry")],
        [(72, "in this list:")],
        [(72, "No."), (100, "Entry Number"), (200, "Port"), (250, "Date of Entry"),
         (350, "Liquidation")],
        [(72, "1."), (100, "BFI-3254595-2"), (200, "5301"), (250, "2024-11-12"),
         (350, "2025-10-15")],
        [],
        [(72, "Description of merchandise: LED desk lamps with adjustable aluminum arms")],
        [(72, "Grounds")],
        [(72, "CBP raised the value by adding assists and a buying commission. The buying agent")],
        [(72, "acted for the importer alone, and no assist was supplied; the transaction value")],
        [(72, "declared is correct under 19 U.S.C. 1401a(b).")],
        [(72, "- None of the entries listed is subject to a drawback claim.")],
        [(72, "- Further review is not requested.")],
        [(72, "Sincerely,")],
        [(72, "Luis A. Carrasco")],
        [(72, "Director of Logistics")],
    ])


@pytest.mark.parametrize("address_row", [
    [(72, "Address"), (180, "(address on file)")],
    [(72, "Address"), (180, "(on file with CBP)")],
    [(72, "Protestant's address"), (180, "(as on record)")],
    [(72, "Mailing address"), (180, "(on file)")],
])
def test_an_address_cell_pointing_to_a_file_gives_no_address(
        tmp_path: Path, address_row: list[tuple[float, str]]) -> None:
    # Before: "(address on file)" was taken for the caption's own note, so the line under the
    # caption ("Importer No. 26-4273386 Port 5301 Houston") was read as the address and the
    # protest, which gives none (174.13(a)(1)), was accepted.
    facts = extract_protest(_header_table(tmp_path / "a.pdf", address_row)).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 12, 8)), today=date(2026, 1, 5))
    assert facts.protestant_name == "Redwater Outdoor Supply LLC"
    assert facts.protestant_address is None
    assert decision.outcome == "deficient"
    assert "174.13(a)(1)" in decision.missing


def _declaration(path: Path, statement: list[str]) -> Path:
    return _letter_pdf(path, [
        "U.S. CUSTOMS AND BORDER PROTECTION",
        "Port of Houston, Port Code 5301",
        "DECLARATION OF MARCUS L. ODEGAARD IN SUPPORT OF PROTEST",
        "I, Marcus L. Odegaard, declare as follows:",
        *statement,
        "2. The protestant protests the classification of the merchandise and the rate of duty",
        "assessed at liquidation, as to the following entries:",
        "   (a) Entry No. EA2-7431735-6, entered 17 December 2004, liquidated 27 September 2005.",
        "3. Description of merchandise: Aluminum folding camp chairs with nylon seats",
        "4. The merchandise is properly classified in the provision claimed at entry (GRI 3(b)).",
        "5. None of the entries listed is subject to drawback.",
        "I declare under penalty of perjury that the foregoing is true and correct.",
        "Executed on 19 December 2005, at Columbus.",
        "Marcus L. Odegaard",
    ])


@pytest.mark.parametrize(("statement", "name"), [
    (["1. I am Vice President, Operations of Corvane Medical Instruments Co., with offices at",
      "9100 Research Court, San Diego, CA 92121 (the protestant). Its importer number is",
      "71-9778209."], "Corvane Medical Instruments Co."),
    (["1. I am Director of Trade Compliance of Meridian Pet Supply Company, with offices at",
      "402 Eastlake Boulevard, Columbus, OH 43219 (the protestant). Its importer number is",
      "93-3760569."], "Meridian Pet Supply Company"),
    (["1. I am Import Manager of Halvorsen Kitchen Systems Inc., with offices at 4410 Marine",
      "View Drive, Tacoma, WA 98421 (the protestant). Its importer number is 93-3760569."],
     "Halvorsen Kitchen Systems Inc."),
    (["1. I am the Senior Manager, Customs Compliance of Sable Bay Ceramics Ltd., with offices",
      "at 12 Pier Road, Portland, ME 04101 (the protestant). Its importer number is",
      "93-3760569."], "Sable Bay Ceramics Ltd."),
    (["1. I am Manager of Import Operations at Ostrander & Vale Lighting Corp., with offices at",
      "88 Commerce Row, Charlotte, NC 28203 (the protestant). Its importer number is",
      "85-4840694."], "Ostrander & Vale Lighting Corp."),
])
def test_a_declarant_names_the_company_after_the_office_held(
        tmp_path: Path, statement: list[str], name: str) -> None:
    # Before: a title of several words ("Vice President, Operations", "Import Manager") hid
    # the company, and a department ("Director of Trade Compliance of X") was read with it.
    facts = extract_protest(_declaration(tmp_path / "d.pdf", statement)).facts
    assert facts.protestant_name == name


def _agents_letter(path: Path, named: str) -> Path:
    return _letter_pdf(path, [
        "MERIDIAN CUSTOMS BROKERAGE INC.",
        "Customs Brokerage - License No. 13526 Port of San Francisco",
        "Mar 18, 2024",
        "Port Director, U.S. Customs and Border Protection, Port 2809",
        named,
        "Protestant address: 33 Prairie Center Road, Omaha, NE 68137",
        "Importer of record number: 55-7789133",
        "Merchandise: LED desk lamps with adjustable aluminum arms",
        " Entry FEA-9425613-0; entry date Oct 9, 2022; liquidated Sep 8, 2023",
        "Our client imported the merchandise through the port of San Francisco. CBP liquidated",
        "the entries and we object to the appraised value fixed at liquidation. The transaction",
        "value declared is correct under 19 U.S.C. 1401a(b); no assist was supplied.",
        "None of the entries listed is subject to a drawback claim.",
        "Respectfully submitted,",
        "/s/ Nadia Suleiman",
        "Licensed Customs Broker, Meridian Customs Brokerage Inc., as agent for the protestant",
    ])


@pytest.mark.parametrize(("named", "name"), [
    ("Protest on behalf of Tallgrass Pet Products LLC", "Tallgrass Pet Products LLC"),
    ("Protest filed on behalf of Harborline Kitchenware Inc.", "Harborline Kitchenware Inc."),
    ("Protest for Ridgeway Furniture Imports Ltd.", "Ridgeway Furniture Imports Ltd."),
    ("Protest of Pine & Anvil Tool Company:", "Pine & Anvil Tool Company"),
])
def test_a_line_protesting_on_behalf_of_a_party_names_the_protestant(
        tmp_path: Path, named: str, name: str) -> None:
    # Before: only a subject line ("Re: Protest on behalf of X") was read so; standing as a line
    # of its own over the "Protestant address:" label, the name was missed.
    facts = extract_protest(_agents_letter(tmp_path / "b.pdf", named)).facts
    assert facts.protestant_name == name
    assert facts.protestant_address == "33 Prairie Center Road, Omaha, NE 68137"


_VALUE_ARGUED = [
    "CBP raised the value by adding assists and a buying commission. The buying agent acted",
    "for the importer alone, and no assist was supplied; the transaction value declared is",
    "correct under 19 U.S.C. 1401a(b).",
]


def _clerks_bill_letter(path: Path, lodged: list[str], heading: str) -> Path:
    return _letter_pdf(path, [
        "Ridgeway Furniture Imports Ltd.",
        "600 Furniture Parkway",
        "High Point, NC 27260",
        "Accounts Payable Department",
        "May 13, 2024",
        "U.S. Customs and Border Protection",
        "Port of Newark - Protest Section",
        "Port Code 4601",
        "RE:   Your Bill No. 771966 - we dispute this bill",
        "      Our importer number: 43-2893729",
        "To whom it may concern,",
        *lodged,
        "  * Entry FEA-4939747-6, entered Dec 10, 2022, liquidated Oct 26, 2023 - billed",
        "5,305.05",
        "Merchandise: Aluminum bicycle frames, unpainted, 700c road geometry",
        f"{heading} {_VALUE_ARGUED[0]}",
        *_VALUE_ARGUED[1:],
        "None of the entries listed is subject to a drawback claim.",
        "We do not request further review at this time.",
        "Thank you,",
        "Priya Raman",
        "Accounts Payable Specialist, Ridgeway Furniture Imports Ltd.",
    ])


@pytest.mark.parametrize(("lodged", "heading"), [
    # As the hand wrote it.
    (["Our office received a bill for additional duties on the entries listed below. We do",
      "not agree with the appraised value fixed at liquidation, and this letter is our",
      "protest of it."], "Why we disagree:"),
    (["We disagree with the appraised value CBP fixed at liquidation of the entries below;",
      "please treat this letter as our protest."], "Why we dispute this bill:"),
    (["Our company does not agree with the appraisement of the entries listed below, and",
      "this letter is our protest of it."], "Reasons we disagree:"),
])
def test_a_clerk_disagreeing_with_a_named_decision_protests_that_decision(
        tmp_path: Path, lodged: list[str], heading: str) -> None:
    # Before: "do not agree with" named no decision, and the entry bullets run into the
    # lodging sentence gave "liquidated"; the objection under "Why we disagree:" was unread,
    # so 174.13(a)(6) was reported missing from a protest that argues the value.
    facts = extract_protest(_clerks_bill_letter(tmp_path / "v.pdf", lodged, heading)).facts
    assert facts.category == "appraised_value"
    assert facts.objection_text is not None
    assert "assists" in facts.objection_text


def _two_column_letter(path: Path, facts: list[str]) -> Path:
    grounds = ["CBP raised the value by adding", "assists and a buying commission.",
               "The buying agent acted for the", "importer alone, and no assist was",
               "supplied; the transaction value", "declared is correct under 19",
               "U.S.C. 1401a(b)."]
    rows: list[list[tuple[float, str]]] = [
        [(60, "MERIDIAN CUSTOMS BROKERAGE INC.")],
        [(60, "Customs Brokerage - License No. 31722 Port of Houston")],
        [(60, "Oct 19, 2023")],
        [(60, "Port Director, U.S. Customs and Border Protection, Port 5301")],
        [(60, "Protest on behalf of Pine & Anvil Tool Company")],
        [(60, "Protestant address: 1207 West Industrial Avenue, Joliet, IL 60436")],
        [(60, "Importer of record number: 55-9379564")],
        [(66, "Entry BFI-1862053-0; entry date Oct 27, 2022; liquidated Aug 30, 2023")],
        [],
        [(60, "FACTS"), (330, "LEGAL GROUNDS")],
    ]
    for index in range(max(len(facts), len(grounds))):
        row = [(60.0, facts[index])] if index < len(facts) else []
        rows.append(row + ([(330.0, grounds[index])] if index < len(grounds) else []))
    rows += [[], [(60, "None of the entries listed is subject to a drawback claim.")],
             [(60, "We do not request further review at this time.")],
             [(60, "Respectfully submitted,")], [(60, "/s/ Angela Brightwater")],
             [(60, "Licensed Customs Broker, Meridian Customs Brokerage Inc., as agent for"
                   " the protestant")]]
    return _drawn(path, rows)


@pytest.mark.parametrize("facts", [
    ["Our client imported the merchandise", "through the port of Houston. CBP",
     "liquidated the entries and we object to", "the appraised value fixed at",
     "liquidation. The client asked us to file", "this protest under our power of",
     "attorney, which is on file with the", "port."],
    ["Our client imported the merchandise", "through the port of Houston. We",
     "disagree with the appraised value CBP", "fixed at liquidation of the entries.",
     "We file this protest under our power", "of attorney on file with the port."],
    ["The client's goods came in through", "Houston and were liquidated. We",
     "respectfully dispute the appraised", "value fixed at liquidation, and file",
     "this protest under our power of", "attorney, on file with the port."],
])
def test_an_agent_objecting_in_a_facts_column_names_the_decision(
        tmp_path: Path, facts: list[str]) -> None:
    # Before: "we object to the appraised value" lodged nothing (no "protest" in it) and the
    # narrow columns were read across, so the decision was only inferred from the argument and
    # the letter vouched for no absence: a protest giving no goods went to a person.
    facts_read = extract_protest(_two_column_letter(tmp_path / "t.pdf", facts)).facts
    decision, _ = decide(replace(facts_read, received_date=date(2023, 10, 20)),
                         today=date(2023, 11, 1))
    assert facts_read.category == "appraised_value"
    assert facts_read.merchandise_description is None
    assert decision.outcome == "deficient"
    assert decision.missing == ("174.13(a)(5)",) or list(decision.missing) == ["174.13(a)(5)"]


@pytest.mark.parametrize("argued", [
    ["4. The goods meet the marking requirements of 19 U.S.C. 1304; each unit bears the country",
     "of origin on a permanent label, as the photographs on file show."],
    ["4. Each article complies with 19 CFR 134.11: the country of origin is marked legibly and",
     "permanently on the article itself."],
    ["4. The merchandise satisfies the admissibility requirements of 19 U.S.C. 1304, as the",
     "enclosed photographs of the marked units show."],
    ["4. The marking conforms to 19 CFR 134.41; the label is conspicuous and permanent."],
])
def test_a_numbered_statement_that_the_goods_meet_the_law_is_the_objection(
        tmp_path: Path, argued: list[str]) -> None:
    # Before: a statement of compliance named the law but no "because", "not" or "should", so
    # the objection was only a guess and a person was asked to confirm it.
    facts = extract_protest(_letter_pdf(tmp_path / "x.pdf", [
        "U.S. CUSTOMS AND BORDER PROTECTION",
        "Port of Los Angeles, Port Code 2704",
        "I, Wendell J. Ashby, declare as follows:",
        "1. I am Director of Trade Compliance of Corvane Medical Instruments Co., with offices at",
        "9100 Research Court, San Diego, CA 92121 (the protestant). Its importer number is",
        "16-6349175.",
        "2. The protestant protests the exclusion of the merchandise from entry, as to the",
        "following entries:",
        "   (a) Entry No. 9GI-1804565-5, entered Feb. 17, 2025, decided Mar. 9, 2025.",
        "3. Description of merchandise: LED pendant light fixtures for kitchen islands",
        *argued,
        "5. The merchandise is not the subject of a drawback claim.",
        "I declare under penalty of perjury that the foregoing is true and correct.",
        "Executed on Apr. 7, 2025, at San Diego.",
        "Wendell J. Ashby",
    ])).facts
    assert facts.objection_text is not None
    assert 6 not in facts.inferred_items


def _listed_without_grounds(path: Path, lodged: list[str]) -> Path:
    return _drawn(path, [
        [(72, "PROTEST")],
        [(72, "19 U.S.C. 1514 / 19 CFR Part 174")],
        [(72, "Protestant"), (180, "Sandhill Electronics Distribution Inc.")],
        [(72, "Address"), (180, "9 Gateway Boulevard")],
        [(180, "Laredo, TX 78045")],
        [(72, "Importer No."), (180, "28-7520280"), (380, "Port"), (440, "4601 Newark")],
        [],
        *[[(72.0, line)] for line in lodged],
        [(72, "No."), (100, "Entry Number"), (200, "Port"), (250, "Date of Entry"),
         (350, "Liquidation")],
        [(72, "1."), (100, "IBD-3734065-3"), (200, "4601"), (250, "19 August 2022"),
         (350, "21 July 2023")],
        [],
        [(72, "Description of merchandise: Steel brake rotors for passenger vehicles")],
        [(72, "- None of the entries listed is subject to a drawback claim.")],
        [(72, "- We do not request further review at this time.")],
        [(72, "Sincerely,")],
        [(72, "Priya Raman")],
        [(72, "Import Compliance Manager")],
    ])


@pytest.mark.parametrize("lodged", [
    # As the hand wrote it.
    ["The protestant objects to the appraised value fixed at liquidation on each entry in",
     "this list:"],
    ["We object to the classification assessed at liquidation of the entries listed below:"],
    ["The importer disputes the value determined at liquidation for the entries in the",
     "following list:"],
])
def test_an_objection_lodged_over_the_entry_list_and_argued_nowhere_lacks_its_reasons(
        tmp_path: Path, lodged: list[str]) -> None:
    # Before: the lodging sentence ran on into the entry table after its colon, so it was no
    # bare objection, and the absence of any reason went to a person.
    facts = extract_protest(_listed_without_grounds(tmp_path / "n.pdf", lodged)).facts
    decision, _ = decide(replace(facts, received_date=date(2023, 9, 29)), today=date(2023, 10, 7))
    assert facts.objection_text is None
    assert decision.outcome == "deficient"
    assert list(decision.missing) == ["174.13(a)(6)"]


def _sworn(path: Path, lodged: list[str], fourth: list[str]) -> Path:
    return _letter_pdf(path, [
        "U.S. CUSTOMS AND BORDER PROTECTION",
        "Port of Baltimore, Port Code 1303",
        "I, Corinne T. Baptiste, declare as follows:",
        "1. I am Import Manager of Meridian Pet Supply Company, with offices at 402 Eastlake",
        "Boulevard, Columbus, OH 43219 (the protestant). Its importer number is 37-7623091.",
        *lodged,
        "   (a) Entry No. C3F-4702413-3, entered 25-JUN-2024, liquidated 25-APR-2025.",
        "3. The merchandise is described below.",
        "   Description of merchandise: LED pendant light fixtures for kitchen islands",
        *fourth,
        "5. The merchandise is not the subject of a drawback claim.",
        "6. Further review is not requested.",
        "I declare under penalty of perjury under the laws of the United States of America that",
        "the foregoing is true and correct.",
        "Executed on 30-JUN-2025, at Columbus.",
        "______________________________",
        "Corinne T. Baptiste",
        "Import Manager",
        "Meridian Pet Supply Company",
    ])


_SWORN_LODGED = [
    ["2. The protestant protests the appraised value of the merchandise as determined at",
     "liquidation, as to the following entries:"],
    ["2. The protestant objects to the appraised value fixed at liquidation, as to the",
     "following entries:"],
    ["2. The protestant contests the classification assessed at liquidation of the following",
     "entries:"],
]


@pytest.mark.parametrize("lodged", _SWORN_LODGED)
@pytest.mark.parametrize("fourth", [
    ["4. The protestant disagrees with that decision and asks that it be reversed."],
    ["4. The protestant asks that the decision be set aside."],
])
def test_a_sworn_statement_that_only_disagrees_gives_no_justification(
        tmp_path: Path, lodged: list[str], fourth: list[str]) -> None:
    # Before: the oath's "under penalty of perjury" read as an argument about a penalty, and
    # the lodging statement ran on into the lettered entries: a person was asked.
    facts = extract_protest(_sworn(tmp_path / "s.pdf", lodged, fourth)).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 7, 2)), today=date(2025, 7, 20))
    assert decision.outcome == "deficient"
    assert list(decision.missing) == ["174.13(a)(6)"]


@pytest.mark.parametrize("lodged", _SWORN_LODGED)
def test_a_sworn_statement_that_argues_is_the_objection(
        tmp_path: Path, lodged: list[str]) -> None:
    facts = extract_protest(_sworn(tmp_path / "a.pdf", lodged, [
        "4. The transaction value declared at entry is the price actually paid or payable; the",
        "assist CBP added was never furnished by the importer (19 U.S.C. 1401a(b))."])).facts
    decision, _ = decide(replace(facts, received_date=date(2025, 7, 2)), today=date(2025, 7, 20))
    assert decision.outcome == "accept"


@pytest.mark.parametrize("named", ["Protest of Entry No. FEA-9425613-0",
                                   "Protest for Further Review", "Protest of Bill 771966"])
def test_a_protest_line_naming_what_is_protested_names_no_party(
        tmp_path: Path, named: str) -> None:
    # The line reads a party only where it names one: an entry, a request or a bill is none.
    facts = extract_protest(_agents_letter(tmp_path / "n.pdf", named)).facts
    assert facts.protestant_name is None
