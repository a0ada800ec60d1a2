"""The `cairo` producer: pages drawn with cairocffi on a PDFSurface (text, rules, boxes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cairocffi as cairo

LETTER = (612.0, 792.0)


class Pager:
    """A flowing layout on cairo pages, with a header repeated on every continuation page."""

    def __init__(self, out: Path, face: str, landscape: bool, header: str) -> None:
        self.width, self.height = (LETTER[1], LETTER[0]) if landscape else LETTER
        self.surface = cairo.PDFSurface(str(out), self.width, self.height)
        self.ctx = cairo.Context(self.surface)
        self.face, self.header, self.page, self.margin = face, header, 1, 54.0
        self.y = self.margin

    def font(self, size: float, bold: bool = False) -> None:
        weight = cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL
        self.ctx.select_font_face(self.face, cairo.FONT_SLANT_NORMAL, weight)
        self.ctx.set_font_size(size)

    def need(self, height: float) -> None:
        if self.y + height > self.height - self.margin:
            self.ctx.show_page()
            self.page += 1
            self.y = self.margin
            self.font(8)
            self.text(self.margin, f"{self.header} - continuation sheet, page {self.page}")
            self.ctx.move_to(self.margin, self.y + 3)
            self.ctx.line_to(self.width - self.margin, self.y + 3)
            self.ctx.stroke()
            self.y += 18

    def text(self, x: float, line: str) -> None:
        self.ctx.move_to(x, self.y)
        self.ctx.show_text(line)

    def wrap(self, text: str, width: float) -> list[str]:
        lines: list[str] = []
        current = ""
        for word in text.split():
            trial = f"{current} {word}".strip()
            if current and self.ctx.text_extents(trial)[4] > width:
                lines.append(current)
                current = word
            else:
                current = trial
        return [*lines, current] if current else lines

    def para(self, text: str, size: float = 10.5, bold: bool = False, x: float | None = None,
             gap: float = 6) -> None:
        self.font(size, bold)
        left = self.margin if x is None else x
        for line in self.wrap(text, self.width - self.margin - left):
            self.need(size * 1.4)
            self.y += size * 1.35
            self.text(left, line)
        self.y += gap

    def box(self, number: int, caption: str, value: str, x: float, w: float) -> float:
        """A Form-like box: small numbered caption, value below, ruled all round; its height."""
        self.font(10)
        lines = self.wrap(value, w - 10) or [""]
        h = 14 + 13 * len(lines) + 4
        self.ctx.rectangle(x, self.y, w, h)
        self.ctx.stroke()
        self.font(6.5)
        self.ctx.move_to(x + 3, self.y + 8)
        self.ctx.show_text(f"{number}. {caption.upper()}")
        self.font(10)
        for i, line in enumerate(lines):
            self.ctx.move_to(x + 5, self.y + 21 + 13 * i)
            self.ctx.show_text(line)
        return h

    def table(self, heads: list[str], rows: list[list[str]]) -> None:
        cols = len(heads)
        w = (self.width - 2 * self.margin) / cols
        def row(cells: list[str], bold: bool) -> None:
            self.need(18)
            self.font(9, bold)
            for i, cell in enumerate(cells):
                self.ctx.rectangle(self.margin + i * w, self.y, w, 16)
                self.ctx.move_to(self.margin + i * w + 3, self.y + 11.5)
                self.ctx.show_text(cell)
            self.ctx.stroke()
            self.y += 16
        row(heads, True)
        for cells in rows:
            if self.y + 18 > self.height - self.margin:
                self.need(1000)
                row(heads, True)  # the header repeats on the continuation sheet
            row(cells, False)
        self.y += 10

    def close(self) -> None:
        self.surface.finish()


def draw(blocks: list[tuple[Any, ...]], out: Path, *, face: str, landscape: bool,
         header: str, boxed: bool) -> None:
    """Draw BLOCKS into OUT; BOXED prints key/value pairs as numbered Form-like boxes."""
    pg = Pager(out, face, landscape, header)
    number = 0
    for block in blocks:
        kind = block[0]
        if kind == "letterhead":
            pg.para(block[1], 15, True, gap=0)
            for line in block[2]:
                pg.para(line, 9.5, gap=0)
            pg.ctx.move_to(pg.margin, pg.y + 5)
            pg.ctx.line_to(pg.width - pg.margin, pg.y + 5)
            pg.ctx.stroke()
            pg.y += 14
        elif kind == "routing":
            pg.para("ROUTING AND TRANSMITTAL SLIP", 8, True, gap=0)
            for i, who in enumerate(block[1], start=1):
                pg.para(f"{i}. {who}  ........  Initials ____  Date ____", 8, gap=0)
            pg.y += 8
        elif kind in ("date", "p"):
            pg.para(block[1])
        elif kind == "address":
            for line in block[1]:
                pg.para(line, gap=0)
            pg.y += 8
        elif kind == "h":
            pg.para(block[1], 11.5, True)
        elif kind == "kv":
            for label, value in block[1]:
                if boxed:
                    number += 1
                    pg.font(10)
                    pg.need(40 + 13 * len(pg.wrap(value, pg.width - 2 * pg.margin - 10)))
                    pg.y += pg.box(number, label, value, pg.margin, pg.width - 2 * pg.margin)
                else:
                    pg.para(f"{label} {value}" if label.endswith(":") else f"{label}: {value}",
                            gap=2)
            pg.y += 8
        elif kind == "table":
            pg.table(list(block[1]), [list(r) for r in block[2]])
        elif kind == "sig":
            pg.para(block[1], gap=24)
            pg.para("______________________________", gap=0)
            for line in block[2:]:
                if line:
                    pg.para(line, gap=0)
    pg.close()
