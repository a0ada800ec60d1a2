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
    canvas.drawString(330, y - 4, "Importer No. 77-6016533")  # on the role's line
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


_ROWS = [("A", "PROTESTANT", "LAKESHORE TILE CORP."), ("A", "ADDRESS", "2715 NORTH ASHLAND AVENUE"),
         ("A", "", "CHICAGO, IL 60614"), ("A", "IOR NUMBER", "67-4815969"),
         ("B", "PORT OF ENTRY", "1703  SAVANNAH"),
         ("C", "ENTRY NUMBER", "DATE OF ENTRY    DATE LIQUIDATED"),
         ("C", "B7C-5345291-8", "2024-02-20       2024-10-28"),
         ("D", "DECISION CODE", "CL     CLASSIFICATION AND RATE OF DUTY, 19 USC 1514(A)(2)"),
         ("E", "MERCHANDISE:", "STAINLESS STEEL COOKWARE SETS"),
         ("F", "ACCEL DISP", "N"), ("F", "FURTHER REVIEW", "Y"), ("F", "DRAWBACK", "N")]
_GROUNDS = [("G", "OBJECTION AND JUSTIFICATION", ""),
            ("G", "THE GOODS ARE PROPERLY CLASSIFIED IN SUBHEADING 7323.93.0045, HTSUS.", ""),
            ("H", "AUTHORIZED BY", "/S/ GIDEON R. MARSH"), ("H", "TITLE", "TREASURER")]


def _report(path: Path, rows: list[tuple[str, str, str]], *, code_x: float = 36,
            continued: bool = True) -> Path:
    """A batch system's protest report: a section code left of each row's caption and value,
    the grounds and signature on page 2 after a page-break line."""
    canvas = Canvas(str(path))
    canvas.setFont("Courier", 9)
    canvas.drawString(36, 800, "PROTEST FILING REPORT - 19 CFR PART 174     PAGE 1")
    canvas.drawString(36, 780, "SEC   ITEM                DATA")
    y = 766.0
    for code, caption, value in rows:
        canvas.drawString(code_x, y, code)
        canvas.drawString(66, y, caption)
        canvas.drawString(200, y, value)
        y -= 12
    if continued:
        canvas.drawString(36, 60, "*** CONTINUED ON PAGE 2 ***")
        canvas.showPage()
        canvas.setFont("Courier", 9)
        canvas.drawString(36, 800, "*** CONTINUED FROM PAGE 1 ***")
        y = 780
    for code, caption, value in _GROUNDS:
        canvas.drawString(code_x, y, code)
        canvas.drawString(66, y, caption)
        canvas.drawString(200, y, value)
        y -= 12
    for line in ("LEGEND OF CODES", "SEC A PARTY B PORT C ENTRIES D DECISION PROTESTED E GOODS"
                 " F REQUESTS G GROUNDS H SIGNATURE", "CL CLASSIFICATION AND RATE OF DUTY   AV"
                 " APPRAISED VALUE", "*** END OF REPORT ***"):
        canvas.drawString(36, y - 12, line)
        y -= 12
    canvas.save()
    return path


@pytest.mark.parametrize("code_x", [36.0, 20.0])
@pytest.mark.parametrize("continued", [True, False])
def test_a_reports_section_codes_left_of_its_rows_are_no_part_of_them(
        tmp_path: Path, code_x: float, continued: bool) -> None:
    # "A  PROTESTANT  X" / "A  ADDRESS  street" / "A        city": the code column read apart,
    # each row opens with its caption and the address's city line is the address's.
    facts = extract_protest(_report(tmp_path / "r.pdf", _ROWS, code_x=code_x,
                                    continued=continued)).facts
    assert facts.protestant_name == "LAKESHORE TILE CORP."
    assert facts.protestant_address == "2715 NORTH ASHLAND AVENUE, CHICAGO, IL 60614"
    assert facts.merchandise_description == "STAINLESS STEEL COOKWARE SETS"
    assert (facts.further_review_requested, facts.accelerated_disposition) == (True, False)


def test_a_page_break_line_points_to_the_page_printed_after_it(tmp_path: Path) -> None:
    # "*** CONTINUED ON PAGE 2 ***" over page 2's "CONTINUED FROM PAGE 1": no sheet elsewhere
    # may hold the goods, so a report that prints no goods row left them out (174.13(a)(5)).
    rows = [row for row in _ROWS if row[0] != "E"]
    facts = extract_protest(_report(tmp_path / "r.pdf", rows)).facts
    assert facts.merchandise_description is None
    assert 5 not in facts.unsure_items


def test_letters_down_a_margin_that_do_not_run_in_sections_stay_in_the_rows(
        tmp_path: Path) -> None:
    # Codes out of order, or none repeated, are no section column: the rows are read as
    # printed (a form's lettered boxes keep their letters).
    from bots.common.reading.code_column import code_column
    from tradebots.pdf import open_pdf
    shuffled = [(code, caption, value) for (_, caption, value), code
                in zip(_ROWS, "ABACDEFGABCD", strict=True)]
    with open_pdf(_report(tmp_path / "r.pdf", shuffled, continued=False)) as document:
        assert code_column(document) == {}


@pytest.mark.parametrize(("turned", "unsure"), [
    ("*** CONTINUED FROM PAGE 1 ***", frozenset()),
    ("- continued from previous page -", frozenset()),
    ("", frozenset({5, 6})),
])
def test_a_page_break_line_is_no_pointer_when_the_next_page_goes_on_from_it(
        turned: str, unsure: frozenset[int]) -> None:
    # "CONTINUED ON PAGE 2" over a drawback row that looks like a box's caption: with page 2
    # printed and saying so, nothing is pointed away; without it, the sheet may be elsewhere.
    from bots.protest_intake.extract_fields import Fields
    from bots.protest_intake.pointed_away import pointed_away
    text = "\n".join(["DRAWBACK N NOT SUBJECT TO DRAWBACK", "*** CONTINUED ON PAGE 2 ***",
                      turned, "AUTHORIZED BY /S/ ANN LEE"])
    assert pointed_away(Fields(), text) == unsure


@pytest.mark.parametrize(("code", "words", "category"), [
    ("CL", "CLASSIFICATION AND RATE OF DUTY", "classification"),
    ("AV", "Appraised value, 19 USC 1514(a)(1)", "appraised_value"),
    ("EX", "Exclusion of the merchandise", "exclusion"),
])
def test_a_decision_row_with_a_code_cell_before_its_words(
        tmp_path: Path, code: str, words: str, category: str) -> None:
    # "DECISION CODE | CL | CLASSIFICATION AND RATE OF DUTY": the code's words name the decision.
    canvas = Canvas(str(tmp_path / "d.pdf"))
    for y, cells in ((760, ["PROTEST UNDER 19 CFR PART 174"]),
                     (740, ["Protestant", "Harbor Tile Corp."]),
                     (728, ["Entry number", "B7C-5345291-8"]),
                     (716, ["Decision code", code, words])):
        for x, cell in zip((60, 200, 240), cells, strict=False):
            canvas.drawString(x, y, cell)
    canvas.save()
    assert extract_protest(tmp_path / "d.pdf").facts.category == category


_LETTER = ["PROTEST", "Port Director, Port of Chicago (3901)",
           "Bayview Kitchenware Inc., 12 Dock Road, Tampa, FL 33605, protests the classification",
           "of the merchandise. Entry FGA-7146327-5, entered 05/20/2024, liquidated 04/15/2025."]


@pytest.mark.parametrize("wrapped", [
    ["P.S. Our entries are made at the port of Chicago. Our importer number", "is 14-6065461."],
    ["Our IOR number, for your records,", "is 14-6065461."],
    ["The importer of record number of the company", "was 14-6065461 at entry."],
])
def test_an_importer_number_whose_sentence_wraps_at_its_copula(
        tmp_path: Path, wrapped: list[str]) -> None:
    # "... importer number" / "is 14-6065461.": the label's clause runs on to the next line.
    pdf = _letter_pdf(tmp_path / "p.pdf", [*_LETTER, *wrapped])
    assert extract_protest(pdf).facts.importer_number == "14-6065461"


@pytest.mark.parametrize("office", [
    "Import Compliance Lead", "Senior Customs Buyer", "Head of Imports", "Trade Advisor",
])
def test_a_declarant_names_its_company_after_its_office_in_any_words(
        tmp_path: Path, office: str) -> None:
    # "I am the OFFICE of X (the "Protestant")": the party is X, whatever the office is called.
    pdf = _letter_pdf(tmp_path / "p.pdf", [
        "DECLARATION IN SUPPORT OF PROTEST UNDER 19 U.S.C. 1514",
        "I, Ann Lee, declare as follows:",
        f'1. I am the {office} of Tidemark Bicycle Works Corp. (the "Protestant"), whose',
        "address is 7 Spoke Street, Oakland, CA 94607.",
        "2. The Protestant made entry number FGA-7146327-5 on 05/20/2024, liquidated 04/15/2025."])
    assert extract_protest(pdf).facts.protestant_name == "Tidemark Bicycle Works Corp."


def _worksheet(path: Path, rows: list[tuple[str, str]], heading: str = "PROTESTANT") -> Path:
    canvas = Canvas(str(path))
    canvas.drawString(72, 770, "Trade Compliance - Protest Worksheet")
    canvas.drawString(72, 740, heading)
    y = 726.0
    for caption, value in [*rows, ("Entry number", "FGA-7146327-5"),
                           ("Date of entry", "2024-05-20"), ("Date of liquidation", "2025-04-15")]:
        canvas.drawString(80, y, caption)
        canvas.drawString(240, y, value)
        y -= 13
    canvas.drawString(72, y - 10, "OBJECTION")
    canvas.drawString(80, y - 23, "We protest the classification under subheading 6912.00.4810.")
    canvas.save()
    return path


@pytest.mark.parametrize(("rows", "address"), [
    ([("Name", "Northgate Lighting Inc."), ("Street", "500 Lumen Drive"),
      ("City / State / ZIP", "Elk Grove Village, IL 60007")],
     "500 Lumen Drive, Elk Grove Village, IL 60007"),
    ([("Company name", "Northgate Lighting Inc."), ("Address", "500 Lumen Drive"),
      ("Suite", "Unit 4"), ("City", "Elk Grove Village"), ("State", "IL"), ("ZIP", "60007")],
     "500 Lumen Drive, Unit 4, Elk Grove Village, IL 60007"),
    ([("Legal name", "Northgate Lighting Inc."), ("Street address", "500 Lumen Drive"),
      ("City, State and ZIP code", "Elk Grove Village, IL 60007"),
      ("Port filed", "1303 Baltimore")],
     "500 Lumen Drive, Elk Grove Village, IL 60007"),
])
@pytest.mark.parametrize("heading", ["PROTESTANT", "Protesting party", "IMPORTER OF RECORD"])
def test_the_partys_parts_as_captioned_rows_under_its_heading(
        tmp_path: Path, rows: list[tuple[str, str]], address: str, heading: str) -> None:
    # Under the party's heading, "Name | X" is the party's name (not "Name X"), and the street
    # and city rows are its address, each part captioned by what it is (174.13(a)(1)).
    facts = extract_protest(_worksheet(tmp_path / "w.pdf", rows, heading)).facts
    assert facts.protestant_name == "Northgate Lighting Inc."
    assert facts.protestant_address == address


@pytest.mark.parametrize("caption", ["Port filed", "Port where filed", "Port filed at"])
def test_the_port_captioned_by_where_the_protest_is_filed(tmp_path: Path, caption: str) -> None:
    rows = [("Name", "Northgate Lighting Inc."), ("Street", "500 Lumen Drive"),
            ("City / State / ZIP", "Elk Grove Village, IL 60007"), (caption, "1303 Baltimore")]
    assert extract_protest(_worksheet(tmp_path / "w.pdf", rows)).facts.port_code == "1303"


@pytest.mark.parametrize("reasons", [
    "The entry was liquidated at a rate that does not reflect the exclusion in effect on the"
    " date of entry.",
    "CBP failed to apply the exclusion granted for these goods before the date of entry.",
    "The port disregarded the exclusion in force on the date of entry.",
    "The rate assessed is inconsistent with the exclusion in force on the date of entry.",
])
def test_reasons_that_find_fault_with_how_the_decision_was_made(
        tmp_path: Path, reasons: str) -> None:
    # "The Protestant objects to the liquidation. The entry was liquidated at a rate that does
    # not reflect ...": the sentence after the objection says why (174.13(a)(6)).
    words = reasons.split(" ")
    half = len(words) // 2
    pdf = _letter_pdf(tmp_path / "p.pdf", [
        "PROTEST", "Port Director, Port of Chicago (3901)",
        "Bayview Kitchenware Inc., 12 Dock Road, Tampa, FL 33605, made entry FGA-7146327-5 on",
        "05/20/2024, liquidated 04/15/2025. Merchandise: steel cookware sets.",
        "Bayview objects to the liquidation of the entry, including the increased duties.",
        " ".join(words[:half]), " ".join(words[half:]),
        "None of the merchandise is the subject of a drawback claim.",
        "Sincerely,", "Ann Lee", "Compliance Manager"])
    facts = extract_protest(pdf).facts
    assert facts.objection_text is not None and "exclusion" in facts.objection_text
