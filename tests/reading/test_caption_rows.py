"""The shared caption-row reader: captions side by side over their values, each value found in
its caption's column, a value wrapped on to the lines below, and where a column's value stops."""

from __future__ import annotations

from bots.common.reading.caption_rows import (
    column_run,
    in_column,
    is_caption_row,
    row_at,
    value_under,
)
from tests.reading.test_worksheet_cells import cell
from tradebots.pdf import Segment

CAPTIONS = {"Port", "Protestant", "Goods", "Address"}


def is_caption(text: str) -> bool:
    return text in CAPTIONS


def test_a_row_is_a_caption_row_only_when_every_cell_is_a_caption() -> None:
    assert is_caption_row([cell("Port", 72, 100), cell("Protestant", 300, 100)], is_caption)
    assert not is_caption_row([cell("Harbor Goods LLC", 72, 100), cell("Port", 300, 100)],
                              is_caption)
    # One caption alone is a row only when the caller allows it (a value that wraps below it).
    assert not is_caption_row([cell("Goods", 72, 100)], is_caption)
    assert is_caption_row([cell("Goods", 72, 100)], is_caption, least=1)


def test_the_row_at_a_height_is_its_cells_left_to_right_on_that_page() -> None:
    cells = [cell("Protestant", 300, 101), cell("Port", 72, 100), cell("below", 72, 114)]
    assert [c.text for c in row_at(cells, 1, 100.0, 2.0)] == ["Port", "Protestant"]
    assert row_at(cells, 2, 100.0, 2.0) == []


def test_each_caption_takes_the_value_starting_in_its_own_column() -> None:
    port, party = cell("Port", 72, 100), cell("Protestant", 300, 100)
    values = [cell("Seattle (3002)", 74, 114), cell("Harbor Goods LLC", 303, 114)]
    assert [c.text for c in in_column(port, values, 6.0)] == ["Seattle (3002)"]
    assert [c.text for c in in_column(party, values, 6.0)] == ["Harbor Goods LLC"]
    # A value that starts in no caption's column belongs to none of them.
    assert in_column(port, [cell("stray", 150, 114)], 6.0) == []


def test_the_value_under_a_caption_is_the_nearest_one_within_reach_and_no_caption() -> None:
    port = cell("Port", 72, 100)

    def accept(value: Segment) -> bool:
        return not is_caption(value.text)

    near, far = cell("Seattle (3002)", 72, 114), cell("Houston (5301)", 72, 128)
    assert value_under(port, [far, near], 8.0, 2.5, accept) is near
    # Too far below (more than 2.5 line heights) is another box's line, not this one's value.
    assert value_under(port, [cell("Houston (5301)", 72, 140)], 8.0, 2.5, accept) is None
    # The caption of the box below is no value of this one, nor is a line above the caption.
    assert value_under(port, [cell("Goods", 72, 114), cell("x", 72, 86)], 8.0, 2.5,
                       accept) is None


def test_a_wrapped_value_runs_on_in_its_column_until_a_gap_a_wider_line_or_a_caption() -> None:
    goods = cell("Goods", 72, 100)
    lines = [[goods], [cell("Steel bolts of heading", 72, 112)], [cell("7318, zinc", 72, 123)],
             [cell("plated", 72, 134)], [cell("Address", 72, 145)], [cell("more", 72, 156)]]
    run = column_run(goods, lines, 1, 6.0, 0.5, lambda line: is_caption_row(line, is_caption, 1))
    assert [c.text for c in run] == ["7318, zinc", "plated"]


def test_a_wider_line_or_a_wide_gap_is_the_next_row_not_a_wrapped_line() -> None:
    goods = cell("Goods", 72, 100)
    wider = [[goods], [cell("Steel bolts", 72, 112)], [cell("Next row is wider than it", 72, 123)]]
    gap = [[goods], [cell("Steel bolts", 72, 112)], [cell("bolts", 72, 130)]]
    for lines in (wider, gap):
        assert column_run(goods, lines, 1, 6.0, 0.5, lambda line: False) == []
