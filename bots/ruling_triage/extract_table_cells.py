"""A goods table whose cells a tight layout runs together: "Insulated polyester sleeping bags,
commercial and polyester shell and" is three cells of one row (Description, Principal use,
Materials) set too close for their gap to show. Under a table's header row each such line is cut
where the header's columns start, so every cell is read in its own column."""

from __future__ import annotations

import re

from bots.ruling_triage.extract_text import Paragraph
from tradebots.pdf import Segment, Word

# What a goods table's columns are headed by ("No.", "Description", "Principal use", "Price").
_HEAD_WORD = re.compile(r"\s*(?:no\.?|#|item|description|product|article|goods|merchandise|"
                        r"(?:principal\s+|intended\s+)?use|(?:component\s+)?materials?|"
                        r"composition|price|value|qty|quantity|unit|model|style|origin|"
                        r"(?:proposed\s+)?(?:HTS(?:US)?|tariff|classification)(?:\s+no\.?)?)"
                        r"\s*:?\s*", re.I)
_LEAST_HEADS = 3  # a table's header row has three headed columns or more
_SAME_ROW = 3.0  # points: header cells of one row share their top
_EDGE = 2.0  # points: a cell's words start where its column's header starts, give or take


def split_table_cells(items: list[Paragraph]) -> list[Paragraph]:
    """ITEMS with each paragraph under a goods table's header row cut into one paragraph per
    column, down to the first paragraph a column's edge runs through (the text after the
    table: prose laid across the columns has words astride their edges)."""
    out = list(items)
    for head in items:
        row = sorted((p for p in items if p.page == head.page and abs(p.top - head.top) < _SAME_ROW
                      and len(p.segments) == 1), key=lambda p: p.x0)
        if not row or row[0] is not head or sum(
                bool(_HEAD_WORD.fullmatch(p.text)) for p in row) < _LEAST_HEADS:
            continue
        edges = [p.x0 - _EDGE for p in row[1:]]
        below = sorted((p for p in out if p.page == head.page and p.top > head.bottom
                        and type(p) is Paragraph), key=lambda p: p.top)
        for paragraph in below:
            words = [w for s in paragraph.segments for w in s.words]
            if any(w.x0 < edge < w.x1 for w in words for edge in edges):
                break
            cells = _cut(paragraph, edges)
            if len(cells) > 1:
                at = next(i for i, p in enumerate(out) if p is paragraph)
                out[at:at + 1] = cells
    return out


def _cut(paragraph: Paragraph, edges: list[float]) -> list[Paragraph]:
    """PARAGRAPH's words by the column each starts in, one paragraph a column, lines kept."""
    columns: dict[int, list[Segment]] = {}
    for segment in paragraph.segments:
        parts: dict[int, list[Word]] = {}
        for word in segment.words:
            parts.setdefault(sum(word.x0 >= edge for edge in edges), []).append(word)
        for column, words in parts.items():
            columns.setdefault(column, []).append(Segment(tuple(words)))
    return [Paragraph(paragraph.page, columns[c]) for c in sorted(columns)]
