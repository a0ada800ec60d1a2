"""Senders' ways the twenty-third hand showed (issue 13, round 18), each in several wordings a
real sender would use: the goods' facts asked and answered as an interview ("Q. What is it made
of?" over "A. Aluminum"), or a question for a caption ("What is its principal use: ..."), and the
letter's date set tight under the letterhead with no gap. Small pages drawn here and read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.ruling_triage.extract import extract_ruling
from tests.ruling_read.test_twentyfirst_hand_cues import draw, extract

Cell = tuple[float, float, str]
HEAD: list[Cell] = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road, Newark, NJ 07114"),
                    (55, 92, "March 3, 2025"),
                    (55, 112, "National Commodity Specialist Division"),
                    (55, 132, "Re: Request for a binding classification ruling - bath towels"),
                    (55, 152, "Importer of record: Harbor Goods LLC, 12 Pier Road, Newark, NJ "
                              "07114; IRS No. 12-3456789."),
                    (55, 172, "The goods will be entered at the port of Newark (port code 4601); "
                              "no shipment has yet been made.")]
CLOSE: list[Cell] = [(55, 470, "Subheading 6302.60.0020, HTSUS, applies under GRI 1, as the "
                               "heading describes the article by name."),
                     (55, 490, "The issue is not pending before any CBP office or any court."),
                     (55, 520, "Respectfully submitted,"), (55, 540, "/s/ Ann Lee"),
                     (55, 552, "Ann Lee"), (55, 564, "President")]
FACTS = ("Cotton bath towels, terry woven, 70 x 140 cm", "drying the body after bathing",
         "cotton 100% by weight")
# Questions a sender asks of the goods: description, principal use, materials.
ASKED = [
    ("What is the product?", "What is its principal use in the United States?",
     "What is it made of?"),
    ("What are the goods?", "How is it used?", "What are its component materials?"),
    ("What is being imported?", "What is the intended use of the towels?",
     "What materials are they made of?"),
    ("Please describe the merchandise.", "What are they used for?",
     "What is the composition?"),
    ("What is it?", "What is the product's principal use?", "What are they composed of?"),
]
MARKS = [("Q. ", "A. "), ("Question 1: ", "Answer: "), ("Q3) ", "A3) "), ("", "")]


def interview(questions: tuple[str, str, str], marks: tuple[str, str], *,
              tight: bool) -> list[Cell]:
    """Each question over its answer: paragraphs of their own, or (TIGHT) one printed block."""
    cells: list[Cell] = []
    y = 200.0
    for question, answer in zip(questions, FACTS, strict=True):
        asked = question.replace(".", "?") if not marks[0] else question
        cells += [(55, y, f"{marks[0]}{asked}"), (55, y + (10 if tight else 18),
                                                  f"{marks[1]}{answer}")]
        y += 20 if tight else 40
    return cells


@pytest.mark.parametrize("questions", ASKED)
@pytest.mark.parametrize("marks", MARKS[:3])
def test_facts_asked_and_answered_as_an_interview_are_read(
        tmp_path: Path, questions: tuple[str, str, str], marks: tuple[str, str]) -> None:
    cells = [*HEAD, *interview(questions, marks, tight=False), *CLOSE]
    output = extract(draw(tmp_path / "qa.pdf", cells))
    values = output["values"]
    assert values["product_description"] == FACTS[0]
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("marks", MARKS[:3])
def test_questions_and_answers_printed_as_one_block_are_read_each_apart(
        tmp_path: Path, marks: tuple[str, str]) -> None:
    cells = [*HEAD, *interview(ASKED[0], marks, tight=True), *CLOSE]
    output = extract(draw(tmp_path / "qa.pdf", cells))
    assert output["values"]["product_description"] == FACTS[0]
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("questions", ASKED[:3])
def test_a_question_with_a_colon_for_a_caption_is_read(
        tmp_path: Path, questions: tuple[str, str, str]) -> None:
    lines = [(55, 200 + 20 * i, f"{q.rstrip('?.')}: {a}")
             for i, (q, a) in enumerate(zip(questions, FACTS, strict=True))]
    output = extract(draw(tmp_path / "colon.pdf", [*HEAD, *lines, *CLOSE]))
    assert output["values"]["product_description"] == FACTS[0]
    assert output["decision"]["missing"] == [], output["findings"]
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_question_about_something_else_answers_no_fact(tmp_path: Path) -> None:
    """"What does it cost?" and "What is the product called?" ask neither description nor use:
    without the facts the request is deficient under 177.2(b)(2)."""
    cells = [*HEAD, (55, 200, "Q. What is the product called?"), (55, 218, "A. TowelPro"),
             (55, 240, "Q. What does it cost?"), (55, 258, "A. USD 4.10 per unit"), *CLOSE]
    output = extract(draw(tmp_path / "other.pdf", cells))
    assert output["values"]["product_description"] != "TowelPro"
    assert "177.2(b)(2)" in output["decision"]["missing"], output["findings"]


@pytest.mark.parametrize(("printed", "expected"), [
    ("March 3, 2025", date(2025, 3, 3)), ("03/03/2025", date(2025, 3, 3)),
    ("03-MAR-2025", date(2025, 3, 3)), ("Mar. 3, 2025", date(2025, 3, 3)),
    ("2025-03-03", date(2025, 3, 3)), ("Monday, March 3, 2025", date(2025, 3, 3)),
    ("Hamburg, 3 March 2025", date(2025, 3, 3)), ("Newark, NJ, March 3, 2025", date(2025, 3, 3)),
])
@pytest.mark.parametrize("below", [True, False])
def test_a_date_set_tight_in_the_heading_dates_the_letter(
        tmp_path: Path, printed: str, expected: date, below: bool) -> None:
    """No gap between letterhead, date and addressee: the date is a line inside a block; a
    sender may put its place before the date."""
    head: list[Cell] = ([(55, 60, "Harbor Goods LLC"), (55, 70, "12 Pier Road, Newark, NJ 07114"),
                         (55, 80, printed), (55, 112, "National Commodity Specialist Division")]
                        if below else
                        [(55, 60, "Harbor Goods LLC"), (55, 70, "12 Pier Road, Newark, NJ 07114"),
                         (55, 92, printed), (55, 102, "National Commodity Specialist Division")])
    cells = [*head, *HEAD[4:], *interview(ASKED[0], MARKS[0], tight=False), *CLOSE]
    output = extract(draw(tmp_path / "dated.pdf", cells))
    assert output["values"]["request_date"] == expected.isoformat()


def test_a_date_inside_the_body_is_not_the_letters_date(tmp_path: Path) -> None:
    """A line wholly a date below the subject line (a wrapped sentence's end) dates nothing."""
    cells = [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road, Newark, NJ 07114"),
             *HEAD[3:5], (55, 152, "Importer of record: Harbor Goods LLC, 12 Pier Road, Newark, "
                                   "NJ 07114; IRS No. 12-3456789. Samples were shipped on"),
             (55, 162, "March 1, 2025"), *HEAD[6:], *interview(ASKED[0], MARKS[0], tight=False),
             *CLOSE]
    output = extract(draw(tmp_path / "body.pdf", cells))
    assert output["values"]["request_date"] is None


@pytest.mark.parametrize("stamp", [["RECEIVED", "04 FEB 2025", "CBP - NCSD NEW YORK"],
                                   ["RECEIVED", "Feb 4, 2025"]])
@pytest.mark.parametrize("tight", [True, False])
def test_a_receipt_stamps_date_in_the_heading_is_not_the_letters_date(
        tmp_path: Path, stamp: list[str], tight: bool) -> None:
    """The stamp's lines set tight or apart: its date is the receipt's, not the letter's."""
    step = 10 if tight else 20
    cells = [*((400, 20 + step * i, line) for i, line in enumerate(stamp)), *HEAD[:2],
             (55, 84, "January 30, 2025"), *HEAD[3:], *interview(ASKED[0], MARKS[0], tight=False),
             *CLOSE]
    output = extract(draw(tmp_path / "stamped.pdf", cells))
    assert output["values"]["request_date"] == "2025-01-30"


def yes_no(answers: tuple[str, str, str], marks: tuple[str, str], *, inline: bool) -> list[Cell]:
    """Yes/no questions on the sample, confidentiality and pending matters, marked and answered."""
    asked = ("Is a sample enclosed?", "Do you ask for confidential treatment?",
             "Is the issue pending before CBP or any court?")
    cells: list[Cell] = []
    for index, (question, said) in enumerate(zip(asked, answers, strict=True)):
        y = 330 + 40 * index
        cells += ([(55, y, f"{marks[0]}{question} {marks[1]}{said}")] if inline else
                  [(55, y, f"{marks[0]}{question}"), (55, y + 18, f"{marks[1]}{said}")])
    return cells


@pytest.mark.parametrize("marks", MARKS[:3])
@pytest.mark.parametrize("inline", [False, True])
@pytest.mark.parametrize(("answers", "sample", "confidential"), [
    (("Yes.", "No.", "No."), True, False),
    (("No; photographs are attached.", "Yes, for the prices.", "No."), False, True),
])
def test_yes_or_no_answers_to_marked_questions_state_the_facts(
        tmp_path: Path, marks: tuple[str, str], inline: bool, answers: tuple[str, str, str],
        sample: bool, confidential: bool) -> None:
    cells = [*HEAD, *interview(ASKED[0], marks, tight=False),
             *yes_no(answers, marks, inline=inline), *CLOSE[:1], *CLOSE[2:]]
    output = extract(draw(tmp_path / "yn.pdf", cells))
    values = output["values"]
    assert values["sample_provided"] is sample
    assert values["confidential_requested"] is confidential
    assert values["pending_statement"] is True
    assert values["pending_in_court"] is False
    assert output["decision"]["outcome"] == "accept", output["findings"]


def test_a_tight_block_of_questions_without_marks_gives_each_answer_apart(tmp_path: Path) -> None:
    """No marks and no gaps: each answer runs to the line that asks the next question."""
    lines = [line for pair in zip(ASKED[0], FACTS, strict=True) for line in pair]
    cells = [*HEAD, *((55, 200 + 10 * i, line) for i, line in enumerate(lines)), *CLOSE]
    values = extract(draw(tmp_path / "tight.pdf", cells))["values"]
    assert values["product_description"] == FACTS[0]


def test_a_form_lettered_past_q_is_no_interview(tmp_path: Path) -> None:
    """Box letters A. and Q. on a form pair no question with an answer: the captions stay."""
    cells = [*HEAD, *interview(ASKED[0], MARKS[0], tight=False)[:0],
             (55, 200, "A. Description: Cotton bath towels, terry woven, 70 x 140 cm"),
             (55, 220, "B. Principal use: drying the body after bathing"),
             (55, 240, "C. Component materials: cotton 100% by weight"),
             (55, 260, "Q. Samples: none"), *CLOSE]
    output = extract(draw(tmp_path / "form.pdf", cells))
    assert output["values"]["product_description"] == FACTS[0]
    assert output["values"]["sample_provided"] is False


def valuation(relation: str, marks: tuple[str, str]) -> list[Cell]:
    """A valuation request asked as an interview, the parties' relationship a yes/no question."""
    q, a = marks
    return [(55, 60, "Harbor Goods LLC"), (55, 72, "12 Pier Road, Newark, NJ 07114"),
            (55, 92, "March 3, 2025"), (55, 112, "Director, Regulations and Rulings"),
            (55, 132, "Re: Request for a binding valuation ruling - pump housings"), *HEAD[5:7],
            (55, 200, f"{q}What is being imported?"),
            (55, 218, f"{a}Cast iron pump housings, unfinished, made in Mexico."),
            (55, 240, f"{q}What are the terms of sale?"),
            (55, 258, f"{a}FCA Monterrey, price USD 41.80 per unit."),
            (55, 280, f"{q}Are buyer and seller related?"), (55, 298, f"{a}{relation}"),
            (55, 320, f"{q}What ruling is asked for?"),
            (55, 338, f"{a}That transaction value is acceptable (19 U.S.C. 1401a(b))."),
            *CLOSE[1:]]


@pytest.mark.parametrize("marks", [MARKS[0], MARKS[3]])
@pytest.mark.parametrize(("relation", "related"), [
    ("No.", False), ("Yes.", True), ("No; the seller is independent.", False),
    ("Yes - the seller is a subsidiary of the importer.", True)])
def test_a_relationship_question_answered_yes_or_no_states_it(
        tmp_path: Path, marks: tuple[str, str], relation: str, related: bool) -> None:
    path = draw(tmp_path / "value.pdf", valuation(relation, marks))
    assert extract_ruling(path).facts.parties_related is related
    output = extract(path)
    assert output["decision"]["outcome"] == "accept", output["findings"]


@pytest.mark.parametrize("relation", ["Not applicable.", "See the enclosed agreement."])
def test_a_relationship_question_not_answered_yes_or_no_goes_to_a_person(
        tmp_path: Path, relation: str) -> None:
    """Whether the parties are related is asked but not answered in words the reader knows:
    its absence is not concluded (no deficiency letter), a person reads it."""
    output = extract(draw(tmp_path / "value.pdf", valuation(relation, MARKS[0])))
    assert output["decision"]["outcome"] == "needs_human", output["findings"]
    assert output["decision"]["missing"] == []
