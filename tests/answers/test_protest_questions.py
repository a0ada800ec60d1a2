"""A protest's yes/no questions (further review, 174.24; accelerated disposition, 174.22; the
drawback declaration, 174.13(a)(9)) answered every way senders answer them, on a Form 19 replica
and in a letter's questionnaire: a clear answer is read; a question's own words are no request;
an N/A, a blank or both ticked go to a person with the reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bots.protest_intake.extract import extract_protest
from bots.protest_intake.extract_answered import QUESTIONS
from bots.protest_intake.rules import decide
from tests.answers.forms import (
    FORM_HEAD,
    FORM_TAIL,
    LETTER_HEAD,
    LETTER_TAIL,
    Drawing,
    Line,
    check_box,
    document,
    frame,
    question_baseline,
    radio,
    ring,
)

_TODAY = date(2025, 8, 15)
_ASKED = ("Is further review requested?", "Is accelerated disposition requested?",
          "Are any entries subject to drawback?")
_TYPED: dict[str, list[str]] = {
    "boxes": ["[X] Yes  [ ] No", "[ ] Yes  [X] No", "[ ] Yes  [X] No"],
    "parentheses": ["(x) Yes ( ) No", "( ) Yes (x) No", "( ) Yes (x) No"],
    "prompt": ["Y/N: Y", "Y/N: N", "Y/N: N"],
    "letters": ["Y", "N", "N"],
    "none": ["Yes", "None", "None"],
}


def _lines(answers: list[str]) -> list[Line]:
    return [[(72, f"{asked}  {answer}")] for asked, answer in zip(_ASKED, answers, strict=True)]


def _read(path: Path) -> tuple[bool, bool, bool | None, str, list[str]]:
    extraction = extract_protest(path)
    facts = extraction.facts
    decision, findings = decide(facts, today=_TODAY)
    reasons = [f.message for f in findings if f.rule == "P-ANS-1"]
    return (facts.further_review_requested, facts.accelerated_disposition,
            facts.drawback_declaration, decision.outcome, reasons)


@pytest.mark.parametrize("style", sorted(_TYPED))
def test_a_typed_answer_on_the_questions_line_is_read(tmp_path: Path, style: str) -> None:
    path = document(tmp_path / "form.pdf", FORM_HEAD, _lines(_TYPED[style]), FORM_TAIL)
    assert _read(path) == (True, False, False, "accept", [])


def test_answers_in_a_column_to_the_right_are_read(tmp_path: Path) -> None:
    lines: list[Line] = [[(72, asked), (420, answer)]
                         for asked, answer in zip(_ASKED, ["Yes", "No", "No"], strict=True)]
    path = document(tmp_path / "form.pdf", FORM_HEAD, lines, FORM_TAIL)
    assert _read(path) == (True, False, False, "accept", [])


def test_answers_on_the_line_under_each_question_are_read(tmp_path: Path) -> None:
    lines: list[Line] = []
    for asked, answer in zip(_ASKED, ["Yes", "No", "No"], strict=True):
        lines += [[(72, asked)], [(90, answer)]]
    path = document(tmp_path / "form.pdf", FORM_HEAD, lines, FORM_TAIL)
    assert _read(path) == (True, False, False, "accept", [])


def _drawn(kind: str) -> tuple[list[Line], list[Drawing]]:
    """The questions with a printed Yes and No, answered Yes, No, No by drawn shapes."""
    lines: list[Line] = []
    drawings: list[Drawing] = []
    for index, (asked, yes) in enumerate(zip(_ASKED, [True, False, False], strict=True)):
        y = question_baseline(FORM_HEAD, index)
        if kind in ("circled", "framed", "bracketed"):
            words = ("[Yes]", "[No]") if kind == "bracketed" else ("Yes", "No")
            lines.append([(72, asked), (330, words[0]), (380, words[1])])
            shape = frame if kind == "framed" else ring
            drawings.append(shape(330, y, 24) if yes else shape(380, y, 16))
        elif kind == "radio":
            lines.append([(72, asked), (345, "Yes"), (395, "No")])
            drawings += [radio(337, y, yes), radio(387, y, not yes)]
        else:  # check boxes after their answers: "Yes [ ] No [X]"
            lines.append([(72, asked), (330, "Yes"), (385, "No")])
            drawings += [check_box(355, y, yes), check_box(403, y, not yes)]
    return lines, drawings


@pytest.mark.parametrize("kind", ["circled", "framed", "bracketed", "radio", "boxes_after"])
def test_an_answer_drawn_on_the_page_is_read(tmp_path: Path, kind: str) -> None:
    lines, drawings = _drawn(kind)
    path = document(tmp_path / "form.pdf", FORM_HEAD, lines, FORM_TAIL, drawings)
    assert _read(path) == (True, False, False, "accept", [])


@pytest.mark.parametrize(("drawback", "why"), [
    ("N/A", "answered N/A"), ("Not applicable", "answered N/A"),
    ("[ ] Yes  [ ] No", "left unanswered"), ("[X] Yes  [X] No", "answered both yes and no"),
])
def test_a_drawback_question_not_answered_yes_or_no_goes_to_a_person(
        tmp_path: Path, drawback: str, why: str) -> None:
    path = document(tmp_path / "form.pdf", FORM_HEAD, _lines(["Yes", "No", drawback]), FORM_TAIL)
    further, accelerated, subject, outcome, reasons = _read(path)
    assert (further, accelerated, subject, outcome) == (True, False, None, "needs_human")
    assert len(reasons) == 1 and why in reasons[0] and "drawback" in reasons[0]


def test_a_request_answered_both_ways_is_no_request_and_goes_to_a_person(tmp_path: Path) -> None:
    path = document(tmp_path / "form.pdf", FORM_HEAD,
                    _lines(["[X] Yes  [X] No", "No", "No"]), FORM_TAIL)
    further, _, _, outcome, reasons = _read(path)
    assert (further, outcome) == (False, "needs_human")
    assert len(reasons) == 1 and "both yes and no" in reasons[0]


@pytest.mark.parametrize("answers", [["N/A", "N/A", "No"], ["[ ] Yes  [ ] No"] * 2 + ["No"]])
def test_a_request_left_blank_or_not_applicable_is_not_made(tmp_path: Path,
                                                            answers: list[str]) -> None:
    path = document(tmp_path / "form.pdf", FORM_HEAD, _lines(answers), FORM_TAIL)
    assert _read(path) == (False, False, False, "accept", [])


@pytest.mark.parametrize(("answers", "expected"), [
    (["Y/N: N", "Y/N: N", "Y/N: N"], (False, False, False)),
    (["Yes", "No", "No"], (True, False, False)),
    (["[ ] Yes  [ ] No"] * 3, (False, False, None)),
    (["N/A", "N/A", "N/A"], (False, False, None)),
])
def test_a_letters_questionnaire_is_read_as_answers_not_as_requests(
        tmp_path: Path, answers: list[str], expected: tuple[bool, bool, bool | None]) -> None:
    path = document(tmp_path / "letter.pdf", LETTER_HEAD, _lines(answers), LETTER_TAIL)
    assert _read(path)[:3] == expected


@pytest.mark.parametrize(("asked", "declares"), [
    ("Is any entry listed in block 5 the subject of drawback?", True),
    ("Are the entries subject to drawback?", True), ("Drawback entry?", True),
    ("Drawback claimed on these entries?", True),
    ("Is this a drawback protest?", False), ("Was the drawback decision timely?", False),
])
def test_only_the_declarations_question_asks_about_drawback(asked: str, declares: bool) -> None:
    assert bool(QUESTIONS["drawback_declaration"].search(asked)) is declares
