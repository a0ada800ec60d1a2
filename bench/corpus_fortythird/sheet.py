"""A cursor over US Letter pages that emits render.py operations."""

from __future__ import annotations

import textwrap

from bench.corpus_fortythird.render import Page

LEAD = {"sans": 0.23, "sansb": 0.23, "serif": 0.25, "serifb": 0.25, "mono": 0.2}
WIDTH = {"sans": 70, "sansb": 66, "serif": 72, "serifb": 68, "mono": 74}


class Sheet:
    """Lines, wrapped paragraphs, rules, boxes and tables, with page breaks."""

    def __init__(self, font: str = "sans", left: float = 1.0) -> None:
        self.pages: list[Page] = [[]]
        self.y = 0.9
        self.font = font
        self.left = left

    def op(self, *op: object) -> None:
        self.pages[-1].append(tuple(op))

    def need(self, height: float) -> None:
        if self.y + height > 10.2:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.9

    def at(self, x: float, text: str, font: str | None = None) -> None:
        self.op("t", x, self.y, font or self.font, text)

    def line(self, text: str = "", font: str | None = None, indent: float = 0.0) -> None:
        f = font or self.font
        self.need(LEAD[f])
        if text:
            self.op("t", self.left + indent, self.y, f, text)
        self.y += LEAD[f]

    def para(self, text: str, font: str | None = None, indent: float = 0.0) -> None:
        f = font or self.font
        width = WIDTH[f] - int(indent * 12)
        for row in textwrap.wrap(text, width) or [""]:
            self.line(row, f, indent)
        self.y += LEAD[f] * 0.4

    def rule(self, x0: float = 1.0, x1: float = 7.5) -> None:
        self.op("l", x0, self.y - 0.16, x1, self.y - 0.16)

    def table(
        self,
        xs: list[float],
        rows: list[list[str]],
        ruled: bool,
        font: str | None = None,
        right: float = 7.55,
    ) -> None:
        f = font or self.font
        self.need(LEAD[f] * min(len(rows), 4))
        top = self.y
        for number, row in enumerate(rows):
            self.need(LEAD[f])
            for x, cell in zip(xs, row, strict=False):
                self.op("t", x, self.y, "sansb" if number == 0 and f == "sans" else f, cell)
            if ruled:
                self.rule(xs[0] - 0.08, right)
            self.y += LEAD[f] + (0.06 if ruled else 0)
        if ruled:
            self.rule(xs[0] - 0.08, right)
            for x in xs[1:]:
                self.op("l", x - 0.08, top - 0.16, x - 0.08, self.y - 0.16)
        self.y += 0.1

    def box(self, lines: list[str], font: str | None = None) -> None:
        f = font or self.font
        height = LEAD[f] * len(lines) + 0.15
        self.need(height)
        self.op("r", self.left - 0.1, self.y - 0.2, 6.6, height)
        for row in lines:
            self.op("t", self.left, self.y, f, row)
            self.y += LEAD[f]
        self.y += 0.2
