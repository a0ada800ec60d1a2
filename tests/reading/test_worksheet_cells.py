"""The shared worksheet-cell pairing: a label with its value to the right or below, a value
cut into cells, a merged value cell running over the lines below, and paragraph cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bots.common.reading.worksheet_cells import beside_pairs, row_pairs, run_on, stacked_columns
from tradebots.pdf import Segment, Word

LABELS = {"Importer number", "Port code", "Description", "Date received"}


def cell(text: str, x: float, top: float) -> Segment:
    """One line's cell: its words spaced 6 points a character from X."""
    words, at = [], x
    for part in text.split():
        words.append(Word(1, at, top, at + 6.0 * len(part), top + 10.0, part))
        at += 6.0 * len(part) + 4.0
    return Segment(tuple(words))


def is_label(text: str) -> bool:
    return text in LABELS


def test_a_value_to_the_right_of_its_label() -> None:
    rows = [[cell("Importer number", 72, 100), cell("56-5158103", 250, 100)]]
    (pair,) = row_pairs(rows, is_label)
    assert (pair.label.text, [v.text for v in pair.values], pair.below) == (
        "Importer number", ["56-5158103"], False)


def test_a_value_cut_into_cells_keeps_every_cell() -> None:
    rows = [[cell("Port code", 72, 100), cell("[X]", 250, 100), cell("2704", 280, 100)]]
    (pair,) = row_pairs(rows, is_label)
    assert [v.text for v in pair.values] == ["[X]", "2704"]


def test_values_under_a_row_of_captions_go_to_the_caption_left_of_them() -> None:
    rows = [[cell("Importer number", 72, 100), cell("Port code", 300, 100)],
            [cell("56-5158103", 74, 114), cell("2704", 305, 114)]]
    pairs = list(row_pairs(rows, is_label))
    assert [(p.label.text, p.values[0].text, p.below, p.row) for p in pairs] == [
        ("Importer number", "56-5158103", True, 1), ("Port code", "2704", True, 1)]


def test_two_rows_of_labels_are_not_a_label_over_its_value() -> None:
    rows = [[cell("Importer number", 72, 100), cell("Port code", 300, 100)],
            [cell("Description", 72, 114), cell("Date received", 300, 114)]]
    assert list(row_pairs(rows, is_label)) == []


def test_a_merged_value_cell_runs_over_the_lines_under_it() -> None:
    rows = [[cell("Description", 72, 100), cell("Steel bolts of", 250, 100)],
            [cell("heading 7318, zinc", 252, 114)], [cell("plated.", 250, 128)],
            [cell("Next paragraph at the margin", 72, 150)], [cell("stray", 250, 164)]]
    assert [c.text for c in run_on(rows, 0)] == ["heading 7318, zinc", "plated."]


@dataclass(frozen=True)
class Para:
    """A paragraph cell: lines of one column, its box taken from them."""

    segments: tuple[Segment, ...]
    page: int = 1
    text: str = ""
    x0: float = 0.0
    top: float = 0.0
    bottom: float = 0.0


def para(*lines: Segment) -> Para:
    return Para(lines, lines[0].page, " ".join(s.text for s in lines), lines[0].x0, lines[0].top,
                lines[-1].bottom)


def para_label(p: Para) -> bool:
    return p.text in LABELS or p.text == "Date received by the port"


def no_caption(p: Para) -> bool:
    return para_label(para(p.segments[0]))


def test_a_wrapped_label_beside_the_middle_of_a_taller_value() -> None:
    items: Sequence[Para] = [
        para(cell("Date received", 72, 112)),
        para(cell("Filed by courier", 250, 100), cell("on 3 March", 250, 112),
              cell("at the port", 250, 124)),
    ]
    assert beside_pairs(items, para_label, no_caption) == [(0, 1)]


def test_two_captions_side_by_side_are_not_a_pair() -> None:
    items = [para(cell("Importer number", 72, 100)), para(cell("Port code", 250, 100))]
    assert beside_pairs(items, para_label, no_caption) == []


def test_a_label_with_two_cells_in_its_row_is_not_paired() -> None:
    items = [para(cell("Port code", 72, 100)), para(cell("2704", 250, 100)),
             para(cell("Seattle", 350, 100))]
    assert beside_pairs(items, para_label, no_caption) == []


def test_a_label_column_beside_its_value_column_is_found_line_by_line() -> None:
    labels = para(cell("Port code", 72, 100), cell("Description", 72, 112))
    values = para(cell("2704", 250, 100), cell("Steel bolts", 250, 112))
    prose = para(cell("We ask for a ruling", 72, 200), cell("on these goods", 72, 212))
    assert stacked_columns([labels, values, prose], lambda line: line.text in LABELS) == {0, 1}
