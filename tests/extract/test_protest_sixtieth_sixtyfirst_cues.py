"""What the sixtieth and sixty-first hands' senders do, read for senders in general (issue 13):
an entry named in one sentence and dated in the next ("The entry was liquidated on ...")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from tests.extract.test_protest_decision_cues import _letter_pdf

_OPENING = [
    "Port Director, Port of Chicago (3901)",
    "Bayview Kitchenware Inc., 12 Dock Road, Tampa, FL 33605, protests under 19 U.S.C. 1514",
    "the classification of the merchandise at liquidation.",
]


@pytest.mark.parametrize(("named", "followed"), [
    ("The Protestant made entry number FGA-7146327-5 on 20 May 2024. The entry was",
     "liquidated on 15 April 2025."),
    ("We made entry FGA-7146327-5 on May 20, 2024. It was liquidated on",
     "April 15, 2025, by bulletin notice."),
    ("Entry FGA-7146327-5 was filed on 05/20/2024. CBP liquidated that entry on",
     "04/15/2025."),
    ("The goods were entered under entry no. FGA-7146327-5 on 2024-05-20. Liquidation of the",
     "entry took place on 2025-04-15."),
])
def test_an_entry_dated_in_the_sentence_after_the_one_naming_it(
        tmp_path: Path, named: str, followed: str) -> None:
    # The sentence after the entry's points back at it ("The entry", "It", "that entry") and
    # gives the date the first left out: the entry's liquidation, 174.13(a)(4).
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_OPENING, named, followed,
                                           "Merchandise: stainless steel cookware sets."])
    (entry,) = extract_protest(pdf).facts.entries
    assert (entry.entry_date, entry.liquidation_date) == (date(2024, 5, 20), date(2025, 4, 15))


def test_a_next_sentence_about_something_else_dates_nothing(tmp_path: Path) -> None:
    # A sentence that does not point back at the entry ("The goods were shipped ...") gives
    # none of its dates to it.
    pdf = _letter_pdf(tmp_path / "p.pdf", [
        *_OPENING, "The Protestant made entry number FGA-7146327-5 on 20 May 2024. The goods were",
        "shipped from Ningbo on 15 April 2024."])
    (entry,) = extract_protest(pdf).facts.entries
    assert entry.liquidation_date is None


def _caption_box(path: Path, party: list[str], role: str, versus: str) -> Path:
    """A pleading's caption box: the party's lines and role left, "v.", CBP; the protest and
    entry numbers in the right cell, their lines between the party's."""
    canvas = Canvas(str(path))
    canvas.drawString(72, 760, "BEFORE U.S. CUSTOMS AND BORDER PROTECTION, PORT OF TAMPA (1801)")
    y = 720.0
    for line in party:
        canvas.drawString(82, y, line)
        y -= 13
    canvas.drawString(330, 720, "Protest No. 1801-25-100200")
    canvas.drawString(330, 702, "Entry No. FGA-7146327-5")
    canvas.drawString(140, y - 3, role)
    canvas.drawString(110, y - 19, versus)
    canvas.drawString(82, y - 35, "U.S. CUSTOMS AND BORDER PROTECTION,")
    canvas.drawString(140, y - 49, "Respondent.")
    y -= 90
    for line in ("PROTEST AND GROUNDS",
                 "The Protestant protests the classification of the merchandise in respect of",
                 "entry number FGA-7146327-5, entered 05/20/2024 and liquidated 04/15/2025."):
        canvas.drawString(72, y, line)
        y -= 14
    canvas.save()
    return path


@pytest.mark.parametrize(("party", "address"), [
    (["Bayview Kitchenware Inc.,", "12 Dock Road,", "Tampa, FL 33605,"],
     "12 Dock Road, Tampa, FL 33605"),
    (["BAYVIEW KITCHENWARE INC.", "12 DOCK ROAD", "SUITE 4", "TAMPA, FL 33605"],
     "12 DOCK ROAD, SUITE 4, TAMPA, FL 33605"),
])
@pytest.mark.parametrize(("role", "versus"), [
    ("Protestant,", "v."), ("Protestant.", "vs."), ("- Protestant -", "-against-"),
    ("Plaintiff-Protestant,", "versus"),
])
def test_the_party_set_over_its_role_and_the_versus_in_a_caption_box(
        tmp_path: Path, party: list[str], address: str, role: str, versus: str) -> None:
    # The party's block is the caption's left column over its role; the right cell's numbers
    # printed between its lines are no part of its address (174.13(a)(1)).
    facts = extract_protest(_caption_box(tmp_path / "c.pdf", party, role, versus)).facts
    assert (facts.protestant_name or "").casefold() == "bayview kitchenware inc."
    assert facts.protestant_address == address


def test_a_caption_box_without_an_address_gives_none(tmp_path: Path) -> None:
    # The role and "v." under a name alone: no city line, so no address is made up of the name.
    facts = extract_protest(_caption_box(tmp_path / "c.pdf", ["Bayview Kitchenware Inc.,"],
                                         "Protestant,", "v.")).facts
    assert facts.protestant_address is None


@pytest.mark.parametrize(("lodging", "category"), [
    ("Bayview Inc. protests, under 19 U.S.C. 1514, the classification of the merchandise.",
     "classification"),
    ("Bayview Inc. contests, pursuant to 19 CFR Part 174, the exclusion of the goods.",
     "exclusion"),
    ("We protest, as provided in 19 U.S.C. 1514(a)(3), the charges assessed on the entry.",
     "charges"),
    ("Protestant protests, in accordance with 19 U.S.C. 1514(a), the liquidation of the entry.",
     "liquidation"),
])
def test_the_decision_named_after_the_law_set_off_between_verb_and_object(
        tmp_path: Path, lodging: str, category: str) -> None:
    # The protest's own law between commas after the verb names no decision; what follows does.
    pdf = _letter_pdf(tmp_path / "p.pdf", [
        "PROTEST", "Port Director, Port of Chicago (3901)", lodging,
        "Entry FGA-7146327-5, entered 05/20/2024, liquidated 04/15/2025."])
    assert extract_protest(pdf).facts.category == category


def _cable(path: Path, *, party: str, signed: str, requests: list[str]) -> Path:
    """A protest cabled in capitals: TO / FM / SUBJ, numbered paragraphs, SGD."""
    return _letter_pdf(path, [
        "ZCZC CHI4109 112358Z",
        "TO PORT DIRECTOR US CUSTOMS AND BORDER PROTECTION PORT 1401 NORFOLK",
        "FM ACME VALVE & FITTING INC.", "   162 ORCHARD STREET", "   BURLINGTON, VT 05401",
        "SUBJ PROTEST UNDER 19 USC 1514 AND 19 CFR 174", "BT",
        party, "NO 13-1746291.", "2. ENTRIES PROTESTED:",
        "  ENTRY 4CI-9143026-5 DTD 15 APR 2024 LIQD 12 NOV 2024",
        "3. DECISION PROTESTED: CLASSIFICATION AND RATE OF DUTY.",
        "4. MDSE: GLAZED PORCELAIN FLOOR TILES, 600 X 600 MM",
        "5. GROUNDS: THE GOODS ARE PROPERLY CLASSIFIED IN SUBHEADING 6907.22.1000, HTSUS.",
        "6. NO DRAWBACK HAS BEEN OR WILL BE CLAIMED ON THE ENTRIES PROTESTED.",
        *requests, "BT", signed, "NNNN"])


_PARTY = "1. PROTESTANT IS ACME VALVE & FITTING INC. OF ABOVE ADDRESS. IMPORTER"


@pytest.mark.parametrize(("signed", "signer"), [
    ("SGD DMITRI K. SOLOVYOV IMPORT MANAGER", "DMITRI K. SOLOVYOV"),
    ("SGD EMEKA O. ADEYEMI VICE PRESIDENT, LOGISTICS", "EMEKA O. ADEYEMI"),
    ("SGD MARIA DE LA CRUZ DIRECTOR OF TRADE COMPLIANCE", "MARIA DE LA CRUZ"),
    ("SGD HARRIET L. COMSTOCK TREASURER", "HARRIET L. COMSTOCK"),
    ("SIGNED PAUL R. OKAFOR SENIOR COUNSEL", "PAUL R. OKAFOR"),
])
def test_a_cable_signed_sgd_with_the_title_run_on_after_the_name(
        tmp_path: Path, signed: str, signer: str) -> None:
    # "SGD" is a cable's "signed"; the signer's title follows the name on its line, no comma.
    facts = extract_protest(_cable(tmp_path / "c.pdf", party=_PARTY, signed=signed,
                                   requests=[])).facts
    assert facts.signer_name == signer


@pytest.mark.parametrize(("requests", "accelerated", "review"), [
    (["7. ACCEL DISPOSITION NOT RQSTD.", "8. FURTHER REVIEW RQSTD. ISSUE NOT RULED ON."],
     False, True),
    (["7. ACCEL DISPOSITION RQSTD UNDER 19 CFR 174.22.", "8. FURTHER REVIEW NOT RQSTD."],
     True, False),
    (["7. ACCEL. DISP. REQD, SENT BY CERTIFIED MAIL.", "8. FURTH. REVIEW REQD."], True, True),
])
def test_requests_said_in_a_cables_clipped_words(
        tmp_path: Path, requests: list[str], accelerated: bool, review: bool) -> None:
    # "RQSTD", "REQD" are "requested"; "ACCEL DISP" accelerated disposition (174.22, 174.24).
    facts = extract_protest(_cable(tmp_path / "c.pdf", party=_PARTY,
                                   signed="SGD DMITRI K. SOLOVYOV IMPORT MANAGER",
                                   requests=requests)).facts
    assert (facts.accelerated_disposition, facts.further_review_requested) == (accelerated,
                                                                                review)


@pytest.mark.parametrize("party", [
    _PARTY,
    "1. THE PROTESTANT IS ACME VALVE & FITTING INC. OF THE ABOVE ADDRESS. IMPORTER",
    "1. PROTESTING PARTY IS ACME VALVE & FITTING INC. OF ABOVE ADDRESS. IMPORTER",
])
def test_the_protestant_named_as_such_of_the_address_above(tmp_path: Path, party: str) -> None:
    # "PROTESTANT IS X OF ABOVE ADDRESS": the party is X, not the cable's sender line "FM X",
    # and its address is the block under that line.
    facts = extract_protest(_cable(tmp_path / "c.pdf", party=party,
                                   signed="SGD DMITRI K. SOLOVYOV IMPORT MANAGER",
                                   requests=[])).facts
    assert facts.protestant_name == "ACME VALVE & FITTING INC."
    assert facts.protestant_address == "162 ORCHARD STREET, BURLINGTON, VT 05401"
