"""Tables typed as text whose cells a printed bar parts ("A | B | C"), found by their rows.

A sender may type a table with bars between its cells and print it in proportional type, so
its columns do not line up from row to row and no gap marks a cell: the bars do. Each line is
split at its bars; the rows are the lines that open with the anchor (an entry number), the
header the barred line right above them with as many cells. A row with another count of cells
keeps only its anchor, so a caller sees it as a row whose cells could not be read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tradebots.pdf import Cell, PdfDocument, Segment, Table
from tradebots.pdf.words import BBox, Word, union_bbox

_BARS = "|\u00a6\u2502\u2503"  # a bar, a broken bar, box drawing's light and heavy bars
_BAR = re.compile(f"[{re.escape(_BARS)}]")
_MIN_CELLS = 3
_LINE_GAP = 1.9  # line heights: a wider gap above a row ends the table


def delimited_tables(
    document: PdfDocument, page: int, anchor: re.Pattern[str], skip: Sequence[BBox] = ()
) -> list[Table]:
    """Tables whose cells a bar parts and whose rows open with `anchor`, outside `skip`."""
    lines = [line for line in document.segments(page) if line and not _inside(line, skip)]
    split = [_split(line) for line in lines]
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        if not _is_row(split[index], anchor):
            index += 1
            continue
        above = index - 1
        # A rule typed under the header ("------+------") stands between it and the rows.
        if above > 0 and _is_rule(lines[above]) and _close(lines[above], lines[index]):
            above -= 1
        header = split[above] if above >= 0 and _heads(split[above], split[index], anchor) \
            and _close(lines[above], lines[above + 1]) else None
        rows = [split[index]]
        index += 1
        while (index < len(lines) and _is_row(split[index], anchor)
               and _close(lines[index - 1], lines[index])):
            rows.append(split[index])
            index += 1
        tables.append(_table(page, header, rows))
    return tables


def _split(line: Sequence[Segment]) -> list[list[Word]]:
    """A line's words grouped into the cells between its bars (a bar may be glued to a word)."""
    cells: list[list[Word]] = [[]]
    for word in (w for segment in line for w in segment.words):
        for part in _parts(word):
            if _BAR.fullmatch(part.text):
                cells.append([])
            else:
                cells[-1].append(part)
    # A bar that opens or closes the line ("| A | B |") borders the table: no empty cell.
    if cells and not cells[0]:
        cells = cells[1:]
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _parts(word: Word) -> list[Word]:
    """A word cut at the bars in it ("669-1670236-9|2022-12-04"), each part's box its share."""
    if not _BAR.search(word.text) or _BAR.fullmatch(word.text):
        return [word]
    width = (word.x1 - word.x0) / max(len(word.text), 1)
    parts: list[Word] = []
    for match in re.finditer(f"[^{re.escape(_BARS)}]+|[{re.escape(_BARS)}]", word.text):
        x0 = word.x0 + width * match.start()
        parts.append(Word(word.page, x0, word.top, word.x0 + width * match.end(), word.bottom,
                          match.group(0), word.form_field))
    return parts


def _is_row(cells: list[list[Word]], anchor: re.Pattern[str]) -> bool:
    return len(cells) >= _MIN_CELLS and bool(cells[0]) and anchor.match(_text(cells[0])) is not None


_RULE = re.compile(f"[-=_+:{re.escape(_BARS)}\\s]{{3,}}")


def _is_rule(line: Sequence[Segment]) -> bool:
    """A line typed of dashes, equals signs and crossings only: a table's rule."""
    return bool(_RULE.fullmatch(" ".join(w.text for s in line for w in s.words)))


def _heads(cells: list[list[Word]], row: list[list[Word]], anchor: re.Pattern[str]) -> bool:
    """A barred line of as many cells as the first row, holding no anchor: the header."""
    return len(cells) == len(row) and not any(anchor.search(_text(c)) for c in cells)


def _close(upper: Sequence[Segment], lower: Sequence[Segment]) -> bool:
    height = max(s.height for s in upper)
    gap = min(s.top for s in lower) - max(s.bottom for s in upper)
    return gap <= _LINE_GAP * height


def _inside(line: Sequence[Segment], boxes: Sequence[BBox]) -> bool:
    middle = sum(s.top + s.bottom for s in line) / (2 * len(line))
    return any(b[1] - 1 <= middle <= b[3] + 1 for b in boxes)


def _text(words: Sequence[Word]) -> str:
    return " ".join(w.text for w in words)


def _table(page: int, header: list[list[Word]] | None, rows: list[list[list[Word]]]) -> Table:
    width = len(header) if header is not None else len(rows[0])
    words = [w for row in [header or [], *rows] for cell in row for w in cell]
    top = min(w.top for w in words)
    head = tuple(_cell(page, header[i] if header else [], top) for i in range(width))
    # A row of another count has its cells shifted: only its anchor is read, its other slots
    # are no cells (not empty ones, which would read as a blank liquidation box).
    body = tuple(tuple(_cell(page, row[i], top) for i in range(width)) if len(row) == width
                 else (_cell(page, row[0], top), *[None] * (width - 1)) for row in rows)
    return Table(page, union_bbox(words), (head, *body))


def _cell(page: int, words: list[Word], top: float) -> Cell:
    if not words:
        return Cell(page, (0.0, top, 0.0, top), "")
    return Cell(page, union_bbox(words), _text(words), any(w.form_field for w in words))
