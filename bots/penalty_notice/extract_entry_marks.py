"""Entry values a table's cells lost, taken from another reading of the same entries.

An aligned table whose header words run together ("Entry # Entry Dt. Status") keeps its amounts
in their columns but loses the narrow mark column (Y/N, LIQ/UNLIQ) into the number's cell; the
row read as a run of words still has it. A referral may also tell each entry in its narrative
("On 6/23/2022 the importer filed entry X declaring a value of ...") and box only the duties
in a computation table. Only rows with the same entry number are filled; where both readings
give a value and they differ, a person settles it. The table's own cells read again as text (an
entry's column of a grid turned on its side: "Liq. Status No") are no second reading.
"""

from __future__ import annotations

from collections.abc import Iterable

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


def with_told_values(rows: list[EntryRow], told: Iterable[EntryRow]
                     ) -> tuple[list[EntryRow], tuple[str, ...]]:
    """ROWS, each taking the values the text TOLD of its entry that its cells did not give, and
    the entries whose two readings disagree (for a person: 19 CFR 162.71(a) needs each right)."""
    by_number: dict[object, list[EntryRow]] = {}
    for row in told:
        by_number.setdefault(row.number.value, []).append(row)
    filled: list[EntryRow] = []
    doubts: list[str] = []
    for row in rows:
        # The first telling of the entry that gives a value and is not the table's own row;
        # a value the tellings give two ways ("FB3-7131855-1 04/13/2023" and "FB3-7131855-1
        # 05/01/2023") is none of them.
        tellings = [t for t in by_number.get(row.number.value, ())
                    if t is not row and t.values and not _same_print(row, t)]
        if not tellings:
            filled.append(row)
            continue
        values = {k: v for k, v in tellings[0].values.items()
                  if all(t.values[k].value == v.value for t in tellings if k in t.values)}
        differ = sorted(k for k, v in values.items()
                        if k in row.values and row.values[k].value != v.value)
        if differ:
            doubts.append(f"Entry {row.number.value}: the table and the text give "
                          f"{', '.join(k.replace('_', ' ') for k in differ)} differently.")
        filled.append(EntryRow(row.number, values | row.values))
    return filled, tuple(doubts)


def _same_print(row: EntryRow, told: EntryRow) -> bool:
    """Whether the text TOLD the entry at the very place the table's number cell prints it."""
    cell, word = row.number.evidence, told.number.evidence
    if cell is None or word is None or cell.page != word.page:
        return False
    return (min(cell.bbox[2], word.bbox[2]) > max(cell.bbox[0], word.bbox[0])
            and min(cell.bbox[3], word.bbox[3]) > max(cell.bbox[1], word.bbox[1]))
