"""A page model both producers draw: text items, rules and boxes in centimetres from the top
left."""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

Item = tuple[str, float, float, str, str, float, bool]  # kind, x, y, text/x1, font, size, bold

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def fmt_date(day: dt.date, habit: int) -> str:
    """Seven date habits of the senders."""
    m = MONTHS[day.month - 1]
    suffix = "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    return [
        f"{m} {day.day}, {day.year}",
        f"{day.month}/{day.day}/{day.year}",
        day.isoformat(),
        f"{day.day} {m} {day.year}",
        f"{m[:3]}. {day.day}, {day.year}" if m != "May" else f"May {day.day}, {day.year}",
        f"{day.day:02d}-{m[:3].upper()}-{day.year}",
        f"{m} {day.day}{suffix}, {day.year}",
    ][habit % 7]


def fmt_money(value: Decimal, habit: int) -> str:
    """Five money habits."""
    plain = f"{value:,.2f}"
    return [f"${plain}", plain, f"USD {plain}", f"{value:.2f}", f"${plain} USD"][habit % 5]


@dataclass
class Doc:
    """Pages of items; `printed` holds the strings the text layer must show."""

    font: str = "serif"
    size: float = 10.0
    pages: list[list[tuple[Any, ...]]] = field(default_factory=lambda: [[]])
    y: float = 2.0
    printed: list[str] = field(default_factory=list)

    def newpage(self) -> None:
        self.pages.append([])
        self.y = 2.0

    def _room(self, need: float) -> None:
        if self.y + need > 26.0:
            self.newpage()

    def line(
        self,
        text: str,
        x: float = 2.0,
        *,
        font: str | None = None,
        size: float | None = None,
        bold: bool = False,
        keep: bool = False,
    ) -> None:
        size = size or self.size
        self._room(size * 0.05)
        if text:
            self.pages[-1].append(("t", x, self.y, text, font or self.font, size, bold))
        if keep and text:
            self.printed.append(text)
        self.y += size * 0.05

    def at(
        self,
        x: float,
        y: float,
        text: str,
        *,
        font: str | None = None,
        size: float | None = None,
        bold: bool = False,
    ) -> None:
        self.pages[-1].append(("t", x, y, text, font or self.font, size or self.size, bold))

    def row(
        self, cells: list[tuple[float, str]], *, bold: bool = False, font: str | None = None
    ) -> None:
        self._room(self.size * 0.05)
        for x, text in cells:
            if text:
                self.pages[-1].append(("t", x, self.y, text, font or self.font, self.size, bold))
        self.y += self.size * 0.05

    def para(self, text: str, x: float = 2.0, width: int = 88, **kw: Any) -> None:
        for part in textwrap.wrap(text, width):
            self.line(part, x, **kw)

    def gap(self, cm: float = 0.3) -> None:
        self.y += cm

    def rule(self, x0: float = 2.0, x1: float = 19.0, dy: float = -0.06) -> None:
        self.pages[-1].append(("l", x0, self.y + dy, x1, self.y + dy))

    def box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(("b", x0, y0, x1, y1))

    def expect(self, *texts: str) -> None:
        self.printed.extend(t for t in texts if t)
