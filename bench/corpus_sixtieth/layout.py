"""A page as a list of drawing records, and a flowing cursor to fill it; producers print them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Op = tuple[Any, ...]
FONTS = ("sans", "sans-b", "sans-i", "serif", "serif-b", "serif-i", "mono", "mono-b")

# approximate advance widths (per 1 pt of size) of the base-14 faces, enough to lay lines out
_WIDE = set("MWmw@%")
_NARROW = set("iljtfI.,;:'!|()[] ")


def width(text: str, font: str, size: float) -> float:
    if font.startswith("mono"):
        return 0.6 * size * len(text)
    total = 0.0
    serif = font.startswith("serif")
    for ch in text:
        if ch in _WIDE:
            total += 0.85
        elif ch in _NARROW:
            total += 0.3
        elif ch.isupper():
            total += 0.68 if not serif else 0.66
        elif ch.isdigit():
            total += 0.556 if not serif else 0.5
        else:
            total += 0.53 if not serif else 0.46
    if font.endswith("-b"):
        total *= 1.06
    return total * size


def wrap(text: str, font: str, size: float, room: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and width(trial, font, size) > room:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class Doc:
    """Pages of records; y runs from the top margin down (PDF coordinates, origin bottom left)."""

    def __init__(
        self, title: str, top: float = 740, bottom: float = 64, left: float = 72, right: float = 540
    ):
        self.title = title
        self.pages: list[list[Op]] = []
        self.top, self.bottom, self.left, self.right = top, bottom, left, right
        self.y = top
        self.on_new_page: Callable[[Doc], None] | None = None
        self.new_page()

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top
        if self.on_new_page is not None and len(self.pages) > 1:
            self.on_new_page(self)

    def need(self, height: float) -> None:
        if self.y - height < self.bottom:
            self.new_page()

    def text(self, x: float, y: float, s: str, font: str = "serif", size: float = 10) -> None:
        assert font in FONTS and "|" not in s and "\t" not in s, (font, s)
        if s:
            self.ops.append(("text", font, size, round(x, 2), round(y, 2), s))

    def rtext(self, x: float, y: float, s: str, font: str = "serif", size: float = 10) -> None:
        self.text(x - width(s, font, size), y, s, font, size)

    def rule(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.ops.append(("rule", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), w))

    def box(self, x: float, y: float, w: float, h: float, lw: float = 0.6) -> None:
        self.ops.append(("box", round(x, 2), round(y, 2), round(w, 2), round(h, 2), lw))

    def shade(self, x: float, y: float, w: float, h: float, gray: float = 0.9) -> None:
        self.ops.append(("shade", round(x, 2), round(y, 2), round(w, 2), round(h, 2), gray))

    # flowing text
    def line(
        self,
        s: str,
        font: str = "serif",
        size: float = 10,
        x: float | None = None,
        lead: float | None = None,
    ) -> None:
        lead = lead or size * 1.35
        self.need(lead)
        self.y -= lead
        self.text(self.left if x is None else x, self.y, s, font, size)

    def para(
        self,
        s: str,
        font: str = "serif",
        size: float = 10,
        x: float | None = None,
        right: float | None = None,
        lead: float | None = None,
        after: float = 4,
        first: str = "",
    ) -> None:
        x0 = self.left if x is None else x
        room = (right or self.right) - x0
        lines = wrap(s, font, size, room - width(first, font, size))
        for i, ln in enumerate(lines):
            if i == 0 and first:
                self.line(first + ln, font, size, x0, lead)
            else:
                self.line(ln, font, size, x0 + (width(first, font, size) if first else 0), lead)
        self.y -= after

    def gap(self, h: float) -> None:
        self.y -= h
