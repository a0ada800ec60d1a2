"""The shared one-column-per-entry grid: a head line sets the columns, each line under it puts
its values in the column each overlaps, and the grid ends at a wide gap, wherever its captions
stand and however many rows it prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from bots.common.reading.column_grid import column_grids
from tests.extract.test_protest_decision_cues import _entries_drawn
from tradebots.pdf import open_pdf

FIRST, SECOND = "DFH-2490983-5", "DFH-3475747-1"


def _grids(path: Path, texts: list[tuple[float, float, str]]) -> list[list[list[str]]]:
    canvas = Canvas(str(path))
    for x, y, text in texts:
        canvas.drawString(x, y, text)
    canvas.save()
    with open_pdf(path) as document:
        grids = column_grids(document.segments(1), lambda t: t in (FIRST, SECOND),
                             lambda t: t not in (FIRST, SECOND))
    return [[[row.caption.text, *(c.text if c else "" for c in row.cells)] for row in grid.rows]
            for grid in grids]


def test_captions_right_of_the_values_and_a_blank_cell_are_read_by_column(
        tmp_path: Path) -> None:
    assert _grids(tmp_path / "g.pdf", [
        (72, 700, FIRST), (200, 700, SECOND), (330, 700, "Entry Number"),
        (200, 686, "2024-03-26"), (330, 686, "Liquidated")]) == [
        [["Entry Number", FIRST, SECOND], ["Liquidated", "", "2024-03-26"]]]


def test_a_wide_gap_ends_the_grid(tmp_path: Path) -> None:
    assert _grids(tmp_path / "g.pdf", [
        (72, 700, "Entry No."), (200, 700, FIRST), (330, 700, SECOND),
        (72, 686, "Entered"), (200, 686, "2023-03-16"), (330, 686, "2023-07-03"),
        (72, 640, "Paid"), (200, 640, "2023-04-01"), (330, 640, "2023-08-01")]) == [
        [["Entry No.", FIRST, SECOND], ["Entered", "2023-03-16", "2023-07-03"]]]


def test_a_date_row_under_many_other_rows_is_still_the_grids(tmp_path: Path) -> None:
    # Before: a protest's grid ended eight lines under its numbers, so a liquidation date
    # printed under nine rows of values and notes was left unread.
    texts: list[tuple[float, float, str]] = [
        (72, 700, "Entry No."), (216, 700, FIRST), (386, 700, SECOND)]
    for row in range(9):
        y = 686 - 14 * row
        texts += [(72, y, f"Line {row + 1} value"), (216, y, f"{row + 1}00.00"),
                  (386, y, f"{row + 2}00.00")]
    texts += [(72, 560, "Liquidated"), (216, 560, "2024-01-22"), (386, 560, "2024-03-26")]
    first, second = _entries_drawn(tmp_path / "long.pdf", texts)
    assert first.liquidation_date is not None
    assert first.liquidation_date.value == date(2024, 1, 22)
    assert second.liquidation_date is not None
    assert second.liquidation_date.value == date(2024, 3, 26)
