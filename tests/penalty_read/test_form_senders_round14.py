"""Round 14's senders: referral worksheets filled in and flattened (captions in small type over
boxes, radio dots, drawn check boxes for liquidation and the disclosure, one box for the party's
name and address), memos that put "located at" before the address, date the first false entry
in a sentence, or name the goods in a sentence; tables that run the entry date into its status."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.tick_boxes import drawn_boxes
from bots.penalty_notice.extract import extract_penalty
from bots.penalty_notice.extract_entries import liquidated_of
from tests.penalty_read.drawn import draw_referral
from tradebots.pdf import open_pdf

TOP = letter[1]
LEVELS = (("Negligence", 58.0), ("Gross negligence", 188.0), ("Fraud", 318.0))
ROWS = (("B97-1088429-6", "07/10/2022", "$118,000.00", "$4,012.00", "$51,212.00"),
        ("B90-6616620-7", "09/04/2022", "$59,500.00", "$0.00", "$23,800.00"))


def _text(canvas: Canvas, x: float, top: float, text: str, size: float) -> None:
    canvas.setFont("Helvetica", size)
    canvas.drawString(x, TOP - top - size, text)


def _square(canvas: Canvas, x: float, top: float, side: float = 10.0) -> None:
    canvas.rect(x, TOP - top - side, side, side, stroke=1, fill=0)


def worksheet(path: Path, caption: str, level: str, ticked_rows: set[int],
              typed_marks: bool = False, disclosed: bool = False) -> Path:
    """A flattened FP&F worksheet: 5.5 pt captions, each value 13 pt lower in its box; the
    culpability as radio circles (the chosen one dotted), liquidation as drawn check boxes (a
    tick drawn as two strokes) or, for a filled form, an "X" typed in the column."""
    canvas = Canvas(str(path), pagesize=letter)
    _text(canvas, 36, 24, "FINES, PENALTIES & FORFEITURES - PENALTY REFERRAL WORKSHEET", 12)
    for x, label, value in ((38, "CASE NO.", "2026-2704-702-6198"),
                            (218, "DATE OF VIOLATION", "Jul. 10, 2022"),
                            (398, "IMPORTER NO. (IOR)", "16-9005356")):
        canvas.rect(x - 2, TOP - 89, 180, 36, stroke=1, fill=0)
        _text(canvas, x, 55.6, label, 5.5)
        _text(canvas, x + 3, 74.1, value, 9)
    _text(canvas, 38, 93.6, caption, 5.5)
    for index, line in enumerate(("Tri-County Farm Equipment Co.", "Route 9, Box 114",
                                  "Lancaster, PA 17601")):
        _text(canvas, 41, 110.1 + 10 * index, line, 9)
    _text(canvas, 38, 156.6, "CULPABILITY (mark one)", 5.5)
    for name, at in LEVELS:
        canvas.circle(at - 9, TOP - 183, 5, stroke=1, fill=0)
        if name == level:
            canvas.circle(at - 9, TOP - 183, 2.2, stroke=0, fill=1)
        _text(canvas, at, 180.7, name, 8)
    _square(canvas, 440, 178)
    if disclosed:
        canvas.line(442, TOP - 183, 445, TOP - 186)
        canvas.line(445, TOP - 186, 448, TOP - 180)
    _text(canvas, 454, 180.7, "Prior disclosure", 8)
    for x, head in ((40, "Entry No."), (142, "Entry Date"), (216, "Liq."),
                    (244, "Entered Value"), (330, "Duty Paid"), (412, "Duty Owed")):
        _text(canvas, x, 218.4, head, 7)
    for index, row in enumerate(ROWS):
        top = 233.0 + 20 * index
        for x, cell in zip((42, 144, 246, 332, 414), (row[0], row[1], *row[2:]), strict=True):
            _text(canvas, x, top, cell, 8)
        if typed_marks:
            if index in ticked_rows:
                _text(canvas, 224, top, "X", 8)
            continue
        _square(canvas, 222, top - 2)
        if index in ticked_rows:
            canvas.line(224, TOP - top - 5, 227, TOP - top - 8)
            canvas.line(227, TOP - top - 8, 230, TOP - top - 1)
    _text(canvas, 38, 378.6, "DUTIABLE VALUE (total entered)", 5.5)
    _text(canvas, 41, 397.1, "$177,500.00", 9)
    _text(canvas, 308, 378.6, "DOMESTIC VALUE (162.43)", 5.5)
    _text(canvas, 311, 397.1, "$248,500.00", 9)
    _text(canvas, 38, 416.6, "MERCHANDISE", 5.5)
    _text(canvas, 41, 433.1, "rotary tillers for walk-behind tractors", 9)
    canvas.save()
    return path


@pytest.mark.parametrize("caption", [
    "VIOLATOR - NAME AND ADDRESS", "Name and address of importer", "Party (name & address)",
    "NAME/ADDRESS OF VIOLATOR",
])
def test_a_flattened_worksheet_is_read_from_its_boxes_and_drawn_marks(
        tmp_path: Path, caption: str) -> None:
    facts = extract_penalty(worksheet(tmp_path / "w.pdf", caption, "Gross negligence", {1})).facts
    assert facts.case_number == "2026-2704-702-6198"
    assert facts.importer_number == "16-9005356"
    assert (facts.party_name, facts.party_address) == (
        "Tri-County Farm Equipment Co.", "Route 9, Box 114, Lancaster, PA 17601")
    assert facts.culpability == "gross_negligence"
    assert facts.prior_disclosure is False
    assert [e.liquidated for e in facts.entries] == [False, True]
    assert (facts.dutiable_value, facts.domestic_value) == (Decimal("177500"), Decimal("248500"))


def test_a_drawn_tick_in_the_disclosure_box_is_a_prior_disclosure(tmp_path: Path) -> None:
    path = worksheet(tmp_path / "w.pdf", "VIOLATOR - NAME AND ADDRESS", "Fraud", set(),
                     disclosed=True)
    facts = extract_penalty(path).facts
    assert (facts.culpability, facts.prior_disclosure) == ("fraud", True)
    assert [e.liquidated for e in facts.entries] == [False, False]


def test_no_dot_among_the_radio_levels_leaves_the_culpability_to_a_person(tmp_path: Path) -> None:
    facts = extract_penalty(worksheet(tmp_path / "w.pdf", "VIOLATOR - NAME AND ADDRESS", "",
                                      {0})).facts
    assert facts.culpability is None  # not the first level printed on the options line


def test_a_typed_x_in_the_liquidation_column_marks_the_entry_liquidated(tmp_path: Path) -> None:
    path = worksheet(tmp_path / "w.pdf", "VIOLATOR - NAME AND ADDRESS", "Negligence", {0},
                     typed_marks=True)
    facts = extract_penalty(path).facts
    assert [e.liquidated for e in facts.entries] == [True, False]


def test_a_radio_dot_and_a_drawn_tick_tick_their_boxes_and_a_white_inset_does_not(
        tmp_path: Path) -> None:
    path = tmp_path / "boxes.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawString(100, 650, "Options")
    canvas.circle(100, 700, 5, stroke=1, fill=0)
    canvas.circle(100, 700, 2, stroke=0, fill=1)  # a radio's dot
    canvas.rect(200, 695, 10, 10, stroke=1, fill=0)
    canvas.line(202, 700, 205, 697)  # a check mark's two strokes
    canvas.line(205, 697, 208, 703)
    canvas.rect(300, 695, 10, 10, stroke=1, fill=0)
    canvas.setFillGray(1.0)
    canvas.rect(302.5, 697.5, 5, 5, stroke=0, fill=1)  # a white inset: no mark
    canvas.save()
    with open_pdf(path) as document:
        boxes = sorted(drawn_boxes(document), key=lambda b: b.bbox[0])
    assert [b.ticked for b in boxes] == [True, True, False]


def test_a_name_and_address_caption_beside_its_lines_gives_both(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "PENALTY CASE WORKSHEET - 19 U.S.C. 1592",
        [(72, "Case number"), (200, "2026-2704-702-6198")],
        [(72, "Violator name and address"), (200, "Tri-County Farm Equipment Co.")],
        [(200, "Route 9, Box 114")],
        [(200, "Lancaster, PA 17601")],
        [(72, "Culpability"), (200, "Negligence")],
        "Entry B97-1088429-6 07/10/2022 Unliquidated $118,000.00 $4,012.00 $5,212.00",
    ])
    facts = extract_penalty(path).facts
    assert (facts.party_name, facts.party_address) == (
        "Tri-County Farm Equipment Co.", "Route 9, Box 114, Lancaster, PA 17601")


@pytest.mark.parametrize(("lines", "address"), [
    (["Brightwater Home Goods LLC", "77 Commerce Park Drive, Suite 210", "Edison, NJ 08837"],
     "77 Commerce Park Drive, Suite 210, Edison, NJ 08837"),
    (["Tri-County Farm Equipment Co.", "Route 9, Box 114", "Lancaster, PA 17601"],
     "Route 9, Box 114, Lancaster, PA 17601"),
])
def test_a_party_heading_over_a_mailing_block_gives_name_and_address(
        tmp_path: Path, lines: list[str], address: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "MEMORANDUM - Referral for 19 U.S.C. 1592 action", "1. Party", *lines,
        "IOR: 96-171568501", "2. Violation",
        "Merchandise: cast iron Dutch ovens. Culpability: Negligence.",
        "Entry B97-1088429-6 07/10/2022 Unliquidated $118,000.00 $4,012.00 $5,212.00",
    ])
    facts = extract_penalty(path).facts
    assert (facts.party_name, facts.party_address) == (lines[0], address)


def test_a_party_caption_beside_an_address_caption_still_heads_its_name(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "Penalty Case Initiation",
        [(72, "Party"), (318, "Address")],
        [(72, "Redfern Textile Trading Company"), (318, "1800 Loom Parkway, Greensboro, NC 27405")],
        [(72, "Violation date"), (318, "Culpability")],
        [(72, "06/26/2023"), (318, "Negligence")],
        "Entry H4D-1062219-9 06/26/2023 Y $4,210.00 $105.26 $421.00",
    ])
    facts = extract_penalty(path).facts
    assert (facts.party_name, facts.party_address) == (
        "Redfern Textile Trading Company", "1800 Loom Parkway, Greensboro, NC 27405")


def test_a_caption_read_after_the_party_label_is_no_name(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "PENALTY CASE WORKSHEET - 19 U.S.C. 1592",
        "VIOLATOR - NAME AND ADDRESS",
        "",
        "",
        "Culpability: Negligence",
        "Entry B97-1088429-6 07/10/2022 Unliquidated $118,000.00 $4,012.00 $5,212.00",
    ])
    assert extract_penalty(path).facts.party_name is None


def _question(canvas: Canvas, top: float, question: str, ticked: str) -> None:
    _text(canvas, 72, top, question, 8)
    for x, answer in ((300, "Yes"), (360, "No")):
        canvas.rect(x, TOP - top - 9, 8, 8, stroke=1, fill=1 if answer == ticked else 0)
        _text(canvas, x + 12, top, answer, 8)


@pytest.mark.parametrize(("disclosure", "commercial_question", "ticked", "disclosed", "non"), [
    ("Yes", "Commercial importation?", "No", True, True),
    ("No", "Commercial importation?", "Yes", False, False),
    ("No", "Noncommercial importation?", "Yes", False, True),
])
def test_drawn_yes_no_pairs_answer_the_disclosure_and_commercial_questions(
        tmp_path: Path, disclosure: str, commercial_question: str, ticked: str,
        disclosed: bool, non: bool) -> None:
    path = tmp_path / "q.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    _text(canvas, 72, 60, "PENALTY CASE WORKSHEET - 19 U.S.C. 1592", 10)
    _text(canvas, 72, 80, "Violator: Tri-County Farm Equipment Co.", 8)
    _text(canvas, 72, 95, "Culpability: Negligence", 8)
    _question(canvas, 110, "Prior disclosure (162.74)?", disclosure)
    _question(canvas, 125, commercial_question, ticked)
    _text(canvas, 72, 145, "Entry B97-1088429-6 07/10/2022 Unliquidated $118,000.00 $4,012.00 "
          "$5,212.00", 8)
    canvas.save()
    facts = extract_penalty(path).facts
    assert (facts.prior_disclosure, facts.noncommercial) == (disclosed, non)


def test_a_drawn_yes_no_pair_ticked_neither_way_goes_to_a_person(tmp_path: Path) -> None:
    path = tmp_path / "q.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    _text(canvas, 72, 60, "PENALTY CASE WORKSHEET - 19 U.S.C. 1592", 10)
    _text(canvas, 72, 80, "Violator: Tri-County Farm Equipment Co.", 8)
    _text(canvas, 72, 95, "Culpability: Negligence", 8)
    _question(canvas, 110, "Prior disclosure (162.74)?", "")
    _text(canvas, 72, 145, "Entry B97-1088429-6 07/10/2022 Unliquidated $118,000.00 $4,012.00 "
          "$5,212.00", 8)
    canvas.save()
    reading = extract_penalty(path)
    assert "prior_disclosure" not in reading.fields or reading.fields[
        "prior_disclosure"].confidence < 0.75
    assert any("prior disclosure" in doubt for doubt in reading.facts.doubts)


def test_a_frame_drawn_inside_a_box_is_no_tick(tmp_path: Path) -> None:
    path = tmp_path / "bevel.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawString(100, 650, "Options")
    canvas.rect(100, 695, 12, 12, stroke=1, fill=0)
    canvas.setStrokeGray(0.5)
    canvas.rect(102, 697, 8, 8, stroke=1, fill=0)  # a bevel's inner frame
    canvas.save()
    with open_pdf(path) as document:
        assert not any(b.ticked for b in drawn_boxes(document))


def test_a_zapf_dingbats_glyph_in_a_drawn_box_ticks_it(tmp_path: Path) -> None:
    path = tmp_path / "dingbats.pdf"
    canvas = Canvas(str(path), pagesize=letter)
    canvas.drawString(100, 650, "Options")
    for x, glyph in ((100, "4"), (200, "8"), (300, None)):
        canvas.rect(x, 695, 10, 10, stroke=1, fill=0)
        if glyph:  # Acrobat's check and cross appearances
            canvas.setFont("ZapfDingbats", 8)
            canvas.drawString(x + 1.5, 697, glyph)
    canvas.save()
    with open_pdf(path) as document:
        boxes = sorted(drawn_boxes(document), key=lambda b: b.bbox[0])
    assert [b.ticked for b in boxes] == [True, True, False]


@pytest.mark.parametrize("connector", [
    "located at", "with its principal place of business at", "whose address is",
    "headquartered at",
])
def test_a_party_and_its_address_joined_by_words_are_told_apart(
        tmp_path: Path, connector: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "REFERRAL FOR PENALTY ACTION - 19 U.S.C. 1592",
        f"Subject party: Meridian Bicycle Components LLC, {connector} 64 Foundry Lane, "
        "Portland, OR 97217",
        "The merchandise concerned is aluminum bicycle cranksets.",
        "Culpability: negligence. Date of violation: 09/22/2023.",
        "Entry BAB-1864378-7, date of entry 09/22/2023, not yet liquidated: entered value",
        "15,500.00; duty deposited 0.00; duty lawfully owed 425.60.",
    ])
    facts = extract_penalty(path).facts
    assert facts.party_name == "Meridian Bicycle Components LLC"
    assert facts.party_address == "64 Foundry Lane, Portland, OR 97217"
    assert facts.merchandise == "aluminum bicycle cranksets"


@pytest.mark.parametrize(("sentence", "goods"), [
    ("The merchandise concerned is cast iron Dutch ovens, 5.5 quart.",
     "cast iron Dutch ovens, 5.5 quart"),
    ("The goods involved were LED troffer light fixtures.", "LED troffer light fixtures"),
    ("The imported products consist of nylon dog leashes.", "nylon dog leashes"),
    ("The domestic value of the merchandise is 322,400.00.", None),
])
def test_the_goods_are_read_from_a_sentence_never_from_a_value(
        tmp_path: Path, sentence: str, goods: str | None) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "REFERRAL FOR PENALTY ACTION - 19 U.S.C. 1592",
        "Subject party: Meridian Bicycle Components LLC, 64 Foundry Lane, Portland, OR 97217",
        sentence,
        "Culpability: negligence. Date of violation: 09/22/2023.",
        "Entry BAB-1864378-7, date of entry 09/22/2023, not yet liquidated: entered value",
        "15,500.00; duty deposited 0.00; duty lawfully owed 425.60.",
    ])
    assert extract_penalty(path).facts.merchandise == goods


@pytest.mark.parametrize("sentence", [
    "The first false entry was made on 11/01/2023.",
    "The earliest entry at issue was filed on November 1, 2023.",
    "The first of the entries was entered on 1 November 2023.",
    "The violation was committed on 2023-11-01.",
])
def test_the_violation_is_dated_by_the_first_false_entry(tmp_path: Path, sentence: str) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "REFERRAL FOR PENALTY ACTION - 19 U.S.C. 1592",
        "This memorandum refers Copperleaf Home Textiles, Inc. (31 Weaver Street, Greensboro, NC",
        f"27401) for a penalty under 19 U.S.C. 1592. {sentence}",
        "Culpability: gross negligence.",
        "Entry EBC-6340013-7 03/26/2023 Liquidated $87,059.49 $2,611.78 $6,964.76",
    ])
    assert str(extract_penalty(path).facts.violation_date) == "2023-11-01"


def test_a_date_given_to_the_violation_itself_outranks_the_first_entry(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "REFERRAL FOR PENALTY ACTION - 19 U.S.C. 1592",
        "This memorandum refers Copperleaf Home Textiles, Inc. (31 Weaver Street, Greensboro, NC",
        "27401). The first entry was filed on 03/01/2023; the violation occurred on 05/01/2023.",
        "Culpability: gross negligence.",
        "Entry EBC-6340013-7 03/01/2023 Liquidated $87,059.49 $2,611.78 $6,964.76",
    ])
    assert str(extract_penalty(path).facts.violation_date) == "2023-05-01"


@pytest.mark.parametrize(("cell", "liquidated"), [
    ("July 19, 2022 Unliquidated", False), ("07/19/2022 Liquidated", True),
    ("03/01/2024", True), ("Liq. 03/01/2024", True), ("Extended to 3/1/25", False),
    ("X", True), ("[X]", True), ("", False), ("[ ]", False),
])
def test_a_status_beside_a_date_says_more_than_the_date(cell: str, liquidated: bool) -> None:
    assert liquidated_of(cell) is liquidated


def test_an_entry_date_run_into_its_status_column_gives_both(tmp_path: Path) -> None:
    path = draw_referral(tmp_path / "r.pdf", [
        "Penalty Referral Summary - FP&F 1592",
        [(72, "Importer"), (170, "Kestrel Audio Devices LLC")],
        [(72, "Address"), (170, "2500 Signal Hill Drive, Long Beach, CA 90755")],
        [(72, "Culpability"), (170, "NEGLIGENCE")],
        [(72, "Entry No."), (135, "Entry Date Status"), (273, "Entered Value"),
         (369, "Duty Paid"), (465, "Duty Owed")],
        [(72, "B7C-5806568-1"), (135, "July 19, 2022 Unliquidated"), (273, "$98,123.83"),
         (369, "$2,453.10"), (465, "$2,453.10")],
        [(72, "B7C-6661159-1"), (135, "November 8, 2022 Liquidated"), (273, "$81,639.79"),
         (369, "$2,040.99"), (465, "$2,040.99")],
    ])
    entries = extract_penalty(path).facts.entries
    assert [(str(e.entry_date), e.liquidated) for e in entries] == [
        ("2022-07-19", False), ("2022-11-08", True)]
