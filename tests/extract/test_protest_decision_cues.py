"""What the protest reader takes from wordings other hands use: the decision protested named in
the sentence that lodges the protest (19 CFR 174.13(a)(5), 19 U.S.C. 1514(a)), a receipt stamp's
protest number however it is labelled, and an entry date that wraps inside an aligned row."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_decision import decision_in, read_decision
from bots.protest_intake.extract_entries import BY_ORDER, WRAPPED, EntryRead, read_entries
from bots.protest_intake.extract_fields import LABELLED, PROSE, Fields
from bots.protest_intake.extract_letter import read_stamp
from tests.extract.test_protest_letter_cues import elements, stream_of
from tradebots.pdf import TextStream, open_pdf


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("We, Cedar Furniture Ltd., respectfully protest (IRS No. 42-715677800) the liquidation "
         "at the rates shown on the bulletin concerning the entries listed below.", "liquidation"),
        ("Please accept this letter as the protest of Northstar Trading Corp. against (Importer "
         "of Record No. 17-260728300) the tariff classification of the merchandise.",
         "classification"),
        ("Summit Apparel Corp., by its undersigned counsel, protests the denial of the "
         "post-importation claim under 19 U.S.C. 1520(d) concerning the entries listed below.",
         "reliquidation_1520d"),
        ("Please accept this protest filed for the importer of record Northstar Imports Corp. "
         "of 8067 Harbor Blvd, Long Beach, CA 90802 against the refusal to reliquidate pursuant "
         "to 19 U.S.C. 1520(d) concerning the entries listed below.", "reliquidation_1520d"),
        ("This protest challenges CBP's appraisement of the merchandise.", "appraised_value"),
        ("The decision protested is the exclusion of the merchandise from entry.", "exclusion"),
        ("Protestant objects to the denial of its drawback claim.", "drawback"),
        ("We file this protest as attorney-in-fact for Liberty Foods Corp., 5891 Elm St, Long "
         "Beach, CA 90802, concerning the refusal to pay the drawback claim concerning the "
         "entries listed below.", "drawback"),
        ("We file this protest as attorney-in-fact for Atlantic Outfitters, Inc., concerning "
         "CBP's liquidation of the entries concerning the entries listed below.", "liquidation"),
    ],
)
def test_the_decision_is_the_object_of_the_protesting_sentence(sentence: str,
                                                               category: str) -> None:
    assert decision_in(sentence) == category


@pytest.mark.parametrize(
    "sentence",
    [
        # The protestant's own name is not the decision ("Coffee" holds "fee").
        "This is the protest of Coffee Roasters Inc. concerning the entries listed below.",
        "This protest is filed under 19 U.S.C. 1514 and 19 CFR Part 174.",
        "We protest.",
    ],
)
def test_a_sentence_naming_no_decision_gives_none(sentence: str) -> None:
    assert decision_in(sentence) is None


def test_a_citation_inside_the_sentence_does_not_end_it() -> None:
    fields = Fields()
    read_decision(stream_of(
        "Acme Inc., by counsel, protests the denial of the claim under 19 U.S.C.\n"
        "1520(d) concerning the entries listed below. This protest is filed under 19\n"
        "U.S.C. 1514 and 19 CFR Part 174."), fields)
    assert fields.value("category") == "reliquidation_1520d"


@pytest.mark.parametrize(
    "stamp",
    ["Protest Number: 5301-15-100006", "PROTEST # 5301-15-100006", "Protest No. 5301-15-100006",
     "PROTEST NO.: 5301-15-100006", "Protest Nbr 5301 - 15 - 100006"],
)
def test_a_stamped_protest_number_is_read_in_any_wording(stamp: str) -> None:
    fields = Fields()
    read_stamp(stream_of(f"RECEIVED 04/28/2015\nPORT OF HOUSTON\n{stamp}"), fields)
    assert fields.value("protest_number") == "5301-15-100006"


def test_an_earlier_protests_number_is_not_this_protests() -> None:
    fields = Fields()
    read_stamp(stream_of("Earlier protest # 5301-14-100001 was denied."), fields)
    assert fields.value("protest_number") is None


def _entries_drawn(path: Path, texts: list[tuple[float, float, str]]) -> list[EntryRead]:
    """Draw each text at its (x, y) on one page and read the entries the page holds."""
    canvas = Canvas(str(path))
    for x, y, text in texts:
        canvas.drawString(x, y, text)
    canvas.save()
    with open_pdf(path) as document:
        stream = TextStream([line for n in document.page_numbers for line in document.segments(n)])
        return read_entries(document, stream)


def test_a_date_wrapped_inside_an_aligned_row_is_read_whole(tmp_path: Path) -> None:
    (entry,) = _entries_drawn(tmp_path / "row.pdf", [
        (72, 700, "Entry #"), (230, 700, "Entered"), (400, 700, "Liquidated"),
        (72, 686, "HIA-1617634-1"), (230, 686, "Saturday, January 16, 2010"),
        (400, 686, "Thursday, December 2,"), (72, 672, "2010")])
    assert entry.entry_date is not None and entry.entry_date.value == date(2010, 1, 16)
    assert entry.liquidation_date is not None
    assert entry.liquidation_date.value == date(2010, 12, 2)


def _letter_pdf(path: Path, lines: list[str]) -> Path:
    canvas = Canvas(str(path))
    for row, line in enumerate(lines):
        canvas.drawString(72, 740 - 14 * row, line)
    canvas.save()
    return path


def test_the_drawback_declaration_is_not_taken_for_the_decision_protested(
    tmp_path: Path,
) -> None:
    # "this protest is subject to drawback" is 174.13(a)(9)'s declaration, not 174.13(a)(5).
    pdf = _letter_pdf(tmp_path / "letter.pdf", [
        "Port Director, Port of Chicago (3901)",
        "We file this protest as attorney-in-fact for Atlantic Outfitters, Inc., concerning",
        "CBP's liquidation of the entries. This protest is filed under 19 U.S.C. 1514.",
        "The protest covers entry number HIA-9274192-7, entered on 06-15-2007.",
        "The merchandise covered by this protest is subject to drawback.",
    ])
    extraction = extract_protest(pdf)
    assert extraction.facts.category == "liquidation"
    assert extraction.facts.drawback_declaration is True


def test_both_dates_wrapped_in_their_cells_take_the_year_printed_under_each(
    tmp_path: Path,
) -> None:
    # A Word table whose date cells are too narrow: each cell wraps its year under itself.
    (entry,) = _entries_drawn(tmp_path / "cells.pdf", [
        (72, 700, "Entry No."), (230, 700, "Date of Entry"), (400, 700, "Date of Liquidation"),
        (72, 686, "HIA-1278467-6"), (230, 686, "Wednesday, December 18,"),
        (400, 686, "Thursday, September 25,"), (230, 672, "2024"), (400, 672, "2025")])
    assert entry.entry_date is not None and entry.entry_date.value == date(2024, 12, 18)
    assert entry.liquidation_date is not None
    assert entry.liquidation_date.value == date(2025, 9, 25)
    evidence = entry.liquidation_date.evidence
    assert evidence is not None and "2025" in evidence.text  # the year is part of the evidence
    # Put together from two printed places: surer than a sentence, less than a whole cell.
    assert entry.entry_date.confidence == WRAPPED < LABELLED


def test_a_long_date_running_on_under_the_next_header_belongs_to_the_column_it_starts_in(
    tmp_path: Path,
) -> None:
    # "Thursday, September 14, 2017" starts under "Date of Entry" and ends under the next header.
    (entry,) = _entries_drawn(tmp_path / "long.pdf", [
        (72, 700, "Entry No."), (250, 700, "Date of Entry"), (360, 700, "Date of Liquidation"),
        (72, 686, "B12-7128251-5"), (250, 686, "Thursday, September 14, 2017"),
        (425, 686, "Friday, July 6, 2018")])
    assert entry.entry_date is not None and entry.liquidation_date is not None
    assert (entry.entry_date.value, entry.liquidation_date.value) == (
        date(2017, 9, 14), date(2018, 7, 6))


def test_a_form_header_whose_date_cells_wrap_places_the_dates_as_labelled(tmp_path: Path) -> None:
    # CBP Form 19's entry details: "DATE OF" / "ENTRY" and "DATE OF" / "LIQUIDATION".
    (entry,) = _entries_drawn(tmp_path / "form.pdf", [
        (72, 700, "FILER CODE"), (160, 700, "ENTRY NO."), (250, 700, "CHECK DIGIT"),
        (340, 700, "DATE OF"), (340, 688, "ENTRY"), (440, 700, "DATE OF"),
        (440, 688, "LIQUIDATION"), (72, 674, "HIA"), (160, 674, "1278467"), (250, 674, "6"),
        (340, 674, "1/15/11"), (440, 674, "11/19/11")])
    assert entry.entry_date is not None and entry.liquidation_date is not None
    assert (entry.entry_date.value, entry.liquidation_date.value) == (
        date(2011, 1, 15), date(2011, 11, 19))
    assert entry.entry_date.confidence == entry.liquidation_date.confidence == LABELLED


def test_dates_placed_only_by_their_order_score_below_dates_a_word_places(
    tmp_path: Path,
) -> None:
    worded, ordered = _entries_drawn(tmp_path / "prose.pdf", [
        (72, 740, "Entry HIA-1278467-6, entered on 12/18/2024 and liquidated on 09/25/2025."),
        (72, 726, "Entry HIA-1278468-4 (12/18/2024; 09/25/2025) is protested too.")])
    assert ordered.entry_date is not None and ordered.liquidation_date is not None
    assert (ordered.entry_date.value, ordered.liquidation_date.value) == (
        date(2024, 12, 18), date(2025, 9, 25))
    assert worded.entry_date is not None
    assert ordered.entry_date.confidence == BY_ORDER < worded.entry_date.confidence == PROSE


@pytest.mark.parametrize(
    ("declaration", "subject"),
    [("A drawback claim has been filed covering the entries protested.", True),
     ("The entries are covered by a drawback claim.", True),
     ("No drawback claim has been filed for these entries.", False)],
)
def test_the_drawback_declaration_in_a_filers_words(declaration: str, subject: bool) -> None:
    assert elements(declaration).value("drawback_declaration") is subject


def test_the_objection_under_a_statement_of_facts_and_argument_heading() -> None:
    fields = elements("Statement of Facts and Argument\n"
                      "The drawback claim was refused for want of proof of export, although the\n"
                      "bills of lading were submitted with the claim.")
    assert fields.value("objection_text", "").startswith("The drawback claim was refused")


def test_an_empty_justification_box_does_not_take_the_next_boxs_question(tmp_path: Path) -> None:
    # The 2021 Form 19 asks item 9 as a numbered question right under the justification box.
    pdf = _letter_pdf(tmp_path / "form.pdf", [
        "CBP Form 19 - PROTEST",
        "3. PORT: Baltimore (1303)",
        "Entry HIA-1278467-6, entered 09/26/2021, liquidated 08/06/2022.",
        "CATEGORY OF MERCHANDISE / DECISION PROTESTED",
        "Appraised value",
        "JUSTIFICATION FOR CLAIM",
        "9. Are the entries in this protest subject to a drawback claim?",
        "( ) Yes     ( ) No",
    ])
    extraction = extract_protest(pdf)
    assert extraction.layout == "form19"
    assert "objection_text" not in extraction.fields
    stated = _letter_pdf(tmp_path / "stated.pdf", [
        "CBP Form 19 - PROTEST",
        "Entry HIA-1278467-6, entered 09/26/2021, liquidated 08/06/2022.",
        "JUSTIFICATION FOR CLAIM",
        "The buying commissions are not part of the transaction value.",
        "9. Are the entries in this protest subject to a drawback claim?",
    ])
    objection = extract_protest(stated).fields["objection_text"].value
    assert objection == "The buying commissions are not part of the transaction value."
