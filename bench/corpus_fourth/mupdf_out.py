"""The `mupdf` producer: pages drawn with PyMuPDF, text line by line, forms and grids ruled."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from bench.corpus_fourth.blocks import (
    Block,
    Break,
    Checks,
    Doc,
    Fields,
    Heading,
    Letterhead,
    Para,
    Table,
)

FONTS = {"serif": ("tiro", "tibo"), "sans": ("helv", "hebo"), "mono": ("cour", "cobo")}
LEFT, RIGHT, TOP, BOTTOM = 60.0, 552.0, 60.0, 740.0


class Pen:
    """A cursor that writes down the page and opens a new one when it runs out."""

    def __init__(self, pdf: pymupdf.Document, font: str) -> None:
        self.pdf, (self.font, self.bold) = pdf, FONTS[font]
        self.page = pdf.new_page(width=612, height=792)
        self.y = TOP

    def room(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self.page = self.pdf.new_page(width=612, height=792)
        self.y = TOP

    def wrap(self, text: str, width: float, size: float, bold: bool = False) -> list[str]:
        font = self.bold if bold else self.font
        lines: list[str] = []
        for raw in text.split("\n"):
            line = ""
            for word in raw.split(" "):
                trial = f"{line} {word}".strip()
                if line and pymupdf.get_text_length(trial, font, size) > width:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            lines.append(line)
        return lines

    def line(self, x: float, text: str, size: float = 10, bold: bool = False) -> None:
        self.page.insert_text((x, self.y), text, fontname=self.bold if bold else self.font,
                              fontsize=size)

    def width(self, text: str, size: float, bold: bool = False) -> float:
        return float(pymupdf.get_text_length(text, self.bold if bold else self.font, size))


def _para(pen: Pen, text: str, bold: bool = False, right: bool = False, size: float = 10) -> None:
    for line in pen.wrap(text, RIGHT - LEFT, size, bold):
        pen.room(size * 1.4)
        x = RIGHT - pen.width(line, size, bold) if right else LEFT
        pen.y += size * 1.4
        pen.line(x, line, size, bold)
    pen.y += size * 0.6


def _boxes(pen: Pen, rows: list[tuple[str, str]]) -> None:
    pending = list(rows)
    while pending:
        label, value = pending.pop(0)
        pair = [(label, value)]
        if len(value) < 30 and "\n" not in value and pending and len(pending[0][1]) < 30 \
                and "\n" not in pending[0][1]:
            pair.append(pending.pop(0))
        width = (RIGHT - LEFT) / len(pair)
        wrapped = [pen.wrap(v, width - 8, 10) for _, v in pair]
        height = 14 + 12 * max(len(w) for w in wrapped)
        pen.room(height)
        for n, ((cap, _), lines) in enumerate(zip(pair, wrapped, strict=True)):
            x = LEFT + n * width
            pen.page.draw_rect(pymupdf.Rect(x, pen.y, x + width, pen.y + height), width=0.8)
            pen.page.insert_text((x + 3, pen.y + 8), cap, fontname="helv", fontsize=6.5)
            for k, line in enumerate(lines):
                pen.page.insert_text((x + 4, pen.y + 20 + 12 * k), line, fontname=pen.font,
                                     fontsize=10)
        pen.y += height
    pen.y += 6


def _fields(pen: Pen, rows: list[tuple[str, str]]) -> None:
    rows = [(label.rstrip(":") + ":", value) for label, value in rows]
    label_width = max(pen.width(k, 10, True) for k, _ in rows) + 12
    for label, value in rows:
        lines = pen.wrap(value, RIGHT - LEFT - label_width, 10)
        pen.room(14 * len(lines))
        pen.y += 14
        pen.line(LEFT, label, 10, True)
        for k, line in enumerate(lines):
            if k:
                pen.y += 14
            pen.line(LEFT + label_width, line)
    pen.y += 8


def _table(pen: Pen, table: Table) -> None:
    size = 9.0
    cols = list(zip(table.header, *table.rows, strict=True))
    widths = [max(pen.width(str(c), size, True) for c in col) + 12 for col in cols]
    if sum(widths) > RIGHT - LEFT:  # a smaller type, never cells that overlap
        size *= (RIGHT - LEFT) / sum(widths)
        widths = [max(pen.width(str(c), size, True) for c in col) + 8 for col in cols]
    pen.room(16 * (len(table.rows) + 1) + 4)
    for r, row in enumerate([table.header, *table.rows]):
        x = LEFT
        top = pen.y
        pen.y += 13
        for w, cell in zip(widths, row, strict=True):
            pen.line(x + 4, cell, size, bold=r == 0)
            if table.ruled:
                pen.page.draw_rect(pymupdf.Rect(x, top, x + w, top + 17), width=0.6)
            x += w
        pen.y = top + 17
    pen.y += 8


def _checks(pen: Pen, items: list[tuple[bool, str]]) -> None:
    if not items:
        return
    pen.room(18)
    pen.y += 14
    x = LEFT
    for on, text in items:
        pen.page.draw_rect(pymupdf.Rect(x, pen.y - 9, x + 9, pen.y), width=0.8)
        if on:
            pen.page.insert_text((x + 1.5, pen.y - 1.5), "X", fontname="hebo", fontsize=8)
        pen.page.insert_text((x + 14, pen.y), text, fontname="helv", fontsize=9)
        x += 24 + pen.width(text, 9) + 10
    pen.y += 8


def _block(pen: Pen, block: Block) -> None:
    if isinstance(block, Letterhead):
        for n, text in enumerate(block.lines):
            size = 13 if n == 0 else 9.5
            pen.y += size * 1.4
            pen.line((LEFT + RIGHT - pen.width(text, size, n == 0)) / 2, text, size, n == 0)
        pen.page.draw_line((LEFT, pen.y + 6), (RIGHT, pen.y + 6), width=1)
        pen.y += 16
    elif isinstance(block, Para):
        _para(pen, block.text, block.bold, block.right)
    elif isinstance(block, Heading):
        pen.room(40)
        pen.y += 4
        _para(pen, block.text, bold=True, size=11)
    elif isinstance(block, Fields):
        (_boxes if block.boxed else _fields)(pen, block.rows)
    elif isinstance(block, Table):
        _table(pen, block)
    elif isinstance(block, Checks):
        _checks(pen, block.items)
    else:
        assert isinstance(block, Break)
        pen.new_page()


def write(doc: Doc, path: Path) -> None:
    """Draw DOC page by page and save it to PATH."""
    pdf = pymupdf.open()
    pen = Pen(pdf, doc.font)
    for block in doc.blocks:
        _block(pen, block)
    pdf.set_metadata({"producer": "PyMuPDF", "creator": "tradebots corpus_fourth",
                      "creationDate": "", "modDate": ""})
    pdf.save(path, garbage=3, deflate=True, no_new_id=True)
    pdf.close()
