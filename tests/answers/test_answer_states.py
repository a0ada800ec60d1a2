"""The five states of a yes/no answer, however a sender writes it: typed, after a prompt, in
typed, glyph or radio boxes, by a bare mark; and a question found with its answer beside it, in
a column to its right or on the line under it."""

from __future__ import annotations

import re

import pytest

from bots.common.reading.answers import Answer, answer_in
from bots.common.reading.questions import answered_question
from tradebots.pdf import Segment, Word

YES, NO, NA = Answer.YES, Answer.NO, Answer.NOT_APPLICABLE
BLANK, BOTH = Answer.UNANSWERED, Answer.CONTRADICTORY


@pytest.mark.parametrize(("text", "state"), [
    ("[X] Yes [ ] No", YES), ("Yes [ ] No [X]", NO), ("( ) Yes (x) No", NO),
    ("☒ Yes ☐ No", YES), ("◉ Yes ○ No", YES), ("○ Yes ◉ No", NO), ("(•) Yes ( ) No", YES),
    ("Y/N: N", NO), ("(Y/N) Y", YES), ("Yes/No: No", NO),
    ("Yes", YES), ("Y", YES), ("No", NO), ("n", NO), ("None", NO), ("X", YES),
    ("N/A", NA), ("n/a", NA), ("NA", NA), ("Not applicable", NA), ("(x) N/A ( ) Yes ( ) No", NA),
    ("Yes (registered mail)", YES), ("NO - see attached", NO),
    ("X Yes No", YES), ("[Yes] [No]", BLANK), ("Yes No", BLANK), ("[ ] Yes [ ] No", BLANK),
    ("", BLANK), ("We ask that it be sent to Headquarters.", BLANK),
    ("[X] Yes [X] No", BOTH), ("☒ Yes ☒ No", BOTH), ("[X]", YES), ("[ ]", NO),
])
def test_an_answer_reads_as_what_the_sender_wrote(text: str, state: Answer) -> None:
    assert answer_in(text) is state


def _line(parts: list[tuple[float, str]], top: float) -> list[Segment]:
    """One line: each part a segment of 10-point words at its x (a form's column)."""
    line = []
    for x, text in parts:
        words, at = [], x
        for token in text.split():
            words.append(Word(1, at, top, at + 5.0 * len(token), top + 10.0, token))
            at += 5.0 * len(token) + 2.5
        line.append(Segment(tuple(words)))
    return line


_DRAWBACK = re.compile(r"(?i)drawback")


@pytest.mark.parametrize(("lines", "state"), [
    ([[(72, "Are the entries subject to drawback? No")]], NO),
    ([[(72, "Are the entries subject to drawback?"), (400, "Yes")]], YES),
    ([[(72, "Are the entries subject to drawback?")], [(80, "N/A")]], NA),
    ([[(72, "Drawback entry Y/N: Y")]], YES),
    ([[(72, "Are the entries subject to drawback?"), (400, "Yes"), (430, "X"), (440, "No")]], NO),
    ([[(72, "Are the entries subject to drawback?  [ ] Yes  [ ] No")]], BLANK),
    # glyph boxes set tight: the box before "No" stands as near to "Yes" as to "No"
    ([[(72, "Are the entries subject to drawback?"), (227, "☐"), (239, "Yes"), (254, "☒"),
       (266, "No")]], NO),
])
def test_the_answer_is_found_beside_or_under_its_question(
        lines: list[list[tuple[float, str]]], state: Answer) -> None:
    found = answered_question([_line(parts, 100.0 + 14 * i) for i, parts in enumerate(lines)],
                              _DRAWBACK)
    assert found is not None and found.answer is state


def test_a_question_followed_by_a_sentence_is_answered_elsewhere_not_here() -> None:
    lines = [_line([(72, "Is any entry subject to drawback? We are checking our records.")],
                   100.0)]
    assert answered_question(lines, _DRAWBACK) is None


def test_a_mark_beside_the_one_answer_printed_does_not_make_it_a_pair() -> None:
    lines = [_line([(72, "Drawback claimed?"), (400, "X"), (412, "No")], 100.0)]
    found = answered_question(lines, _DRAWBACK)
    assert found is not None and found.answer is NO
