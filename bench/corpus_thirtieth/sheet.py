"""A recorder of cairo drawing: text, cells and rules placed on US Letter pages, measured with
cairo's toy font API so wrapping matches the drawn PDF."""

from __future__ import annotations

from functools import cache

import cairocffi as cairo

from bench.corpus_thirtieth.model import Drawing

WIDTH, HEIGHT = 612.0, 792.0


@cache
def _measure() -> cairo.Context:
    # A vector surface measures unhinted advances, as the PDF surface draws them.
    return cairo.Context(cairo.RecordingSurface(cairo.CONTENT_COLOR_ALPHA, None))


def advance(text: str, face: str, size: float, bold: bool = False) -> float:
    ctx = _measure()
    ctx.select_font_face(face, cairo.FONT_SLANT_NORMAL,
                         cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
    ctx.set_font_size(size)
    return float(ctx.text_extents(text)[4])


def wrap(text: str, width: float, face: str, size: float, bold: bool = False) -> list[str]:
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            trial = f"{line} {word}" if line else word
            if line and advance(trial, face, size, bold) > width:
                lines.append(line)
                line = word
            else:
                line = trial
        lines.append(line)
    return lines


class Sheet:
    """A cursor over pages; every call records one operation of the current page."""

    def __init__(self, face: str = "DejaVu Sans", size: float = 9.0, margin: float = 54.0):
        self.drawing = Drawing()
        self.face, self.size, self.margin = face, size, margin
        self.y = margin

    @property
    def ops(self) -> list[tuple[object, ...]]:
        return self.drawing.pages[-1]

    def new_page(self) -> None:
        self.drawing.pages.append([])
        self.y = self.margin

    def room(self, height: float) -> None:
        if self.y + height > HEIGHT - self.margin:
            self.new_page()

    def text(self, x: float, y: float, text: str, size: float | None = None,
             bold: bool = False, face: str | None = None) -> None:
        self.ops.append(("text", x, y, text, face or self.face, size or self.size, bold))

    def rect(self, x: float, y: float, w: float, h: float, shade: float = 1.0,
             line: float = 0.6) -> None:
        self.ops.append(("rect", x, y, w, h, shade, line))

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6) -> None:
        self.ops.append(("line", x1, y1, x2, y2, width))

    def para(self, text: str, x: float | None = None, width: float | None = None,
             size: float | None = None, bold: bool = False, gap: float = 4.0) -> None:
        """Wrapped text from the cursor down, breaking pages between lines."""
        x = self.margin if x is None else x
        width = width or WIDTH - self.margin - x
        size = size or self.size
        for line in wrap(text, width, self.face, size, bold):
            self.room(size * 1.35)
            self.y += size * 1.35
            self.text(x, self.y, line, size, bold)
        self.y += gap

    def row(self, cells: list[str], widths: list[float], x: float | None = None,
            bold: bool = False, shade: float = 1.0, size: float | None = None,
            ruled: bool = True) -> None:
        """One row of cells, each wrapped in its width; the row is as tall as its tallest cell."""
        x = self.margin if x is None else x
        size = size or self.size
        wrapped = [wrap(c, w - 6, self.face, size, bold)
                   for c, w in zip(cells, widths, strict=True)]
        height = max(len(w) for w in wrapped) * size * 1.3 + 5
        self.room(height)
        left = x
        for lines, w in zip(wrapped, widths, strict=True):
            if ruled or shade < 1.0:
                self.rect(left, self.y, w, height, shade, 0.6 if ruled else 0.0)
            for k, line in enumerate(lines):
                self.text(left + 3, self.y + 2 + size * (1.0 + 1.3 * k), line, size, bold)
            left += w
        self.y += height


def render(drawing: Drawing, pdf: str) -> None:
    surface = cairo.PDFSurface(pdf, WIDTH, HEIGHT)
    ctx = cairo.Context(surface)
    for page in drawing.pages:
        for op in page:
            if op[0] == "text":
                _, x, y, text, face, size, bold = op
                ctx.select_font_face(face, cairo.FONT_SLANT_NORMAL,
                                     cairo.FONT_WEIGHT_BOLD if bold else cairo.FONT_WEIGHT_NORMAL)
                ctx.set_font_size(size)
                ctx.set_source_rgb(0, 0, 0)
                ctx.move_to(x, y)
                ctx.show_text(text)
            elif op[0] == "rect":
                _, x, y, w, h, shade, line = op
                if shade < 1.0:
                    ctx.set_source_rgb(shade, shade, shade)
                    ctx.rectangle(x, y, w, h)
                    ctx.fill()
                if line:
                    ctx.set_source_rgb(0, 0, 0)
                    ctx.set_line_width(line)
                    ctx.rectangle(x, y, w, h)
                    ctx.stroke()
            elif op[0] == "line":
                _, x1, y1, x2, y2, width = op
                ctx.set_source_rgb(0, 0, 0)
                ctx.set_line_width(width)
                ctx.move_to(x1, y1)
                ctx.line_to(x2, y2)
                ctx.stroke()
        ctx.show_page()
    surface.finish()
