"""A table's columns read down from their headers: "No. | Description | Materials" or "Item |
Principal use | Materials | Price" over the goods' rows, printed as cells side by side (each
cell its own paragraph, a wrapped cell one paragraph a line)."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import PROSE, Fields, Paragraph, Span, fold
from tradebots.pdf import Segment

# Each fact 177.2(b)(2)(ii)(A) asks of a classification request, by the headers of its column.
# Headers in plain words too: "What it is | Used for | Made of", "Application", "Content".
_HEADS = {
    "product_description": (r"(?:product\s+|merchandise\s+|goods\s+)?description|what\s+(?:it|"
                            r"they)\s+(?:is|are)",
                            r"item|product|merchandise|goods|article|commodity"),
    "principal_use": (r"(?:principal\s+|intended\s+|end\s+)?use|used\s+for|application|purpose",),
    "component_materials": (r"(?:component\s+)?materials?|composition|made\s+(?:of|from)|"
                            r"(?:material\s+)?content|construction",),
}
_SAME_ROW = 3.0  # points: header cells of one row share their top
_ALIGNED = 8.0  # points: a cell under a left-aligned header starts where the header starts
_ROWS = 60.0  # points: how far below its header a table's rows reach
_HEAD_LINES = 2  # lines a column's header may wrap over


def read_fact_columns(items: list[Paragraph], fields: Fields) -> None:
    """Description, principal use and materials from the cells under their column headers."""
    for key, heads in _HEADS.items():
        if key in fields.items:
            continue
        for words in heads:
            pattern = re.compile(rf"\s*(?:{words})\s*:?\s*", re.I)
            if (cells := _column(items, pattern)) is not None:
                first = cells[0]
                text = fold(" ".join(cell.text for cell in cells))
                fields.put(key, text, Span(first, 0, len(first.text)).evidence(), PROSE)
                break
    if "product_description" not in fields.items and (row := _item_row(items)) is not None:
        fields.put_span("product_description", row.flat, row, PROSE)


# A table row printed as one line: "Item 1  Cordless hair clippers, model HC-900  see text".
_ITEM_ROW = re.compile(r"(?m)^[ \t]*(?i:item)\s+1\s+(?P<v>[A-Z][^\n]+)")


def _item_row(items: list[Paragraph]) -> Span | None:
    """The goods in the first row of an item table printed line by line."""
    for paragraph in items:
        if match := _ITEM_ROW.search(paragraph.text):
            return Span(paragraph, match.start("v"), match.end("v"))
    return None


def _column(items: list[Paragraph], pattern: re.Pattern[str]) -> list[Paragraph] | None:
    """The cells under the first header PATTERN names in a header row, top to bottom, down to
    the first paragraph that runs across two columns (the text after the table)."""
    for item in items:
        # The text builder may glue the header to the cell under it ("Product" / "Steel
        # tumblers, 12 oz."): the header is the first line, the rest the first row's cell.
        # A narrow column's header may wrap ("Component" / "materials"): its first lines.
        lines = next((n for n in range(1, min(len(item.segments), _HEAD_LINES) + 1)
                      if pattern.fullmatch(fold(" ".join(s.text for s in item.segments[:n])))),
                     None)
        if lines is None:
            if (head := _header_word(item, pattern)) is None:
                continue
            lines, glued = 0, []  # a header inside a typed table's header line
        else:
            head, glued = Paragraph(item.page, item.segments[:1]), item.segments[lines:]
        row = _header_row(head, items)
        if len(row) + bool(glued) < 2:
            continue
        middles = [(p.x0 + _right(p)) / 2 for p in row]
        # A cell may be centred under a centred header: the header's middle falls inside it.
        middle = (head.x0 + _right(head)) / 2
        below = sorted((p for p in items if p.page == head.page
                        and p.top > (item.bottom if lines else head.bottom)
                        and p.top - head.bottom < _ROWS), key=lambda p: p.top)
        cells: list[Paragraph] = [Paragraph(item.page, glued)] if glued else []
        for cell in below:
            if sum(cell.x0 <= m <= _right(cell) for m in middles) > 1:
                break  # it runs across the columns: the text after the table
            if abs(cell.x0 - head.x0) < _ALIGNED or cell.x0 <= middle <= _right(cell):
                cells.append(cell)
        if cells:
            return cells
    return None


_MOST_HEAD_WORDS = 4  # a typed header line's words before the column it names


def _header_word(item: Paragraph, pattern: re.Pattern[str]) -> Paragraph | None:
    """A header typed with one space after the one before it on a rule-framed table's header
    line ("Part No. Description", its cells set under each word's start): its own words, as a
    header cell of their own, when the paragraph goes on with the table's lines."""
    if len(item.segments) < 2:
        return None
    for segment in item.segments[:_MOST_HEAD_WORDS]:
        words = segment.words
        for start in range(1, min(len(words), _MOST_HEAD_WORDS)):
            for end in range(start + 1, min(len(words), start + _HEAD_LINES) + 1):
                if pattern.fullmatch(" ".join(w.text for w in words[start:end])):
                    return Paragraph(item.page, [Segment(tuple(words[start:end]))])
    return None


def _right(paragraph: Paragraph) -> float:
    return max(segment.bbox[2] for segment in paragraph.segments)


def _header_row(head: Paragraph, items: list[Paragraph]) -> list[Paragraph]:
    """The one-line cells on the header's line (itself included): a table's header row."""
    return [p for p in items if p.page == head.page and abs(p.top - head.top) < _SAME_ROW
            and len(p.segments) == 1]


def row_texts(items: list[Paragraph]) -> list[str]:
    """Each line of one-line cells printed side by side, read left to right as one line."""
    rows: dict[tuple[int, int], list[Paragraph]] = {}
    for paragraph in items:
        if len(paragraph.segments) == 1:
            rows.setdefault((paragraph.page, round(paragraph.top / _SAME_ROW)), []).append(
                paragraph)
    return [" ".join(p.text for p in sorted(row, key=lambda p: p.x0))
            for row in rows.values() if len(row) > 1]
