"""Liquidation marks a table's cells lost, taken from the same rows read as runs of text.

An aligned table whose header words run together ("Entry # Entry Dt. Status") keeps its amounts
in their columns but loses the narrow mark column (Y/N, LIQ/UNLIQ) into the number's cell; the
row read as a run of words still has it. Only rows with the same entry number are filled.
"""

from __future__ import annotations

from bots.penalty_notice.extract_entries import EntryRow


def with_run_marks(rows: list[EntryRow], runs: list[EntryRow]) -> list[EntryRow]:
    """ROWS, each missing its liquidation taking the mark of the run with its entry number."""
    marks = {run.number.value: run.values["liquidated"] for run in runs
             if "liquidated" in run.values}
    return [
        EntryRow(row.number, row.values | {"liquidated": marks[row.number.value]})
        if "liquidated" not in row.values and row.number.value in marks else row
        for row in rows
    ]
