"""Formats (dates, money) and a small page-layout helper that records what it prints."""

from __future__ import annotations

import datetime as dt
import random
import textwrap
from decimal import Decimal

from bench.corpus_fortyfifth.render import Op, Page

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
DATE_STYLES = ("long", "us", "iso", "dmy", "abbr", "dmon")


def fdate(day: dt.date, style: str) -> str:
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day} {month} {day.year}"
    if style == "abbr":
        short = month[:3] + ("." if len(month) > 3 else "") if month != "September" else "Sept."
        return f"{short} {day.day}, {day.year}"
    return f"{day.day:02d}-{month[:3]}-{day.year}"


def stamp_date(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"


MONEY_STYLES = ("dollar", "plain", "usd", "bare")


def money(value: Decimal, style: str) -> str:
    grouped = f"{value:,.2f}"
    if style == "dollar":
        return "$" + grouped
    if style == "plain":
        return grouped
    if style == "usd":
        return "USD " + grouped
    return f"{value:.2f}"


class Sheet:
    """Lines placed top-down on US-letter pages; `printed` keeps every string drawn."""

    def __init__(
        self, font: str = "serif", size: float = 10.5, left: float = 72, top: float = 72
    ) -> None:
        self.pages: list[Page] = [[]]
        self.font, self.size, self.left, self.top = font, size, left, top
        self.y = top
        self.printed: list[str] = []

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def put(
        self, x: float, y: float, text: str, font: str | None = None, size: float | None = None
    ) -> None:
        op: Op = ("t", round(x, 1), round(y, 1), text, font or self.font, size or self.size)
        self.page.append(op)
        self.printed.append(text)

    def line(
        self,
        text: str = "",
        x: float | None = None,
        font: str | None = None,
        size: float | None = None,
        gap: float = 1.45,
    ) -> None:
        height = (size or self.size) * gap
        if self.y + height > 740:
            self.new_page()
        if text:
            self.put(self.left if x is None else x, self.y, text, font, size)
        self.y += height

    def para(
        self,
        text: str,
        width: int = 88,
        x: float | None = None,
        font: str | None = None,
        size: float | None = None,
    ) -> None:
        for piece in textwrap.wrap(text, width):
            self.line(piece, x, font, size)
        self.y += (size or self.size) * 0.5

    def row(
        self,
        cells: list[tuple[float, str]],
        font: str | None = None,
        size: float | None = None,
        gap: float = 1.5,
    ) -> None:
        height = (size or self.size) * gap
        if self.y + height > 740:
            self.new_page()
        for x, text in cells:
            if text:
                self.put(x, self.y, text, font, size)
        self.y += height

    def rule(self, x0: float = 72, x1: float = 540, width: float = 0.6, dy: float = 0.0) -> None:
        y = self.y + dy
        self.page.append(("l", x0, round(y, 1), x1, round(y, 1), width))

    def box(self, x: float, y: float, w: float, h: float, width: float = 0.8) -> None:
        self.page.append(("r", x, round(y, 1), w, round(h, 1), width))

    def vline(self, x: float, y0: float, y1: float, width: float = 0.5) -> None:
        self.page.append(("l", x, round(y0, 1), x, round(y1, 1), width))


def pick(rng: random.Random, *options: str) -> str:
    return rng.choice(list(options))
