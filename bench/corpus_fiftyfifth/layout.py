"""A small page model: text runs, rules, boxes and filled bars at absolute positions (points,
origin top left, US letter), laid out here with the base-14 metrics and drawn by a producer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

W, H = 612.0, 792.0
FONTS = {
    "H": "Helvetica",
    "HB": "Helvetica-Bold",
    "T": "Times-Roman",
    "TB": "Times-Bold",
    "C": "Courier",
    "CB": "Courier-Bold",
}

Op = tuple[Any, ...]


def width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, FONTS[font], size))


def wrap(text: str, font: str, size: float, limit: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and width(trial, font, size) > limit:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


@dataclass
class Doc:
    left: float = 72.0
    right: float = 540.0
    top: float = 72.0
    bottom: float = 720.0
    font: str = "H"
    size: float = 10.0
    lead: float = 1.3
    pages: list[list[Op]] = field(default_factory=list)
    y: float = 0.0
    header: list[Op] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.new_page()

    # -- pages -------------------------------------------------------------------------
    def new_page(self) -> None:
        self.pages.append(list(self.header))
        self.y = self.top

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom:
            self.new_page()

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    # -- primitives ----------------------------------------------------------------------
    def put(
        self, x: float, y: float, text: str, font: str | None = None, size: float | None = None
    ) -> None:
        assert text.isascii(), text
        self.ops.append(("T", font or self.font, size or self.size, round(x, 2), round(y, 2), text))

    def rule(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.6) -> None:
        self.ops.append(("L", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), w))

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.7) -> None:
        self.ops.append(("R", round(x, 2), round(y, 2), round(w, 2), round(h, 2), lw))

    def fill(self, x: float, y: float, w: float, h: float, gray: float = 0.85) -> None:
        self.ops.append(("F", round(x, 2), round(y, 2), round(w, 2), round(h, 2), gray))

    # -- flow ------------------------------------------------------------------------------
    def step(self, size: float | None = None) -> float:
        return (size or self.size) * self.lead

    def gap(self, h: float = 6.0) -> None:
        self.y += h

    def line(
        self,
        text: str,
        font: str | None = None,
        size: float | None = None,
        x: float | None = None,
        align: str = "left",
    ) -> None:
        f, s = font or self.font, size or self.size
        self.ensure(self.step(s))
        self.y += s
        if align == "right":
            px = self.right - width(text, f, s)
        elif align == "center":
            px = (self.left + self.right - width(text, f, s)) / 2
        else:
            px = self.left if x is None else x
        self.put(px, self.y, text, f, s)
        self.y += self.step(s) - s

    def lines(self, texts: list[str], **kw: Any) -> None:
        for t in texts:
            self.line(t, **kw)

    def para(
        self,
        text: str,
        font: str | None = None,
        size: float | None = None,
        indent: float = 0.0,
        first: float = 0.0,
        right: float | None = None,
    ) -> None:
        f, s = font or self.font, size or self.size
        limit = (right or self.right) - self.left - indent
        out = wrap(text, f, s, limit - first)
        if len(out) > 1:
            head = out[0]
            rest = wrap(" ".join(out[1:]), f, s, limit)
            out = [head, *rest]
        for i, ln in enumerate(out):
            self.line(ln, f, s, x=self.left + indent + (first if i == 0 else 0))
        self.y += s * 0.35

    def labelled(
        self,
        label: str,
        value: str,
        lw: float = 130.0,
        font: str | None = None,
        lfont: str | None = None,
        size: float | None = None,
    ) -> None:
        """A label and its value on one line (the value wraps under itself)."""
        f, s = font or self.font, size or self.size
        lf = lfont or f
        parts = wrap(value, f, s, self.right - self.left - lw) or [""]
        self.ensure(self.step(s) * len(parts))
        self.y += s
        self.put(self.left, self.y, label, lf, s)
        for i, part in enumerate(parts):
            if i:
                self.y += self.step(s)
            self.put(self.left + lw, self.y, part, f, s)
        self.y += self.step(s) - s

    def table(
        self,
        cols: list[tuple[str, float]],
        rows: list[list[str]],
        font: str | None = None,
        size: float | None = None,
        hfont: str | None = None,
        grid: str = "full",
        x0: float | None = None,
    ) -> None:
        """A table whose cells never wrap (the generator asserts each fits).

        grid: full, rows or none."""
        f, s = font or self.font, size or self.size
        hf = hfont or ("HB" if f.startswith("H") else f[0] + "B")
        x = self.left if x0 is None else x0
        total = sum(w for _, w in cols)
        rh = s * 1.7
        for r in [[h for h, _ in cols], *rows]:
            for (_, w), cell in zip(cols, r, strict=True):
                assert width(cell, hf, s) <= w - 6, (cell, w)
        self.ensure(rh * (len(rows) + 1) + 4)

        def draw_row(cells: list[str], fnt: str, top: float) -> None:
            cx = x
            for (_, w), cell in zip(cols, cells, strict=True):
                self.put(cx + 3, top + s * 1.2, cell, fnt, s)
                cx += w

        top = self.y
        if grid == "full":
            self.fill(x, top, total, rh, 0.88)
        draw_row([h for h, _ in cols], hf, top)
        if grid != "none":
            self.rule(x, top, x + total, top)
            self.rule(x, top + rh, x + total, top + rh)
        else:
            self.rule(x, top + rh, x + total, top + rh, 0.4)
        cur = top + rh
        for r in rows:
            if cur + rh > self.bottom:
                if grid == "full":
                    self._verticals(cols, x, top, cur)
                self.new_page()
                top = cur = self.y
                draw_row([h for h, _ in cols], hf, cur)
                self.rule(x, cur + rh, x + total, cur + rh)
                cur += rh
            draw_row(r, f, cur)
            cur += rh
            if grid in ("full", "rows"):
                self.rule(x, cur, x + total, cur, 0.4)
        if grid == "full":
            self._verticals(cols, x, top, cur)
        self.y = cur + 4

    def _verticals(
        self, cols: list[tuple[str, float]], x: float, top: float, bottom: float
    ) -> None:
        cx = x
        self.rule(cx, top, cx, bottom, 0.4)
        for _, w in cols:
            cx += w
            self.rule(cx, top, cx, bottom, 0.4)

    def check(self, label: str, on: bool, x: float | None = None, font: str | None = None) -> None:
        """A tick box drawn as a square with an X typed in it, then its label."""
        f = font or self.font
        s = self.size
        self.ensure(self.step())
        px = self.left if x is None else x
        self.y += s
        self.rect(px, self.y - s + 1, s, s, 0.6)
        if on:
            self.put(px + s * 0.2, self.y - 0.5, "X", "HB", s * 0.9)
        self.put(px + s + 5, self.y, label, f, s)
        self.y += self.step() - s

    def boxed(self, start: float, pad: float = 4.0) -> None:
        """Draws a frame from `start` to the cursor on the current page."""
        self.rect(
            self.left - pad, start - pad, self.right - self.left + 2 * pad, self.y - start + 2 * pad
        )
        self.y += pad + 2

    def footer(self, fmt: str, font: str = "H", size: float = 8.0, align: str = "center") -> None:
        n = len(self.pages)
        for i, page in enumerate(self.pages, start=1):
            text = fmt.format(page=i, pages=n)
            w = width(text, font, size)
            x = (W - w) / 2 if align == "center" else self.right - w
            page.append(("T", font, size, round(x, 2), H - 36, text))
