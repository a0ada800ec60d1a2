"""The shared tick-box reader: typed boxes on a line, Yes/No pairs however drawn, and boxes
drawn as squares on a page with a cross, a fill or nothing inside."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.tick_boxes import (
    box_before,
    box_captions,
    boxed_options,
    drawn_answer,
    drawn_boxes,
    marked_caption,
    prints_boxes,
    question_choice,
    yes_no_choice,
    yes_no_in_text,
)
from tradebots.pdf import Segment, Word, open_pdf


@pytest.mark.parametrize(("line", "ticked", "unticked"), [
    # Boxes lead their words when words follow the last box.
    ("Culpability [X] Negligence [ ] Gross negligence [ ] Fraud", ["Negligence"],
     ["Gross negligence", "Fraud"]),
    ("☐ Yes ☒ No", ["No"], ["Yes"]),
    ("(x) Fraud ( ) Negligence", ["Fraud"], ["Negligence"]),
    # Boxes trail their words when nothing follows the last box.
    ("Yes [ ] No [X]", ["No"], ["Yes"]),
    ("[ ] Yes [ ] No", [], ["Yes", "No"]),
])
def test_each_box_belongs_to_its_words(line: str, ticked: list[str], unticked: list[str]) -> None:
    options = boxed_options(line)
    assert options is not None
    assert [o.words for o in options if o.ticked] == ticked
    assert [o.words for o in options if not o.ticked] == unticked
    for option in options:
        assert line[option.start:option.start + len(option.words)] == option.words


def test_a_line_without_boxes_has_no_options() -> None:
    assert boxed_options("Culpability: negligence") is None


def words(*items: tuple[str, float]) -> list[Word]:
    return [Word(1, x, 100.0, x + 6.0 * len(text), 110.0, text) for text, x in items]


@pytest.mark.parametrize(
    ("printed", "answer"),
    [
        ((("[X]", 0), ("Yes", 20), ("[", 50), ("]", 56), ("No", 62)), True),
        ((("Yes", 0), ("[", 22), ("]", 28), ("No", 40), ("[X]", 56)), False),
        ((("☐", 0), ("Yes", 10), ("☒", 40), ("No", 50)), False),
        ((("☒", 0), ("Yes", 10), ("☐", 40), ("No", 50)), True),
        ((("(", 0), (")", 6), ("Yes", 20), ("(X)", 50), ("No", 70)), False),
    ],
)
def test_bracketed_and_glyph_boxes_belong_to_the_word_they_stand_beside(printed, answer) -> None:
    assert yes_no_choice(words(*printed)) is answer


def test_a_bare_mark_in_a_drawn_box_belongs_to_the_nearest_answer() -> None:
    # "Yes [ ] [X] No" drawn as boxes: only the X is text, just before "No".
    assert yes_no_choice(words(("Yes", 347), ("X", 373), ("No", 383))) is False
    assert yes_no_choice(words(("X", 337), ("Yes", 347), ("No", 383))) is True


def test_no_mark_or_both_marked_is_no_answer() -> None:
    assert yes_no_choice(words(("Yes", 0), ("No", 40))) is None
    assert yes_no_choice(words(("[X]", 0), ("Yes", 20), ("[X]", 50), ("No", 70))) is None


@pytest.mark.parametrize(("text", "answer"), [
    ("Subject to drawback: [ ] Yes [X] No", False),
    ("Further review requested: Yes [X] No [ ]", True),
    ("Accelerated disposition ☒ Yes ☐ No", True),
    ("Prior disclosure made: (X) Yes ( ) No", True),  # typed forms' parentheses, as on a page
    ("Prior disclosure made: Yes ( ) No (X)", False),
    ("Further review is requested.", None),
])
def test_a_yes_no_pair_in_running_text(text: str, answer: bool | None) -> None:
    assert yes_no_in_text(text) is answer


def test_a_question_answered_on_the_line_under_it() -> None:
    asked = Segment(tuple(words(("Further", 0), ("review?", 50))))
    under = Segment((Word(1, 0, 120, 20, 130, "[X]"), Word(1, 24, 120, 44, 130, "Yes"),
                     Word(1, 60, 120, 72, 130, "[ ]"), Word(1, 76, 120, 90, 130, "No")))
    found = question_choice([[asked], [under]], re.compile("further review", re.I))
    assert found is not None and found[0] is True


def _form(path: Path, rows: list[tuple[str, list[tuple[str, str]]]]) -> Path:
    """A page of questions, each followed by drawn boxes: ("cross"|"fill"|"empty", caption)."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    y = 700.0
    for question, boxes in rows:
        canvas.drawString(72, y, question)
        x = 300.0
        for state, caption in boxes:
            canvas.setFillGray(0.0 if state == "fill" else 1.0)
            canvas.rect(x, y - 2, 10, 10, stroke=1, fill=1 if state == "fill" else 0)
            canvas.setFillGray(0.0)
            if state == "cross":
                canvas.drawString(x + 2, y, "X")
            canvas.drawString(x + 14, y, caption)
            x += 60
        y -= 30
    canvas.save()
    return path


def test_drawn_boxes_with_a_cross_a_fill_or_nothing(tmp_path: Path) -> None:
    pdf = _form(tmp_path / "form.pdf", [
        ("Further review requested", [("empty", "Yes"), ("cross", "No")]),
        ("Accelerated disposition", [("fill", "Yes"), ("empty", "No")]),
        ("Subject to drawback", [("empty", "Yes"), ("empty", "No")]),
        ("Sample enclosed", [("cross", "")]),
    ])
    with open_pdf(pdf) as document:
        boxes = drawn_boxes(document)
    assert len(boxes) == 7
    assert [b.ticked for b in boxes] == [False, True, True, False, False, False, True]
    by_line = {q: [b for b in boxes if b.line.startswith(q)]
               for q in ("Further", "Accelerated", "Subject", "Sample")}
    assert drawn_answer(by_line["Further"]) is False
    assert drawn_answer(by_line["Accelerated"]) is True
    assert drawn_answer(by_line["Subject"]) is None  # nothing ticked: no answer
    assert drawn_answer(by_line["Sample"]) is True  # a lone box answers by its own state
    first = boxes[0]
    assert first.page == 1 and first.bbox[0] == pytest.approx(300.0)
    assert first.after[0].text == "Yes" and "Further review" in first.line


def test_the_box_before_a_caption_is_the_nearest_one_on_its_line(tmp_path: Path) -> None:
    pdf = _form(tmp_path / "row.pdf", [("Options", [("fill", "Sample"), ("empty", "Photos")])])
    with open_pdf(pdf) as document:
        boxes = drawn_boxes(document)
    sample, photos = boxes
    assert box_before(boxes, 1, 314.0, 120.0, 130.0, 20.0) is None  # another line
    top, bottom = sample.bbox[1], sample.bbox[3]
    assert box_before(boxes, 1, 314.0, top, bottom, 20.0) == sample
    assert box_before(boxes, 1, 374.0, top, bottom, 20.0) == photos
    assert box_before(boxes, 1, 420.0, top, bottom, 20.0) is None  # too far after any box


def test_each_drawn_box_on_a_line_is_captioned_by_the_words_up_to_the_next_box(
        tmp_path: Path) -> None:
    pdf = _form(tmp_path / "levels.pdf", [("Culpability", [("empty", "Minor"),
                                                          ("fill", "Gross"), ("empty", "Fraud")]),
                                          ("Drawback", [("cross", "Yes")])])
    with open_pdf(pdf) as document:
        lines = box_captions(drawn_boxes(document))
    assert [[(box.ticked, [w.text for w in words]) for box, words in line] for line in lines] == [
        [(False, ["Minor"]), (True, ["Gross"]), (False, ["Fraud"])], [(True, ["Yes"])]]


@pytest.mark.parametrize(("text", "boxes"), [
    ("[X] Yes [ ] No", True), ("(x) Yes ( ) No", True), ("☐ Yes ☒ No", True),
    ("Yes - filed 3/1/2024", False), ("19 CFR 174.13(a)(6)", False),
])
def test_whether_a_text_prints_boxes(text: str, boxes: bool) -> None:
    assert prints_boxes(text) is boxes


def draw_mark(canvas: Canvas, mark: str, x: float, y: float) -> None:
    """Draw MARK inside the 10-point box at (x, y): a tick as a curve, a cross of two lines, a
    radio's dot, a filled inner square, or what is no mark (a white inner square, a speck)."""
    if mark == "tick":
        path = canvas.beginPath()
        path.moveTo(x + 2, y + 5)
        path.curveTo(x + 3, y + 3, x + 4, y + 2, x + 4.5, y + 2)
        path.lineTo(x + 8.5, y + 8)
        canvas.drawPath(path, stroke=1, fill=0)
    elif mark == "cross":
        canvas.line(x + 2, y + 2, x + 8, y + 8)
        canvas.line(x + 2, y + 8, x + 8, y + 2)
    elif mark == "dot":
        canvas.circle(x + 5, y + 5, 2.3, stroke=0, fill=1)
    elif mark == "square":
        canvas.rect(x + 2.5, y + 2.5, 5, 5, stroke=0, fill=1)
    elif mark == "white":
        canvas.setFillGray(1.0)
        canvas.rect(x + 2.5, y + 2.5, 5, 5, stroke=0, fill=1)
        canvas.setFillGray(0.0)
    elif mark == "speck":
        canvas.rect(x + 4.8, y + 4.8, 0.6, 0.6, stroke=0, fill=1)


def _marked_form(path: Path, marks: list[str]) -> Path:
    """One row of 10-point boxes (a circle for the dot), each with a drawn mark or none."""
    canvas = Canvas(str(path), pagesize=letter)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(72, 700, "Decision")
    x = 150.0
    for mark in marks:
        y = 698.0
        if mark == "dot":
            canvas.circle(x + 5, y + 5, 5, stroke=1, fill=0)
        else:
            canvas.rect(x, y, 10, 10, stroke=1, fill=0)
        draw_mark(canvas, mark, x, y)
        canvas.drawString(x + 14, y + 2, mark)
        x += 60
    canvas.save()
    return path


def test_a_mark_drawn_inside_a_box_ticks_it(tmp_path: Path) -> None:
    # Before: only a typed "X" or a box painted in ticked a box; a flattened form's check mark
    # (a stroked curve), a cross of lines, a radio's dot or an inner square left it unticked.
    marks = ["tick", "cross", "dot", "square", "white", "speck", "none"]
    with open_pdf(_marked_form(tmp_path / "marks.pdf", marks)) as document:
        boxes = drawn_boxes(document)
    assert [(b.after[0].text, b.ticked) for b in boxes] == [
        ("tick", True), ("cross", True), ("dot", True), ("square", True), ("white", False),
        ("speck", False), ("none", False)]


def test_a_lone_mark_belongs_to_the_caption_it_stands_beside() -> None:
    def segment(text: str, x: float) -> Segment:
        return Segment((Word(1, x, 100.0, x + 4.0 * len(text), 110.0, text),))

    row = [segment("Appraised value", 57), segment("Classification", 163),
           segment("Charges or exactions", 269)]
    chosen = marked_caption([*row, segment("X", 364), segment("Liquidation", 375)])
    assert chosen is not None and chosen.text == "Liquidation"
    # The mark run into its caption's segment ("X Liquidation") still stands beside it.
    joined = Segment((*segment("X", 364).words, *segment("Liquidation", 375).words))
    chosen = marked_caption([*row, joined])
    assert chosen is not None and chosen.text == "Liquidation"
    assert marked_caption(row) is None  # nothing marked
    assert marked_caption([*row, segment("X", 151), segment("X", 364)]) is None  # two marks
    # A mark midway between two captions belongs to neither.
    assert marked_caption([segment("Yes", 0), segment("X", 40), segment("No", 64)]) is None
