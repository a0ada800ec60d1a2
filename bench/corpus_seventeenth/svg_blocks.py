"""Blocks laid out top-down on SVG pages, a new page (with the repeated header) when one fills."""

from __future__ import annotations

import random
import textwrap

from bench.corpus_seventeenth.blocks import Doc, Fields, Para, Sign, Table, Title
from bench.corpus_seventeenth.svg import LSANS, MONO, SANS, SERIF, Page

BOTTOM = 740.0


class Layout:
    def __init__(self, doc: Doc, rng: random.Random) -> None:
        self.doc, self.font = doc, rng.choice([SANS, LSANS, SERIF])
        self.size = rng.choice([9.5, 10.0, 10.5])
        self.pages: list[Page] = []
        self.y = 0.0
        self.new_page()

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(Page())
        page = self.page
        page.text(40, 30, self.doc.header, size=7.5, layer="header")
        page.text(572, 30, f"page {len(self.pages)}", size=7.5, anchor="end", layer="header")
        page.rule(40, 34, 572, 34, 0.4, layer="header")
        self.y = 52.0
        if len(self.pages) == 1 and self.doc.letterhead:
            first, *rest = self.doc.letterhead
            page.text(306, 62, first, size=14, bold=True, anchor="middle", font=LSANS,
                      layer="letterhead")
            for i, line in enumerate(rest):
                page.text(306, 76 + 11 * i, line, size=8.5, anchor="middle", layer="letterhead")
            self.y = 90.0 + 11 * len(rest)

    def need(self, height: float) -> None:
        if self.y + height > BOTTOM:
            self.new_page()

    def wrap(self, text: str, width_pt: float, size: float) -> list[str]:
        chars = int(width_pt / (size * (0.6 if self.font == MONO else 0.52)))
        return textwrap.wrap(text, chars) or [""]

    def title(self, block: Title) -> None:
        self.need(40)
        self.page.text(40, self.y + 14, block.text, size=14, bold=True, font=LSANS)
        if block.sub:
            self.page.text(40, self.y + 28, block.sub, size=8.5)
        self.y += 38

    def fields(self, block: Fields) -> None:
        if block.numbered:  # two columns of numbered boxes
            for i in range(0, len(block.pairs), 2):
                row = block.pairs[i:i + 2]
                lines = [self.wrap(v, 250, self.size) for _, v in row]
                height = 16 + 12 * max(len(x) for x in lines)
                self.need(height)
                for col, ((label, _), wrapped) in enumerate(zip(row, lines, strict=True)):
                    x = 40 + col * 266
                    self.page.box(x, self.y, 266, height)
                    self.page.text(x + 3, self.y + 8, f"{i + col + 1}. {label}", size=6.5,
                                   bold=True, layer="captions")
                    self.page.lines(x + 5, self.y + 20, wrapped, font=self.font, size=self.size,
                                    leading=12)
                self.y += height
            self.y += 8
            return
        for label, value in block.pairs:
            wrapped = self.wrap(value, 340, self.size)
            self.need(13 * len(wrapped) + 4)
            self.page.text(40, self.y + 10, label, size=self.size - 1, caps=True, spacing=0.4,
                           layer="captions")
            self.page.lines(228, self.y + 10, wrapped, font=self.font, size=self.size, leading=13)
            self.y += 13 * len(wrapped) + 3
        self.y += 6

    def para(self, block: Para) -> None:
        if block.heading:
            self.need(30)
            self.page.text(40, self.y + 12, block.heading, size=self.size + 0.5, bold=True)
            self.y += 17
        for line in self.wrap(block.text, 530, self.size):
            self.need(14)
            self.page.text(40, self.y + 10, line, font=self.font, size=self.size)
            self.y += 13.5
        if block.footnote:
            self.need(12)
            self.page.text(52, self.y + 8, block.footnote, size=7.5)
            self.y += 11
        self.y += 7

    def table(self, block: Table) -> None:
        width = 532 / len(block.headers)

        def heads() -> None:
            self.page.box(40, self.y, 532, 16, fill="#e8e8e8")
            for i, head in enumerate(block.headers):
                self.page.text(43 + i * width, self.y + 11, head, size=7.5, bold=True,
                               layer="captions")
            self.y += 16

        if block.caption:
            self.need(50)
            self.page.text(40, self.y + 10, block.caption, size=self.size, bold=True)
            self.y += 15
        self.need(34)
        heads()
        for row in block.rows:
            if self.y + 15 > BOTTOM:
                self.new_page()
                heads()  # the header row repeats on the continuation page
            for i, cell in enumerate(row):
                self.page.text(43 + i * width, self.y + 11, cell, size=8.5,
                               font=MONO if i == 0 else self.font)
            self.page.rule(40, self.y + 14, 572, self.y + 14, 0.3)
            self.y += 15
        self.y += 10

    def sign(self, block: Sign) -> None:
        self.need(16 + 13 * max(len(block.left), len(block.right)) + 20)
        if block.mark:
            self.page.text(40, self.y + 14, block.mark, font=SERIF, size=12)
        self.page.rule(40, self.y + 18, 260, self.y + 18)
        self.page.lines(40, self.y + 31, block.left, font=self.font, size=self.size)
        if block.right:
            self.page.lines(330, self.y + 31, block.right, font=self.font, size=self.size)
        self.y += 31 + 13 * max(len(block.left), len(block.right))


def render(doc: Doc, rng: random.Random) -> list[Page]:
    layout = Layout(doc, rng)
    for block in doc.blocks:
        if isinstance(block, Title):
            layout.title(block)
        elif isinstance(block, Fields):
            layout.fields(block)
        elif isinstance(block, Para):
            layout.para(block)
        elif isinstance(block, Table):
            layout.table(block)
        else:
            layout.sign(block)
    return layout.pages
