"""Sender layouts first seen on the twentyfifth hand, read by the class they belong to: an
entries grid drawn with one column per entry, the importer number under captions worded,
placed and abbreviated as senders do (19 CFR 174.13(a)(2)-(a)(5))."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_importer_near import NEAR
from bots.protest_intake.extract_pointed import POINTED
from tests.extract.test_protest_decision_cues import _entries_drawn

FIRST, SECOND = "DFH-2490983-5", "DFH-3475747-1"
GOODS = "Stainless steel vacuum-insulated beverage bottles, 750 ml"


@pytest.mark.parametrize(("number_caption", "entered", "liquidated", "dates"), [
    ("Entry No.", "Entry Date", "Liquidated",
     ("Mar. 16, 2023", "July 3, 2023", "Jan. 22, 2024", "Mar. 26, 2024")),
    ("CBP Entry", "Entry Dt", "Liquidation Dt",
     ("2023.03.16", "2023.07.03", "2024.01.22", "2024.03.26")),
    ("Entry Number", "Date of Entry", "Date of Liquidation",
     ("16-MAR-2023", "03-JUL-2023", "22-JAN-2024", "26-MAR-2024")),
])
def test_a_grid_with_one_column_per_entry_dates_each_entry_from_its_column(
        tmp_path: Path, number_caption: str, entered: str, liquidated: str,
        dates: tuple[str, str, str, str]) -> None:
    # Before: the first entry had no dates and the second took the first's (read as prose,
    # every date followed the last number), so the deadlines were wrong.
    first, second = _entries_drawn(tmp_path / "grid.pdf", [
        (216, 714, "#1"), (386, 714, "#2"),
        (63, 700, number_caption), (216, 700, FIRST), (386, 700, SECOND),
        (63, 686, entered), (216, 686, dates[0]), (386, 686, dates[1]),
        (63, 672, liquidated), (216, 672, dates[2]), (386, 672, dates[3])])
    assert (first.number.value, second.number.value) == (FIRST, SECOND)
    assert first.entry_date is not None and first.entry_date.value == date(2023, 3, 16)
    assert first.liquidation_date is not None and first.liquidation_date.value == date(2024, 1, 22)
    assert second.entry_date is not None and second.entry_date.value == date(2023, 7, 3)
    assert second.liquidation_date is not None
    assert second.liquidation_date.value == date(2024, 3, 26)


def test_a_column_left_without_a_date_leaves_that_entry_undated(tmp_path: Path) -> None:
    # No date under the first number: the second's date is not lent to it, nor the reverse.
    first, second = _entries_drawn(tmp_path / "grid.pdf", [
        (63, 700, "Entry No."), (216, 700, FIRST), (386, 700, SECOND),
        (63, 686, "Liquidated"), (386, 686, "2024-03-26")])
    assert first.liquidation_date is None and first.entry_date is None
    assert second.liquidation_date is not None
    assert second.liquidation_date.value == date(2024, 3, 26)


def _drawn_letter(path: Path, particulars: list[tuple[float, float, str]]) -> Path:
    """A protest letter at the left margin with PARTICULARS drawn where the sender put them."""
    canvas = Canvas(str(path))
    for row, line in enumerate([
            "Cedar Ridge Housewares Ltd. - Protest, Port 0401",
            "Dear Port Director,",
            "We hereby protest under 19 U.S.C. 1514 and 19 CFR Part 174.",
            "This letter is our protest of the liquidation listed."]):
        canvas.drawString(48, 780 - 14 * row, line)
    for x, y, text in particulars:
        canvas.drawString(x, y, text)
    for row, line in enumerate([
            "Entry No.      Entry Date      Liquidated",
            "ABC-0675289-5  2024-03-29      2025-02-07",
            "Protestant objects to the classification and rate of duty assessed at liquidation.",
            "The entries listed are not subject to drawback.",
            "Signed:", "/s/ Marisol Quintana", "Licensed Customs Broker"]):
        canvas.drawString(48, 500 - 14 * row, line)
    canvas.save()
    return path


@pytest.mark.parametrize("caption", [
    "IRS/Importer No.", "CBP Importer ID", "Importer Number (EIN)", "IOR Number",
    "Importer of Record Number", "CBP-assigned number", "EIN / SSN", "Importer's IRS No.",
    "Taxpayer ID No."])
def test_the_importer_number_in_a_sidebar_is_read_under_its_caption(
        tmp_path: Path, caption: str) -> None:
    # Before: the letter's own text beside the value hid it from the line readers, and several
    # of these captions were not known, so 174.13(a)(2) was concluded missing.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (376, 700, caption), (48, 686, "To the Port Director:"), (376, 686, "18-4841931"),
        (48, 672, "We ask that the decision be reviewed."), (376, 672, "Port"),
        (376, 658, "0401")]))
    assert extraction.facts.importer_number == "18-4841931"


def test_text_under_a_sidebar_caption_that_is_no_number_is_not_read(tmp_path: Path) -> None:
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (376, 700, "IRS/Importer No."), (48, 686, "To the Port Director:"),
        (376, 686, "see attached"), (376, 672, "Port"), (376, 658, "0401")]))
    assert extraction.facts.importer_number is None


@pytest.mark.parametrize(("left", "right"), [
    ("Filed for", "Importer Number (EIN)"), ("CBP IMPORTER ID", "FILING PORT"),
    ("IRS/IMPORTER NO.", "CBP PORT CODE")])
def test_the_importer_number_in_a_row_of_captions_is_read_from_its_column(
        tmp_path: Path, left: str, right: str) -> None:
    # Before: "Filed for" and "Filing port" were no captions, so the row was not read as one.
    values = ("Cedar Ridge Housewares Ltd.", "18-4841931") if left == "Filed for" else (
        "18-4841931", "0401")
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (56, 700, left), (312, 700, right), (56, 686, values[0]), (312, 686, values[1])]))
    assert extraction.facts.importer_number == "18-4841931"


def test_values_with_their_captions_to_the_right_are_read(tmp_path: Path) -> None:
    # Before: with no pointer between value and caption neither the number nor the goods were
    # read, and 174.13(a)(2) and (a)(5) were concluded missing.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (50, 700, "18-4841931"), (451, 700, "IRS/Importer No."),
        (50, 686, "0401"), (451, 686, "Port Code"),
        (50, 672, GOODS), (451, 672, "Merchandise description")]))
    assert extraction.facts.importer_number == "18-4841931"
    assert extraction.facts.merchandise_description == GOODS
    assert extraction.fields["merchandise_description"].confidence == POINTED


def test_one_sentence_ending_beside_a_caption_is_no_value(tmp_path: Path) -> None:
    # A single row is no layout of captions to the right: the sentence is not the goods.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (50, 700, "We ask that the decision be reviewed."), (451, 700, "Merchandise")]))
    assert extraction.facts.merchandise_description != "We ask that the decision be reviewed."


def test_a_label_wrapped_in_its_cell_captions_the_value_beside_its_first_line(
        tmp_path: Path) -> None:
    # Before: "MERCHANDISE" alone captioned the next line, and the goods were read as
    # "Objection", the heading under it.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (64, 700, "DESCRIPTION OF"), (200, 700, GOODS), (64, 686, "MERCHANDISE"),
        (60, 672, "Objection")]))
    assert extraction.facts.merchandise_description == GOODS


def test_a_list_items_number_is_no_wrapped_labels_head(tmp_path: Path) -> None:
    # "1. | Entry No. ..." over "III. MERCHANDISE": the heading captions the goods under it,
    # not the entry's line beside the number.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (72, 700, "II. ENTRIES"), (72, 686, "1."),
        (90, 686, "Entry No. ABC-0675289-5; entered Mar. 29, 2024; liquidated Feb. 7, 2025"),
        (72, 672, "III. MERCHANDISE"), (72, 658, GOODS)]))
    assert extraction.facts.merchandise_description == GOODS


def test_a_tick_beside_answers_is_no_wrapped_labels_head(tmp_path: Path) -> None:
    # "X | Appraised value | Liquidation" over "9. DESCRIPTION OF MERCHANDISE": the numbered box
    # captions the goods under it, not the decision's answers beside the tick.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (46, 700, "X"), (57, 700, "Appraised value"), (163, 700, "Classification, rate"),
        (269, 700, "Liquidation"), (38, 686, "9. DESCRIPTION OF MERCHANDISE"), (42, 672, GOODS)]))
    assert extraction.facts.merchandise_description == GOODS


def test_a_one_column_per_entry_grid_reads_its_date_rows_past_other_rows(tmp_path: Path) -> None:
    # A row of values between the date rows, and bare captions ("Liquidation"), as a sender
    # might draw them: each date still goes to the entry of its column.
    first, second = _entries_drawn(tmp_path / "grid.pdf", [
        (63, 700, "Entries"), (216, 700, FIRST), (386, 700, SECOND),
        (63, 686, "Date entered"), (216, 686, "07-MAR-2023"), (386, 686, "03-JUL-2023"),
        (63, 672, "Entered value"), (216, 672, "$12,400"), (386, 672, "$8,150"),
        (63, 658, "Liquidation"), (216, 658, "2024.01.22"), (386, 658, "2024.03.26")])
    assert first.entry_date is not None and first.entry_date.value == date(2023, 3, 7)
    assert first.liquidation_date is not None and first.liquidation_date.value == date(2024, 1, 22)
    assert second.entry_date is not None and second.entry_date.value == date(2023, 7, 3)
    assert second.liquidation_date is not None
    assert second.liquidation_date.value == date(2024, 3, 26)


@pytest.mark.parametrize("caption", [
    "IOR #", "Importer Tax ID", "Protestant's importer number", "IOR No. / EIN",
    "Importer number of protestant"])
def test_more_importer_number_captions_over_their_value(tmp_path: Path, caption: str) -> None:
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (56, 700, caption), (312, 700, "Port code"), (56, 686, "18-4841931"), (312, 686, "0401")]))
    assert extraction.facts.importer_number == "18-4841931"


def _small_caption_over(path: Path, x: float, lines: list[tuple[float, float, str]]) -> Path:
    """A letter with a small "Merchandise description" caption at X and LINES drawn under it in
    the letter's own size, its entries and objection below."""
    canvas = Canvas(str(path))
    canvas.drawString(48, 780, "Cedar Ridge Housewares Ltd. - Protest, Port 0401")
    canvas.drawString(48, 766, "We hereby protest under 19 U.S.C. 1514 and 19 CFR Part 174.")
    canvas.setFont("Helvetica", 7.5)
    canvas.drawString(x, 700, "Merchandise description")
    canvas.setFont("Helvetica", 10)
    for left, y, text in lines:
        canvas.drawString(left, y, text)
    for row, line in enumerate([
            "Entry No. ABC-0675289-5, entered 2024-03-29, liquidated 2025-02-07.",
            "Protestant objects to the classification and rate of duty assessed at liquidation."]):
        canvas.drawString(48, 600 - 14 * row, line)
    canvas.save()
    return path


def test_goods_wrapped_in_a_narrow_sidebar_are_read_whole(tmp_path: Path) -> None:
    # Before: the second line, wider than the first, was taken for another paragraph and the
    # goods were read as "Powered loudspeakers,".
    extraction = extract_protest(_small_caption_over(tmp_path / "p.pdf", 376, [
        (48, 690, "Dear Port Director,"), (376, 690, "Powered loudspeakers,"),
        (376, 678, "bookshelf type, pair-packed")]))
    assert extraction.facts.merchandise_description == (
        "Powered loudspeakers, bookshelf type, pair-packed")


def test_a_paragraph_under_short_goods_in_their_column_is_not_run_on(tmp_path: Path) -> None:
    extraction = extract_protest(_small_caption_over(tmp_path / "p.pdf", 48, [
        (48, 690, "Steel spades"),
        (48, 678, "The protestant objects to the classification of the entries.")]))
    assert extraction.facts.merchandise_description == "Steel spades"


@pytest.mark.parametrize(("number", "expected"), [
    ("18-4841931", "18-4841931"), ("18-4841931-00", "18-484193100"),
    ("123-45-6789", "123-45-6789")])
def test_the_only_importer_number_over_its_caption_is_read_as_placed(
        tmp_path: Path, number: str, expected: str) -> None:
    # A caption printed under its value, as a signature line's caption is: two cues agree.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (300, 700, number), (300, 688, "IOR No."), (48, 660, "Port of entry: 0401")]))
    assert extraction.facts.importer_number == expected
    assert extraction.fields["importer_number"].confidence == NEAR


def test_two_importer_shaped_numbers_by_one_caption_are_not_guessed(tmp_path: Path) -> None:
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (300, 700, "18-4841931"), (300, 688, "IOR No."), (48, 600, "Our file:"),
        (48, 560, "Reference 27-1234567")]))
    assert extraction.facts.importer_number is None
    assert 2 in extraction.facts.unsure_items  # to a person, not concluded absent


def test_a_pointed_caption_wrapped_on_to_the_next_line_is_one_caption(tmp_path: Path) -> None:
    # The tail "merchandise" alone captioned the entries' header under it ("CBP Entry  Entry
    # Dt  Liquidation Dt"), read as the goods; the value before "<- Description of" was lost.
    canvas = Canvas(str(tmp_path / "p.pdf"))
    canvas.drawString(60, 780, "Pemberton Textile Mill Ltd. - Protest, Port 0401")
    canvas.drawString(60, 766, "This letter is our protest of the liquidation listed.")
    canvas.drawString(60, 740, "49-5030987")
    canvas.drawString(452, 740, "<- IOR Number")
    canvas.drawString(60, 726, GOODS)
    canvas.drawString(452, 726, "<- Description of")
    canvas.drawString(452, 714, "merchandise")
    for x, text in ((63, "CBP Entry"), (236, "Entry Dt"), (393, "Liquidation Dt")):
        canvas.drawString(x, 698, text)
    for x, text in ((63, "B2C-7829071-6"), (236, "2023.11.20"), (393, "2024.09.19")):
        canvas.drawString(x, 684, text)
    canvas.drawString(60, 660, "Protestant objects to the appraised value of the merchandise.")
    canvas.save()
    extraction = extract_protest(tmp_path / "p.pdf")
    assert extraction.facts.merchandise_description == GOODS
    assert extraction.facts.importer_number == "49-5030987"


def test_a_sidebar_beside_the_letters_text_is_no_row_of_captions_to_the_right(
        tmp_path: Path) -> None:
    # Sidebar captions share lines with the letter's sentences; their values stand under them.
    # The sentence beside "Merchandise" is not the goods (before: it was read as them); goods
    # not read go to a person, never concluded absent.
    extraction = extract_protest(_drawn_letter(tmp_path / "p.pdf", [
        (48, 700, "To the Port Director:"), (376, 700, "Port"), (376, 688, "0401"),
        (48, 676, "We protest the decision."), (376, 676, "Merchandise"),
        (376, 664, "Steel spades")]))
    assert extraction.facts.merchandise_description in {"Steel spades", None}
    if extraction.facts.merchandise_description is None:
        assert 5 in extraction.facts.unsure_items
