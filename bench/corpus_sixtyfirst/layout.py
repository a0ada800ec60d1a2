"""Page layout shared by the styles: text at points on a Letter page, rules, a flowing cursor with
page breaks, all written as the fixed-column spool both PDF writers read."""

from __future__ import annotations

from collections.abc import Callable

REGULAR, BOLD, SANS, SANS_BOLD = 1, 2, 3, 4


def escape(s: str) -> str:
    assert s.isascii(), s
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def width(s: str, size: int) -> float:
    """A generous width estimate (Courier is 0.6 em; capitals in Times or Helvetica reach 0.72)."""
    return sum(0.72 if c.isupper() or c.isdigit() else 0.56 for c in s) * size


def wrap(s: str, chars: int) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in s.split():
        if cur and len(cur) + 1 + len(word) > chars:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    if cur:
        out.append(cur)
    return out


class Doc:
    def __init__(
        self,
        top: int = 740,
        bottom: int = 64,
        header: Callable[[Doc, int], None] | None = None,
        footer: Callable[[Doc, int], None] | None = None,
    ) -> None:
        self.top, self.bottom = top, bottom
        self.y: float = top
        self.header, self.footer = header, footer
        self.pages: list[list[str]] = []
        self.new_page()

    def new_page(self) -> None:
        if self.pages and self.footer:
            self.footer(self, len(self.pages))
        self.pages.append([])
        self.y = self.top
        if self.header:
            self.header(self, len(self.pages))

    def at(self, s: str, x: float, y: float, font: int = REGULAR, size: int = 10) -> None:
        if s.strip():
            self.pages[-1].append(f"T{font}{size:02d}{round(x):03d}{round(y):03d}{escape(s)}")

    def rule(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.pages[-1].append(f"L{round(x1):03d}{round(y1):03d}{round(x2):03d}{round(y2):03d}")

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def line(
        self, s: str, x: float = 72, font: int = REGULAR, size: int = 10, lead: float = 0
    ) -> None:
        self.need(size + 2)
        self.at(s, x, self.y, font, size)
        self.y -= lead or size + 3

    def cols(
        self, cells: list[tuple[float, str]], font: int = REGULAR, size: int = 9, lead: float = 0
    ) -> None:
        self.need(size + 2)
        for x, s in cells:
            self.at(s, x, self.y, font, size)
        self.y -= lead or size + 3

    def para(
        self, s: str, x: float = 72, chars: int = 88, font: int = REGULAR, size: int = 10
    ) -> None:
        for part in wrap(s, chars):
            self.line(part, x, font, size)

    def skip(self, points: float) -> None:
        self.y -= points

    def hr(self, x1: float = 72, x2: float = 540) -> None:
        self.need(6)
        self.rule(x1, self.y + 4, x2, self.y + 4)
        self.y -= 6

    def finish(self) -> str:
        out: list[str] = []
        for page in self.pages:
            out.append("P")
            out.extend(page)
        return "\n".join(out) + "\n"
