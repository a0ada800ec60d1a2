"""Pages as drawing lists (text, rules, boxes, grey fills) that both producers draw the same way.

Words are wrapped on the base-14 metrics (reportlab's AFM tables); every text is Latin-1 so that
both the WinAnsi (Origami) and the ISO Latin-1 (PostScript::Simple) encodings carry it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = 612.0, 792.0
Op = list[Any]


def width(s: str, font: str, size: float) -> float:
    return float(stringWidth(s, font, size))


def wrap(s: str, font: str, size: float, avail: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in s.split():
        trial = f"{cur} {word}" if cur else word
        if cur and width(trial, font, size) > avail:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


class Doc:
    def __init__(
        self, top: float = 72, bottom: float = 64, left: float = 72, right: float = 72
    ) -> None:
        self.pages: list[list[Op]] = [[]]
        self.top, self.bottom, self.left, self.right = top, bottom, left, right
        self.y = H - top
        self.on_new_page: Callable[[Doc], None] | None = None
        self.footer: Callable[[Doc, int, int], None] | None = None
        self.cur = -1

    @property
    def ops(self) -> list[Op]:
        return self.pages[self.cur]

    # drawing
    def text(self, x: float, y: float, s: str, font: str = "Helvetica", size: float = 10) -> None:
        s.encode("latin-1")
        if s.strip():
            self.ops.append(["t", round(x, 2), round(y, 2), font, size, s])

    def right_text(
        self, xr: float, y: float, s: str, font: str = "Helvetica", size: float = 10
    ) -> None:
        self.text(xr - width(s, font, size), y, s, font, size)

    def center_text(self, y: float, s: str, font: str = "Helvetica", size: float = 10) -> None:
        self.text((W - width(s, font, size)) / 2, y, s, font, size)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.ops.append(["l", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), w])

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5) -> None:
        self.ops.append(["r", round(x, 2), round(y, 2), round(w, 2), round(h, 2), lw])

    def fill(self, x: float, y: float, w: float, h: float, gray: float = 0.9) -> None:
        self.ops.append(["f", round(x, 2), round(y, 2), round(w, 2), round(h, 2), gray])

    # flow
    def new_page(self) -> None:
        self.pages.append([])
        self.y = H - self.top
        if self.on_new_page:
            self.on_new_page(self)

    def need(self, h: float) -> None:
        if self.y - h < self.bottom:
            self.new_page()

    def skip(self, h: float) -> None:
        self.y -= h

    def para(
        self,
        s: str,
        font: str = "Times-Roman",
        size: float = 11,
        x: float | None = None,
        avail: float | None = None,
        leading: float | None = None,
        after: float = 6,
        first: str = "",
    ) -> None:
        """A wrapped paragraph; `first` is a hanging label (a number) set before the first line."""
        x0 = self.left if x is None else x
        w = (W - self.right - x0) if avail is None else avail
        lead = leading or size * 1.3
        for i, ln in enumerate(wrap(s, font, size, w)):
            self.need(lead)
            self.y -= lead
            if i == 0 and first:
                self.text(x0 - width(first + " ", font, size) - 2, self.y, first, font, size)
            self.text(x0, self.y, ln, font, size)
        self.y -= after

    def leader(
        self,
        caption: str,
        value: str,
        x: float | None = None,
        xv: float = 300,
        font: str = "Helvetica",
        size: float = 10,
        vfont: str | None = None,
        lead: float = 15,
    ) -> None:
        """`caption ........ value`: dotted leaders from the caption to the value's column."""
        x0 = self.left if x is None else x
        vf = vfont or font
        lines = wrap(value, vf, size, W - self.right - xv) if value else [""]
        self.need(lead * len(lines))
        self.y -= lead
        self.text(x0, self.y, caption, font, size)
        start = x0 + width(caption, font, size) + 4
        dots = ""
        while start + width(dots + ". ", font, size) < xv - 6:
            dots += ". "
        self.text(start, self.y, dots.rstrip(), font, size)
        for i, ln in enumerate(lines):
            if i:
                self.y -= lead * 0.85
            self.text(xv, self.y, ln, vf, size)

    def table(
        self,
        heads: list[str],
        rows: list[list[str]],
        cols: list[float],
        font: str = "Helvetica",
        size: float = 9,
        rules: bool = True,
        head_font: str = "Helvetica-Bold",
        shade: bool = False,
    ) -> None:
        """A ruled table; `cols` are the left edges of the columns, the last one its right edge."""
        lead = size + 6
        self.need(lead * 2)
        top = self.y
        if shade:
            self.fill(cols[0], self.y - lead, cols[-1] - cols[0], lead, 0.88)
        self.y -= lead
        for i, h in enumerate(heads):
            self.text(cols[i] + 3, self.y + 4, h, head_font, size)
        if rules:
            self.line(cols[0], top, cols[-1], top)
            self.line(cols[0], self.y, cols[-1], self.y)
        for row in rows:
            if self.y - lead < self.bottom:
                self.new_page()
                top = self.y
            self.y -= lead
            for i, cell in enumerate(row):
                assert width(cell, font, size) < cols[i + 1] - cols[i] - 4, cell
                self.text(cols[i] + 3, self.y + 4, cell, font, size)
            if rules:
                self.line(cols[0], self.y, cols[-1], self.y)
        self.y -= 6

    def finish(self) -> list[list[Op]]:
        if self.footer:
            n = len(self.pages)
            for i in range(n):
                self.cur = i
                self.footer(self, i + 1, n)
            self.cur = -1
        return self.pages
