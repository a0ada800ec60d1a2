"""Boxed options on a printed line: which words each box belongs to, and which are ticked."""

from __future__ import annotations

import pytest

from bots.common.reading.ticks import boxed_options


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
