"""A Yes/No pair of check boxes reads the same however the sender drew it."""

from __future__ import annotations

import pytest

from bots.protest_intake.extract_boxes import choice
from tradebots.pdf import Word


def words(*items: tuple[str, float]) -> list[Word]:
    return [Word(1, x, 100.0, x + 6.0 * len(text), 110.0, text) for text, x in items]


@pytest.mark.parametrize(
    ("printed", "answer"),
    [
        ((("[X]", 0), ("Yes", 20), ("[", 50), ("]", 56), ("No", 62)), True),
        ((("Yes", 0), ("[", 22), ("]", 28), ("No", 40), ("[X]", 56)), False),
        ((("☐", 0), ("Yes", 10), ("☒", 40), ("No", 50)), False),
        ((("☒", 0), ("Yes", 10), ("☐", 40), ("No", 50)), True),
    ],
)
def test_bracketed_and_glyph_boxes_belong_to_the_word_they_stand_beside(printed, answer) -> None:
    assert choice(words(*printed)) is answer


def test_a_bare_mark_in_a_drawn_box_belongs_to_the_nearest_answer() -> None:
    # "Yes [ ] [X] No" drawn as boxes: only the X is text, just before "No".
    assert choice(words(("Yes", 347), ("X", 373), ("No", 383))) is False
    assert choice(words(("X", 337), ("Yes", 347), ("No", 383))) is True


def test_no_mark_or_both_marked_is_no_answer() -> None:
    assert choice(words(("Yes", 0), ("No", 40))) is None
    assert choice(words(("[X]", 0), ("Yes", 20), ("[X]", 50), ("No", 70))) is None
