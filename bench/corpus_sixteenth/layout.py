"""A page model both producers draw: text runs, rules and badges in points, origin top left."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "right", "center"]
Face = Literal["helvetica", "times", "courier"]
Colour = tuple[int, int, int]
BLACK: Colour = (0, 0, 0)


@dataclass(frozen=True)
class Text:
    """One line of text; `y` is its baseline."""

    x: float
    y: float
    text: str
    size: float = 10
    bold: bool = False
    face: Face = "helvetica"
    align: Align = "left"
    colour: Colour = BLACK


@dataclass(frozen=True)
class Rule:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.5
    colour: Colour = BLACK


@dataclass(frozen=True)
class Badge:
    """A filled rounded box drawn under some text (status badges, shaded header bands)."""

    x: float
    y: float
    w: float
    h: float
    fill: Colour
    stroke: Colour


Element = Text | Rule | Badge


@dataclass
class Document:
    """Pages of elements, the page orientation and a title for the PDF's metadata."""

    title: str
    landscape: bool
    pages: list[list[Element]] = field(default_factory=list)

    @property
    def width(self) -> float:
        return 792 if self.landscape else 612

    @property
    def height(self) -> float:
        return 612 if self.landscape else 792


Header = Callable[["Flow", int], None]


class Flow:
    """Lays content top to bottom, breaking pages and repeating a header on each new page."""

    def __init__(
        self,
        doc: Document,
        *,
        margin: float = 54,
        face: Face = "helvetica",
        size: float = 10,
        header: Header | None = None,
    ) -> None:
        self.doc, self.margin, self.face, self.size, self.header = doc, margin, face, size, header
        self.y = 0.0
        self.new_page()

    @property
    def page(self) -> list[Element]:
        return self.doc.pages[-1]

    @property
    def right(self) -> float:
        return self.doc.width - self.margin

    def new_page(self) -> None:
        self.doc.pages.append([])
        self.y = self.margin
        if self.header is not None:
            self.header(self, len(self.doc.pages))

    def need(self, height: float) -> None:
        """Break the page when HEIGHT points do not fit."""
        if self.y + height > self.doc.height - self.margin:
            self.new_page()

    def line(
        self,
        text: str,
        *,
        x: float | None = None,
        size: float | None = None,
        bold: bool = False,
        face: Face | None = None,
        align: Align = "left",
        colour: Colour = BLACK,
        advance: bool = True,
    ) -> None:
        size = size or self.size
        self.need(size * 1.35)
        self.page.append(
            Text(
                self.margin if x is None else x,
                self.y + size,
                text,
                size,
                bold,
                face or self.face,
                align,
                colour,
            )
        )
        if advance:
            self.y += size * 1.35

    def para(
        self,
        text: str,
        *,
        x: float | None = None,
        size: float | None = None,
        bold: bool = False,
        indent: str = "",
        after: float = 4,
    ) -> None:
        size = size or self.size
        left = self.margin if x is None else x
        per_char = size * (0.6 if self.face == "courier" else 0.5)
        width = max(20, int((self.right - left) / per_char))
        for i, piece in enumerate(textwrap.wrap(text, width - len(indent)) or [""]):
            prefix = indent if i == 0 else " " * len(indent)
            self.line(prefix + piece, x=left, size=size, bold=bold)
        self.y += after

    def rule(self, width: float = 0.5, colour: Colour = BLACK) -> None:
        self.page.append(Rule(self.margin, self.y, self.right, self.y, width, colour))
        self.y += 4

    def gap(self, points: float) -> None:
        self.y += points

    def badge(self, x: float, text: str, fill: Colour, stroke: Colour, size: float = 8) -> None:
        """A status pill at X on the current line (the line itself is not advanced)."""
        width = len(text) * size * 0.62 + 10
        self.page.append(Badge(x, self.y + 1, width, size + 5, fill, stroke))
        self.page.append(
            Text(x + 5, self.y + size + 2, text, size, True, "helvetica", "left", stroke)
        )

    def table(
        self,
        columns: list[tuple[str, float]],
        rows: list[list[str]],
        *,
        ruled: bool = True,
        size: float | None = None,
        shade: Colour | None = None,
        repeat_header: bool = True,
        break_after: int | None = None,
    ) -> None:
        """Column titles with widths, then single-line rows; a page break after BREAK_AFTER rows."""
        size = size or self.size - 1
        height = size * 1.7

        def head() -> None:
            if shade is not None:
                self.page.append(
                    Badge(self.margin, self.y, sum(w for _, w in columns), height, shade, shade)
                )
            x = self.margin
            for title, width in columns:
                self.page.append(Text(x + 3, self.y + size * 1.2, title, size, True, self.face))
                x += width
            self.y += height
            if ruled:
                self.page.append(
                    Rule(
                        self.margin, self.y, self.margin + sum(w for _, w in columns), self.y, 0.7
                    )
                )

        self.need(height * 2)
        head()
        for number, row in enumerate(rows):
            if self.y + height > self.doc.height - self.margin or number == break_after:
                self.new_page()
                if repeat_header:
                    head()
            x = self.margin
            for (_, width), cell in zip(columns, row, strict=True):
                self.page.append(Text(x + 3, self.y + size * 1.2, cell, size, False, self.face))
                x += width
            self.y += height
            if ruled:
                self.page.append(
                    Rule(
                        self.margin, self.y, self.margin + sum(w for _, w in columns), self.y, 0.3
                    )
                )
        self.y += 6
