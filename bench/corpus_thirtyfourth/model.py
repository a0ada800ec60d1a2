"""A document as both producers print it: pages of lines of cells at character columns."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field

WIDTH = 86  # columns on a Letter page at 10 pt


@dataclass
class Cell:
    """Text starting at a character column; bold and size are hints the XPS printer honours."""

    col: int
    text: str
    bold: bool = False
    size: float = 10.0


@dataclass
class Doc:
    """Pages of lines (a line is a list of cells; an empty list is a blank line; None is a rule)."""

    stem: str
    producer: str
    mono: bool = False  # a screen print: the XPS printer sets it in a fixed-pitch font
    pages: list[list[list[Cell] | None]] = field(default_factory=lambda: [[]])
    printed: list[str] = field(default_factory=list)

    def line(self, *cells: Cell) -> None:
        """Add one line of cells to the current page."""
        self.pages[-1].append(list(cells))

    def text(self, text: str = "", col: int = 0, bold: bool = False, size: float = 10.0) -> None:
        """Add one line holding one cell, wrapped at spaces when it runs past the right margin."""
        if not text:
            self.line()
            return
        rows = (
            [text]
            if len(text) + col <= WIDTH
            else textwrap.wrap(text, WIDTH - col, break_long_words=False, break_on_hyphens=False)
        )
        for row in rows:
            self.line(Cell(col, row, bold, size))

    def para(self, text: str, col: int = 0, width: int = WIDTH) -> None:
        """Add a paragraph wrapped at WIDTH columns, then a blank line."""
        for row in textwrap.wrap(text, width - col, break_long_words=False, break_on_hyphens=False):
            self.text(row, col)
        self.line()

    def head(self, *cells: tuple[int, str]) -> None:
        """Add a table's column headings in bold, ruled underneath."""
        self.line(*(Cell(col, text, True) for col, text in cells))
        self.rule()

    def rule(self) -> None:
        """Add a horizontal rule (a drawn line in XPS, dashes in gslp)."""
        self.pages[-1].append(None)

    def page(self) -> None:
        """Start a new page."""
        self.pages.append([])

    def mark(self, *texts: str) -> str:
        """Record scored values printed on the page (the check finds each in the text layer)."""
        self.printed.extend(t for t in texts if t)
        return texts[0] if texts else ""
