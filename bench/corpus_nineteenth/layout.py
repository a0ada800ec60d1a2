"""Pages as lists of drawing ops (text, line, rect, form field) the Perl and node drawers place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Op = dict[str, Any]
# Average glyph width per point of size, generous so a wrapped line never runs off the page.
WIDTH = {"Courier": 0.6, "LiberationMono": 0.6, "Times-Roman": 0.47, "LiberationSerif": 0.47,
         "DejaVuSerif": 0.58, "DejaVuSans": 0.58}


def text(x: float, y: float, value: str, font: str = "Helvetica", size: float = 10) -> Op:
    return {"t": "text", "x": x, "y": y, "v": value, "f": font, "s": size}


def line(x1: float, y1: float, x2: float, y2: float, width: float = 0.6) -> Op:
    return {"t": "line", "x1": x1, "y1": y1, "x2": x2, "y2": y2, "w": width}


def rect(x: float, y: float, wd: float, h: float) -> Op:
    return {"t": "rect", "x": x, "y": y, "wd": wd, "h": h}


BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold",
        "DejaVuSerif": "DejaVuSerif-Bold", "DejaVuSans": "DejaVuSans-Bold",
        "LiberationSerif": "LiberationSerif-Bold", "LiberationMono": "LiberationMono"}


def bold(font: str) -> str:
    return BOLD.get(font, font)


def wrap(value: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap by an estimated glyph width."""
    per_line = max(10, int(width / (WIDTH.get(font.split("-Bold")[0], 0.52) * size)))
    lines: list[str] = []
    current = ""
    for word in value.split():
        if current and len(current) + 1 + len(word) > per_line:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    if current:
        lines.append(current)
    return lines


@dataclass
class Flow:
    """A letter flowing down the page; a new page repeats the running header the sender chose."""

    font: str
    size: float
    header: Callable[[int], list[Op]] = lambda number: []
    left: float = 72
    right: float = 540
    top: float = 720
    bottom: float = 72
    pages: list[list[Op]] = field(default_factory=list)
    y: float = 0

    def __post_init__(self) -> None:
        self.new_page()

    def new_page(self) -> None:
        self.pages.append(self.header(len(self.pages) + 1))
        self.y = self.top if len(self.pages) == 1 else self.top - 30

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def para(self, value: str, font: str | None = None, size: float | None = None,
             indent: float = 0, after: float = 6, keep: bool = True) -> None:
        """A paragraph; kept on one page unless keep is False (then it may break mid-way)."""
        font, size = font or self.font, size or self.size
        lines = wrap(value, font, size, self.right - self.left - indent)
        lead = size * 1.3
        if keep:
            self.need(lead * len(lines))
        for chunk in lines:
            self.need(lead)
            self.y -= lead
            self.pages[-1].append(text(self.left + indent, self.y, chunk, font, size))
        self.y -= after

    def lines(self, values: list[str], font: str | None = None, size: float | None = None,
              indent: float = 0, after: float = 6) -> None:
        """Lines printed as given (an address block), kept together."""
        font, size = font or self.font, size or self.size
        lead = size * 1.3
        self.need(lead * len(values))
        for value in values:
            self.y -= lead
            self.pages[-1].append(text(self.left + indent, self.y, value, font, size))
        self.y -= after

    def gap(self, height: float) -> None:
        self.y -= height

    def grid(self, head: list[str], rows: list[list[str]], widths: list[float],
             size: float | None = None, repeat_head: bool = True) -> None:
        """A hand-drawn ruled grid; rows may run onto the next page, the header row repeated."""
        size = size or self.size - 1
        height = size * 1.9
        heavy = bold(self.font)

        def row(cells: list[str], font: str) -> None:
            x = self.left
            top = self.y
            page = self.pages[-1]
            for cell, width in zip(cells, widths, strict=True):
                page.append(rect(x, top - height, width, height))
                page.append(text(x + 3, top - height + size * 0.6, cell, font, size))
                x += width
            self.y -= height

        self.need(height * 2)
        row(head, heavy)
        for cells in rows:
            if self.y - height < self.bottom:
                self.new_page()
                if repeat_head:
                    row(head, heavy)
            row(cells, self.font)
        self.y -= 8
