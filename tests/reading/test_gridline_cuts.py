"""The shared gridline-cut reader: a worksheet value that runs on across a cell's gridline is one
cell again when the cut falls in a word space; cells set apart by their margins stay apart."""

from __future__ import annotations

from bots.common.reading.gridline_cuts import rejoined
from tradebots.pdf import Segment, Word


def piece(text: str, x: float) -> Segment:
    """One segment of 10-point words, 6 points a character and a 2.5-point word space."""
    words, at = [], x
    for part in text.split():
        words.append(Word(1, at, 100.0, at + 6.0 * len(part), 110.0, part))
        at += 6.0 * len(part) + 2.5
    return Segment(tuple(words))


def test_a_value_cut_in_a_word_space_is_one_cell_again() -> None:
    first = piece("Meridian Trade Compliance", 282.0)
    second = piece("Partners", first.words[-1].x1 + 2.5)  # a gridline fell in the word space
    (joined,) = rejoined([first, second])
    assert joined.text == "Meridian Trade Compliance Partners"
    assert joined.words == (*first.words, *second.words)  # evidence keeps every printed word


def test_a_value_cut_twice_is_joined_across_both_cuts() -> None:
    first = piece("Agent", 282.0)
    second = piece("under", first.words[-1].x1 + 2.0)
    third = piece("power of attorney", second.words[-1].x1 + 3.0)
    assert [s.text for s in rejoined([first, second, third])] == ["Agent under power of attorney"]


def test_cells_kept_apart_by_their_margins_stay_apart() -> None:
    label = piece("Requester", 41.0)
    value = piece("Meridian Trade Compliance", 282.0)
    # Two boxes' margins together are wider than a word space: "Unit | Qty/yr" are two cells.
    unit = piece("Unit", 282.0)
    qty = piece("Qty/yr", unit.words[-1].x1 + 6.0)
    assert [s.text for s in rejoined([label, value])] == ["Requester", "Meridian Trade Compliance"]
    assert [s.text for s in rejoined([unit, qty])] == ["Unit", "Qty/yr"]
    # Overlapping pieces (gap not positive) are no run of text either.
    assert len(rejoined([unit, piece("pcs", unit.words[0].x0)])) == 2
