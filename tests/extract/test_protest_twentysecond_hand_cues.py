"""Round 17 (issue 13), twentysecond hand: a role word used as the party's defined term is no
name, a grid's party label joined or bracketed ("Filer / Protestant", "Importer (protestant)"),
a question's number in a column of its own, a name run on into its address, an entries heading
under a blank box, and an earlier protest asked for in a relative clause."""

from __future__ import annotations

from pathlib import Path

import pytest

from bots.common.reading.signature import signer_in
from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_earlier import read_earlier_protest
from bots.protest_intake.extract_fields import Fields
from bots.protest_intake.extract_party_tidy import clean_name
from bots.protest_intake.extract_structure import unread_cues
from bots.protest_intake.model import ProtestFacts
from tests.extract.test_protest_decision_cues import _letter_pdf
from tests.extract.test_protest_letter_cues import stream_of
from tests.penalty_read.drawn import Line, draw_referral

_ENTRY = [[(72.0, "Entry Number"), (250.0, "Date of Entry"), (400.0, "Date of Liquidation")],
          [(72.0, "BDF-0475591-8"), (250.0, "2024-06-29"), (400.0, "05/26/2025")]]
_OBJECTION = ["Protestant protests the classification under the HTSUS and the resulting duty.",
              "The goods are properly classified in subheading 8510.20.0000, HTSUS, by GRI 1."]


def _read(path: Path, lines: list[Line]) -> ProtestFacts:
    framed = ["Protest under 19 U.S.C. 1514", *lines, *_ENTRY, *_OBJECTION]
    return extract_protest(draw_referral(path, framed, font_size=10)).facts


@pytest.mark.parametrize("label", [
    "Filer / Protestant", "Protestant / Filer", "Importer (protestant)",
    "Protestant (importer of record)", "Name of protesting party", "Name of importer of record",
    "Importer or protestant",
])
def test_a_grid_names_the_party_by_a_joined_or_bracketed_label(tmp_path: Path, label: str) -> None:
    # Before: the label was no known one, and "Protestant protests ..." gave the name
    # "Protestant" (the role word) or no name at all.
    facts = _read(tmp_path / "grid.pdf", [
        [(72.0, label), (250.0, "Cedar Hollow Supply Company")],
        [(72.0, "Protestant Address"), (250.0, "8217 Terminal Avenue, Elizabeth, NJ 07201")],
        [(72.0, "Importer of Record No."), (250.0, "58-4522457")],
    ])
    assert facts.protestant_name == "Cedar Hollow Supply Company"


@pytest.mark.parametrize("number", ["1.", "Q1", "(a)", "1)"])
def test_a_question_number_in_its_own_column_leaves_the_label_and_answer_read(
        tmp_path: Path, number: str) -> None:
    # Before: the row's first cell was the number, no label, so no answer on the sheet was read
    # and 174.13(a)(1), (2) and (5) were found missing.
    following = {"1.": ("2.", "3."), "Q1": ("Q2", "Q3"), "(a)": ("(b)", "(c)"),
                 "1)": ("2)", "3)")}[number]
    facts = _read(tmp_path / "q.pdf", [
        [(65.0, number), (94.0, "Name of protesting party"), (271.0, "Bluewater Outfitters Corp.")],
        [(65.0, following[0]), (94.0, "Mailing address"),
         (271.0, "9083 Riverside Drive, Suite 514, Chicago, IL 60607")],
        [(65.0, following[1]), (94.0, "Importer number (IRS/EIN)"), (271.0, "54-6926956")],
    ])
    assert facts.protestant_name == "Bluewater Outfitters Corp."
    assert facts.protestant_address == "9083 Riverside Drive, Suite 514, Chicago, IL 60607"
    assert facts.importer_number == "54-6926956"


@pytest.mark.parametrize("heading", ["Entries covered (list each)", "Schedule of entries",
                                     "Entries", "Entry information"])
def test_an_entries_heading_under_a_blank_description_box_is_not_the_description(
        tmp_path: Path, heading: str) -> None:
    # Before: "Entries covered (list each)" was read as the goods, a confident "accept" where
    # 174.13(a)(5) is missing.
    facts = _read(tmp_path / "blank.pdf", [
        [(65.0, "1."), (94.0, "Name of protesting party"), (271.0, "Pinecrest Mercantile Co.")],
        [(65.0, "5."), (94.0, "Merchandise description")],
        heading,
    ])
    assert facts.merchandise_description is None


@pytest.mark.parametrize(("value", "name"), [
    ("Keystone Harbor Imports LLC, 5211 Market Street, Long Beach, CA 90802.",
     "Keystone Harbor Imports LLC"),
    ("Copper Canyon Outfitters Corp., 4508 Harbor Boulevard, Suite 176, Charleston, SC 29401",
     "Copper Canyon Outfitters Corp."),
    ("Prairie Loom Textiles, Inc., P.O. Box 88, Omaha, NE 68102", "Prairie Loom Textiles, Inc."),
])
def test_a_name_run_on_into_its_address_is_cut_at_the_address(value: str, name: str) -> None:
    assert clean_name(value) == name


def test_a_memo_line_naming_the_party_and_its_address_gives_both(tmp_path: Path) -> None:
    pdf = _letter_pdf(tmp_path / "memo.pdf", [
        "MEMORANDUM",
        "TO: Protest Unit, U.S. Customs and Border Protection, Port of Charleston (Port Code 1601)",
        "SUBJECT: Protest under 19 U.S.C. 1514 - see entries below",
        "Protestant: Keystone Harbor Imports LLC, 5211 Market Street, Long Beach, CA 90802.",
        "Importer of record number: 34-5335582",
        "Entry No. 9B2-7158251-9, entered 12/08/2004, liquidated 04/01/2005.",
        *_OBJECTION,
    ])
    facts = extract_protest(pdf).facts
    assert facts.protestant_name == "Keystone Harbor Imports LLC"
    assert facts.protestant_address == "5211 Market Street, Long Beach, CA 90802"


@pytest.mark.parametrize("role", ["Protestant", "The Importer", "The undersigned", "Claimant",
                                  "The Company"])
def test_a_role_word_opening_the_objection_is_no_name(tmp_path: Path, role: str) -> None:
    # Before: "Protestant protests the ..." gave the name "Protestant" at a sentence's confidence.
    pdf = _letter_pdf(tmp_path / "role.pdf", [
        "To: Port Director, Port of Savannah (1703)",
        "Entry No. EFI-8487400-0, entered 05/11/2024, liquidated 03/28/2025.",
        f"{role} protests the classification under the HTSUS and the resulting duty rate.",
        "The goods are properly classified in subheading 9617.00.1000, HTSUS, by GRI 1.",
    ])
    assert extract_protest(pdf).facts.protestant_name is None


@pytest.mark.parametrize("sentence", [
    "The same disposition is requested as was sought in protest 3002-24-511628, now under review.",
    "We ask for the same treatment as that granted in Protest No. 3002-24-511628.",
    "The same relief is sought as was given to protest 3002-24-511628.",
    "The same result is requested as has been requested in our protest 3002-24-511628.",
])
def test_an_earlier_protest_asked_for_in_a_relative_clause_is_item_7(sentence: str) -> None:
    # Before: the number was read as this protest's own and 174.13(a)(7)'s missing receipt date
    # went unseen: a confident "accept" of a deficient protest.
    fields = Fields()
    read_earlier_protest(stream_of(sentence), fields)
    assert fields.value("earlier_protest_number") == "3002-24-511628"
    assert fields.value("earlier_protest_received") is None


@pytest.mark.parametrize("sentence", [
    "We ask for the disposition given in protest 5201-24-115143 (received 01/13/2025).",
    "Protestant requests the treatment accorded to protest 5201-24-115143 (received 01/13/2025).",
])
def test_the_disposition_asked_for_by_its_verb_names_the_earlier_protest(sentence: str) -> None:
    # Before: no "same" in the sentence, so its number was read as this protest's own.
    fields = Fields()
    read_earlier_protest(stream_of(sentence), fields)
    assert fields.value("earlier_protest_number") == "5201-24-115143"
    assert str(fields.value("earlier_protest_received")) == "2025-01-13"


def _counsel_letter(path: Path, opening: str, signed_for: str) -> Path:
    return _letter_pdf(path, [
        "BALLANTYNE THIBODEAUX LLP",
        "Port Director, Port of Miami (5201)",
        opening,
        "Protestant's address is 7228 Market Street, Suite 925, Elizabeth, NJ 07201.",
        "Protestant's importer number is 47-5251516.",
        "The protest covers entry FGB-1056373-9, entered 12/09/2023, liquidated 10/29/2024.",
        *_OBJECTION,
        "Respectfully submitted,",
        "/s/ Harriet A. Okafor",
        "Harriet A. Okafor",
        signed_for,
    ])


@pytest.mark.parametrize("opening", [
    "We submit this protest for our client Northgate Housewares, Inc. under 19 U.S.C. 1514.",
    "This firm files on behalf of Northgate Housewares, Inc. pursuant to 19 U.S.C. 1514.",
])
def test_counsel_names_its_client_before_the_law_the_protest_is_made_under(
        tmp_path: Path, opening: str) -> None:
    # Before: the name's end was not known, no name was read, and (a)(1) went to a person.
    facts = extract_protest(_counsel_letter(tmp_path / "c.pdf", opening, "Ballantyne LLP")).facts
    assert facts.protestant_name == "Northgate Housewares, Inc."


@pytest.mark.parametrize("signed_for", ["Counsel for Northgate Housewares, Inc.",
                                        "Attorneys for Northgate Housewares, Inc.",
                                        "Agent for Northgate Housewares, Inc."])
def test_a_signature_block_signed_as_counsel_for_the_party_names_it(
        tmp_path: Path, signed_for: str) -> None:
    pdf = _counsel_letter(tmp_path / "s.pdf", "We submit this protest under 19 U.S.C. 1514.",
                          signed_for)
    assert extract_protest(pdf).facts.protestant_name == "Northgate Housewares, Inc."


@pytest.mark.parametrize("closing", ["Very truly yours, ______________________",
                                     "Sincerely, ____________", "Respectfully,____________"])
def test_a_closing_with_its_signing_rule_on_the_line_still_heads_the_signer(
        closing: str) -> None:
    # Before: the closing did not stand alone on its line, so no signer was read.
    signer = signer_in(f"Further review is not requested.\n{closing}\nOdalys B. Pruitt\n"
                       "Director of Trade Compliance")
    assert signer is not None and signer.name == "Odalys B. Pruitt"


@pytest.mark.parametrize("cell", [
    "Solomon L. Kowalczyk, Vice President, Operations, on behalf of Northgate",
    "/s/ Solomon L. Kowalczyk, Customs Manager",
])
def test_a_signer_cell_that_goes_on_past_the_person_gives_the_person(
        tmp_path: Path, cell: str) -> None:
    facts = _read(tmp_path / "signed.pdf", [
        [(72.0, "Filer / Protestant"), (250.0, "Northgate Industries Inc.")],
        [(72.0, "Submitted by"), (250.0, cell)],
    ])
    assert facts.signer_name == "Solomon L. Kowalczyk"


def test_a_blank_answer_over_the_entries_heading_is_an_absence(tmp_path: Path) -> None:
    # Before: the caption over "Entries covered" counted as a cue not read, so (a)(5) went to a
    # person though the sheet's answer box for it is empty.
    pdf = draw_referral(tmp_path / "q.pdf", [
        "PROTEST INTAKE QUESTIONNAIRE",
        [(65.0, "1."), (94.0, "Name of protesting party"), (271.0, "Pinecrest Mercantile Co.")],
        [(65.0, "2."), (94.0, "Mailing address"),
         (271.0, "3358 Terminal Avenue, Suite 715, Chicago, IL 60607")],
        [(65.0, "3."), (94.0, "Importer number (IRS/EIN)"), (271.0, "62-6122697")],
        [(65.0, "5."), (94.0, "Merchandise description")],
        "Entries covered (list each)",
        *_ENTRY,
        [(65.0, "6."), (94.0, "Decision protested; reasons"), (271.0, _OBJECTION[0])],
        [(271.0, _OBJECTION[1])],
        "Signature: /s/ Harriet W. Delacroix",
    ], font_size=9)
    facts = extract_protest(pdf)
    assert facts.facts.merchandise_description is None
    assert 5 not in unread_cues(Fields(), "5. Merchandise description\nEntries covered (list each)")
