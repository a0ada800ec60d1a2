"""Sender layouts first seen on the twentyfifth hand, read by the class they belong to: an
entries grid drawn with one column per entry, the importer number under captions worded,
placed and abbreviated as senders do (19 CFR 174.13(a)(2)-(a)(5))."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.extract.test_protest_decision_cues import _entries_drawn

FIRST, SECOND = "DFH-2490983-5", "DFH-3475747-1"


@pytest.mark.parametrize(("number_caption", "entered", "liquidated", "dates"), [
    ("Entry No.", "Entry Date", "Liquidated",
     ("Mar. 16, 2023", "July 3, 2023", "Jan. 22, 2024", "Mar. 26, 2024")),
    ("CBP Entry", "Entry Dt", "Liquidation Dt",
     ("2023.03.16", "2023.07.03", "2024.01.22", "2024.03.26")),
    ("Entry Number", "Date of Entry", "Date of Liquidation",
     ("16-MAR-2023", "03-JUL-2023", "22-JAN-2024", "26-MAR-2024")),
])
def test_a_grid_with_one_column_per_entry_dates_each_entry_from_its_column(
        tmp_path: Path, number_caption: str, entered: str, liquidated: str,
        dates: tuple[str, str, str, str]) -> None:
    # Before: the first entry had no dates and the second took the first's (read as prose,
    # every date followed the last number), so the deadlines were wrong.
    first, second = _entries_drawn(tmp_path / "grid.pdf", [
        (216, 714, "#1"), (386, 714, "#2"),
        (63, 700, number_caption), (216, 700, FIRST), (386, 700, SECOND),
        (63, 686, entered), (216, 686, dates[0]), (386, 686, dates[1]),
        (63, 672, liquidated), (216, 672, dates[2]), (386, 672, dates[3])])
    assert (first.number.value, second.number.value) == (FIRST, SECOND)
    assert first.entry_date is not None and first.entry_date.value == date(2023, 3, 16)
    assert first.liquidation_date is not None and first.liquidation_date.value == date(2024, 1, 22)
    assert second.entry_date is not None and second.entry_date.value == date(2023, 7, 3)
    assert second.liquidation_date is not None
    assert second.liquidation_date.value == date(2024, 3, 26)


def test_a_column_left_without_a_date_leaves_that_entry_undated(tmp_path: Path) -> None:
    # No date under the first number: the second's date is not lent to it, nor the reverse.
    first, second = _entries_drawn(tmp_path / "grid.pdf", [
        (63, 700, "Entry No."), (216, 700, FIRST), (386, 700, SECOND),
        (63, 686, "Liquidated"), (386, 686, "2024-03-26")])
    assert first.liquidation_date is None and first.entry_date is None
    assert second.liquidation_date is not None
    assert second.liquidation_date.value == date(2024, 3, 26)
