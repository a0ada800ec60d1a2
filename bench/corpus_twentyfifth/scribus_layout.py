"""Blocks placed on absolute pages for Scribus: text frames, ruled grids, boxes and a label "
"sidebar."""

from __future__ import annotations

import textwrap
from typing import Any

from bench.corpus_twentyfifth.model import Break, Doc, Fields, Heading, Para, Table

PAGE_W, PAGE_H = 612.0, 792.0
LEFT, RIGHT, TOP, BOTTOM = 60.0, 552.0, 78.0, 730.0
FONTS = {
    "sans": ("DejaVu Sans Book", "DejaVu Sans Bold"),
    "serif": ("DejaVu Serif Book", "DejaVu Serif Bold"),
    "mono": ("DejaVu Sans Mono Book", "DejaVu Sans Mono Bold"),
}


class Pages:
    """A y cursor over letter pages that starts a new page (with its running header) when full."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.regular, self.bold = FONTS[doc.font]
        self.items: list[dict[str, Any]] = []
        self.page = 0
        self.y = TOP
        self._furniture()

    def _furniture(self) -> None:
        self.text(LEFT, 40, RIGHT - LEFT, self.doc.running, 7.5, self.regular, place=False)
        self.items.append(
            {
                "kind": "line",
                "page": self.page,
                "x1": LEFT,
                "y1": 56,
                "x2": RIGHT,
                "y2": 56,
                "w": 0.5,
            }
        )
        self.text(
            LEFT,
            748,
            RIGHT - LEFT,
            f"{self.doc.title} - page {self.page + 1}",
            7,
            self.regular,
            place=False,
        )

    def new_page(self) -> None:
        self.page += 1
        self.y = TOP
        self._furniture()

    def rect(self, x: float, width: float, height: float, fill: str) -> None:
        """A ruled box (filled with a named Scribus colour, or "None") at the cursor's height."""
        self.items.append(
            {
                "kind": "rect",
                "page": self.page,
                "x": x,
                "y": self.y,
                "w": width,
                "h": height,
                "fill": fill,
            }
        )

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    @staticmethod
    def lines(text: str, width: float, size: float, mono: bool = False) -> list[str]:
        per_char = size * (0.62 if mono else 0.6)
        columns = max(4, int(width / per_char))
        out: list[str] = []
        for raw in text.split("\n"):
            out += textwrap.wrap(raw, columns, break_long_words=True, break_on_hyphens=False) or [
                ""
            ]
        return out

    def height(self, text: str, width: float, size: float) -> float:
        return len(self.lines(text, width, size, self.doc.font == "mono")) * size * 1.25 + 4

    def text(
        self,
        x: float,
        y: float,
        width: float,
        text: str,
        size: float,
        font: str,
        place: bool = True,
    ) -> float:
        wrapped = self.lines(text, width, size, self.doc.font == "mono")
        height = len(wrapped) * size * 1.25 + 4
        self.items.append(
            {
                "kind": "text",
                "page": self.page,
                "x": x,
                "y": y,
                "w": width,
                "h": height + 2,
                "text": "\n".join(wrapped),
                "size": size,
                "font": font,
            }
        )
        if place:
            self.y = y + height
        return height


def _fields(pages: Pages, block: Fields, mode: str, size: float) -> None:
    if mode == "sidebar":  # labels in a grey column down the left, values to their right
        for label, value in block.pairs:
            h = max(pages.height(value, 330, size), pages.height(label, 120, size - 1.5))
            pages.need(h + 2)
            pages.rect(LEFT, 130, h, "LightGrey")
            pages.text(LEFT + 4, pages.y, 122, label.upper(), size - 1.5, pages.bold, place=False)
            pages.text(LEFT + 140, pages.y, 330, value, size, pages.regular)
            pages.y += 2
        return
    if mode == "right":  # value, then its caption to the right in small type
        for label, value in block.pairs:
            h = pages.height(value, 384, size)
            pages.need(h)
            pages.text(
                LEFT + 392,
                pages.y,
                100,
                f"<- {label}" if label else "",
                size - 2.5,
                pages.regular,
                place=False,
            )
            pages.text(LEFT, pages.y, 384, value, size, pages.regular)
        return
    # boxes: two per row, caption above the value, drawn as a form; a long value gets a whole row
    half = (RIGHT - LEFT - 8) / 2
    rows: list[list[tuple[str, str]]] = []
    for pair in block.pairs:
        if (
            len(pair[1]) * size * 0.6 > half - 10
            or not rows
            or len(rows[-1]) == 2
            or len(rows[-1][0][1]) * size * 0.6 > half - 10
        ):
            rows.append([pair])
        else:
            rows[-1].append(pair)
    for row in rows:
        width = half if len(row) == 2 or len(row[0][1]) * size * 0.6 <= half - 10 else RIGHT - LEFT
        h = max(pages.height(v, width - 8, size) for _, v in row) + 12
        pages.need(h + 4)
        for n, (label, value) in enumerate(row):
            x = LEFT + n * (width + 8)
            pages.rect(x, width, h, "None")
            pages.text(x + 3, pages.y + 1, width - 6, label.upper(), 6.5, pages.bold, place=False)
            pages.text(x + 3, pages.y + 11, width - 8, value, size, pages.regular, place=False)
        pages.y += h + 4


def _table(pages: Pages, block: Table, size: float, repeat_header: bool) -> None:
    headers, rows = list(block.headers), [list(r) for r in block.rows]
    if block.transposed:
        headers, rows = (
            ["", *[f"#{k + 1}" for k in range(len(rows))]],
            [[h, *[r[k] for r in rows]] for k, h in enumerate(headers)],
        )
    columns = list(zip(headers, *rows, strict=False))
    longest_word = [
        max(len(word) for text in column for word in (text.split() or [""])) for column in columns
    ]
    longest_cell = [
        max(max(len(text) for text in column[1:]), words)
        for column, words in zip(columns, longest_word, strict=False)
    ]
    # Data cells on one line: the type shrinks (not below 6.5 pt) until every column holds its
    # longest cell; a table that still does not fit wraps at words, entry numbers never broken.
    cell = size - 1
    while cell > 6.5 and sum(n * cell * 0.62 + 8 for n in longest_cell) > RIGHT - LEFT:
        cell -= 0.5
    per_char = cell * 0.62
    floor = [n * per_char + 8 for n in longest_cell]
    if sum(floor) > RIGHT - LEFT:
        floor = [n * per_char + 8 for n in longest_word]
    spare = max(0.0, (RIGHT - LEFT) - sum(floor)) / len(headers)
    widths = [f + spare for f in floor]
    starts = [LEFT + sum(widths[:n]) for n in range(len(widths))]

    def row_height(cells: list[str]) -> float:
        return max(pages.height(c, w - 6, cell) for c, w in zip(cells, widths, strict=False)) + 2

    def draw(cells: list[str], bold: bool) -> None:
        h = row_height(cells)
        for x, width, value in zip(starts, widths, cells, strict=False):
            pages.rect(x, width, h, "LightGrey" if bold else "None")
            pages.text(
                x + 3,
                pages.y + 1,
                width - 6,
                value,
                cell,
                pages.bold if bold else pages.regular,
                place=False,
            )
        pages.y += h

    pages.need(row_height(headers) + row_height(rows[0]))
    draw(headers, True)
    for row in rows:
        if pages.y + row_height(row) > BOTTOM:
            pages.new_page()
            if repeat_header:
                draw(headers, True)
        draw(row, False)
    pages.y += 8


def layout(doc: Doc) -> dict[str, Any]:
    """The Scribus job for one document: page count and every frame, line and box."""
    pages = Pages(doc)
    size = {0: 9.0, 1: 10.0, 2: 9.5}[doc.style]
    mode = {0: "boxes", 1: "sidebar", 2: "right"}[doc.style]
    for block in doc.blocks:
        if isinstance(block, Heading):
            pages.need(size * 3)
            pages.y += 6
            pages.text(LEFT, pages.y, RIGHT - LEFT, block.text, size + 2.5, pages.bold)
            pages.y += 2
        elif isinstance(block, Para):
            h = pages.height(block.text, RIGHT - LEFT, size)
            pages.need(h)
            pages.text(LEFT, pages.y, RIGHT - LEFT, block.text, size, pages.regular)
            pages.y += 3
        elif isinstance(block, Fields):
            _fields(pages, block, mode, size)
            pages.y += 4
        elif isinstance(block, Table):
            _table(pages, block, size, repeat_header=doc.style != 2)
        elif isinstance(block, Break):
            pages.new_page()
    return {"pages": pages.page + 1, "items": pages.items, "fonts": list(FONTS[doc.font])}
