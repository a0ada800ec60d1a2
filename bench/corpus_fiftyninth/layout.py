# ruff: noqa: E501
"""Pages as drawing lists (top-left origin, baselines in points), word wrap on base-14 metrics."""

from __future__ import annotations

from typing import Any

from pdfminer.fontmetrics import FONT_METRICS

Op = list[Any]


def width(text: str, font: str, size: float) -> float:
    """Base-14 width, a space counted at its widest in either producer (racket sets words 3.5 pt apart at least)."""
    widths = FONT_METRICS[font][1]
    space = max(widths[" "] * size / 1000, 0.4 * size, 3.5)
    return (
        sum(widths.get(ch, 556) for ch in text if ch != " ") * size / 1000 + text.count(" ") * space
    )


def wrap(text: str, font: str, size: float, maxw: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and width(trial, font, size) > maxw:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class Doc:
    """A document as pages of drawing operations, with a flowing cursor."""

    def __init__(self, w: float = 612, h: float = 792, top: float = 72, bottom: float = 72) -> None:
        self.pages: list[dict[str, Any]] = []
        self.w, self.h, self.top, self.bottom = w, h, top, bottom
        self.y = top
        self.header: Any = None
        self.new_page()

    def new_page(self, w: float | None = None, h: float | None = None) -> None:
        self.pages.append({"w": w or self.w, "h": h or self.h, "ops": []})
        self.y = self.top
        if self.header:
            self.header(self)

    @property
    def ops(self) -> list[Op]:
        ops: list[Op] = self.pages[-1]["ops"]
        return ops

    def text(self, x: float, y: float, s: str, font: str = "Helvetica", size: float = 10) -> None:
        if s.strip():
            self.ops.append(["t", round(x, 2), round(y, 2), font, size, s])

    def right(self, x: float, y: float, s: str, font: str = "Helvetica", size: float = 10) -> None:
        self.text(x - width(s, font, size), y, s, font, size)

    def centre(self, x: float, y: float, s: str, font: str = "Helvetica", size: float = 10) -> None:
        self.text(x - width(s, font, size) / 2, y, s, font, size)

    def rotated(
        self,
        x: float,
        y: float,
        angle: float,
        s: str,
        font: str = "Helvetica-Bold",
        size: float = 10,
    ) -> None:
        self.ops.append(["r", round(x, 2), round(y, 2), angle, font, size, s])

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.ops.append(["l", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), w])

    def box(
        self, x: float, y: float, w: float, h: float, gray: float = -1, lw: float = 0.6
    ) -> None:
        """A rectangle from its top-left corner; gray in 0..1 fills it, lw 0 draws no border."""
        self.ops.append(["b", round(x, 2), round(y, 2), round(w, 2), round(h, 2), gray, lw])

    def need(self, h: float) -> None:
        if self.y + h > self.pages[-1]["h"] - self.bottom:
            self.new_page()

    def para(
        self,
        x: float,
        maxw: float,
        s: str,
        font: str = "Times-Roman",
        size: float = 11,
        lead: float | None = None,
        after: float = 6,
    ) -> None:
        lead = lead or size * 1.3
        for ln in wrap(s, font, size, maxw):
            self.need(lead)
            self.y += lead
            self.text(x, self.y, ln, font, size)
        self.y += after

    def mixed(
        self,
        x: float,
        maxw: float,
        parts: list[tuple[str, str]],
        size: float = 11,
        lead: float = 17,
        underline: str = "Courier-Bold",
    ) -> None:
        """Flow (text, font) runs as one paragraph; runs in the `underline` font get a rule under them."""
        words: list[tuple[str, str]] = []
        for text, font in parts:
            words += [(w, font) for w in text.split()]
        cx = x
        self.need(lead)
        self.y += lead
        for word, font in words:
            ww = width(word, font, size)
            sp = max(width(" ", font, size), 0.3 * size)
            if cx > x and cx + ww > x + maxw:
                cx = x
                self.need(lead)
                self.y += lead
            self.text(cx, self.y, word, font, size)
            if font == underline:
                self.line(cx - 1, self.y + 2.5, cx + ww + sp, self.y + 2.5, 0.4)
            cx += ww + sp
        self.y += 6


class Sym(str):
    """A Scheme symbol (written bare)."""


def sexpr(value: Any) -> str:
    if isinstance(value, Sym):
        return str(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, bool):
        return "#t" if value else "#f"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:.2f}"
    return "(" + " ".join(sexpr(v) for v in value) + ")"
