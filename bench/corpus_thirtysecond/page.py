"""A drawn document: pages of text runs and lines in points, and a cursor that wraps text."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfmetrics import stringWidth

WIDTH, HEIGHT = 612.0, 792.0


@dataclass(frozen=True)
class Text:
    x: float
    y: float
    font: str
    size: float
    text: str


@dataclass(frozen=True)
class Line:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.6


Op = Text | Line


@dataclass
class Doc:
    """What a sender printed: pages of drawing operations, and the scored texts that must show."""

    pages: list[list[Op]] = field(default_factory=lambda: [[]])
    printed: list[str] = field(default_factory=list)


def width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


@dataclass
class Pen:
    """Writes down a page from the top, breaking lines at spaces and pages at the bottom margin."""

    doc: Doc
    left: float = 72.0
    right: float = 540.0
    top: float = 720.0
    bottom: float = 72.0
    font: str = "Times-Roman"
    size: float = 11.0
    y: float = 720.0
    header: tuple[str, ...] = ()

    def page(self) -> None:
        self.doc.pages.append([])
        self.y = self.top
        for line in self.header:
            self.put(self.left, self.y, line.format(page=len(self.doc.pages)), "Courier", 8)
            self.y -= 10
        if self.header:
            self.y -= 8

    def put(self, x: float, y: float, text: str, font: str | None = None,
            size: float | None = None) -> None:
        self.doc.pages[-1].append(Text(x, y, font or self.font, size or self.size, text))

    def rule(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.doc.pages[-1].append(Line(x0, y0, x1, y1, w))

    def box(self, x: float, y: float, w: float, h: float, lw: float = 0.6) -> None:
        """A rectangle with (x, y) its lower left corner."""
        for seg in ((x, y, x + w, y), (x + w, y, x + w, y + h), (x + w, y + h, x, y + h),
                    (x, y + h, x, y)):
            self.rule(*seg, w=lw)

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.page()

    def line(self, text: str = "", font: str | None = None, size: float | None = None,
             x: float | None = None, lead: float | None = None) -> None:
        size = size or self.size
        self.need(size)
        if text:
            self.put(self.left if x is None else x, self.y, text, font, size)
        self.y -= lead or size * 1.3

    def para(self, text: str, font: str | None = None, size: float | None = None,
             indent: float = 0.0, first: str = "", after: float = 0.5) -> None:
        """Wraps text at spaces within the margins; `first` is a hanging label on the first line."""
        font, size = font or self.font, size or self.size
        x = self.left + indent
        room = self.right - x
        words, current = text.split(" "), ""
        lines: list[str] = []
        for word in words:
            trial = f"{current} {word}".strip()
            if current and width(trial, font, size) > room:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
        for n, text_line in enumerate(lines):
            self.need(size)
            if n == 0 and first:
                self.put(self.left, self.y, first, font, size)
            self.line(text_line, font, size, x=x)
        self.y -= size * after

    def gap(self, points: float = 8.0) -> None:
        self.y -= points
