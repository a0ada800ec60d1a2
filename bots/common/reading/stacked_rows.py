"""Rows of a ruled table drawn without rules between them, split back into one row per line.

A table ruled only around its header and down its columns (LaTeX `|l|l|` with no \\hline
between rows, a word processor's "inside horizontal borders: none") reaches pdfplumber's line
strategy as one tall row whose cells each stack every row's value. Each line of the anchor
column (an entry number, a total label) starts a row again; a line in another column joins the
row it faces, so a wrapped value ("April 8," over "2020") stays in its row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradebots.pdf import Cell, PdfDocument, Table
from tradebots.pdf.words import BBox, Word, union_bbox

_SAME_LINE = 0.5  # lines whose tops differ by less than this many line heights are one line


def unstacked(document: PdfDocument, table: Table, anchor: re.Pattern[str]) -> Table:
    """The table with each row that stacks two or more anchored lines split into its rows."""
    words = document.words(table.page)
    rows: list[tuple[Cell | None, ...]] = []
    for row in table.rows:
        rows.extend(_split(row, words, anchor) or [row])
    return Table(table.page, table.bbox, tuple(rows))


def _split(row: Sequence[Cell | None], words: Sequence[Word],
           anchor: re.Pattern[str]) -> list[tuple[Cell | None, ...]] | None:
    """The row's rows, one per line of its anchor column; None when it holds one row only."""
    lines = [_lines(_inside(words, cell.bbox)) if cell else [] for cell in row]
    column = next((i for i, cell_lines in enumerate(lines)
                   if sum(1 for line in cell_lines if anchor.search(_text(line))) >= 2), None)
    if column is None:
        return None
    starts = [line[0].top for line in lines[column]]
    height = max(word.height for line in lines[column] for word in line)
    held: list[list[list[Word]]] = [[[] for _ in row] for _ in starts]
    for index, cell_lines in enumerate(lines):
        for line in cell_lines:
            held[_row_of(line[0].top, starts, height)][index].extend(line)
    return [tuple(None if cell is None
                  else Cell(cell.page, _clip(union_bbox(got), cell.bbox) if got else cell.bbox,
                            _text(got), any(w.form_field for w in got))
                  for cell, got in zip(row, got_row, strict=True))
            for got_row in held]


def _row_of(top: float, starts: Sequence[float], height: float) -> int:
    """The last row starting at or above TOP (a line a little higher still faces its row)."""
    return max((i for i, start in enumerate(starts) if start <= top + _SAME_LINE * height),
               default=0)


def _inside(words: Sequence[Word], box: BBox) -> list[Word]:
    x0, top, x1, bottom = box
    return [w for w in words
            if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom]


def _lines(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into lines top to bottom, each left to right."""
    lines: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(word.top - lines[-1][0].top) < _SAME_LINE * word.height:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _text(words: Sequence[Word]) -> str:
    return " ".join(word.text for word in words)


def _clip(box: BBox, outer: BBox) -> BBox:
    return (max(box[0], outer[0]), max(box[1], outer[1]), min(box[2], outer[2]),
            min(box[3], outer[3]))
