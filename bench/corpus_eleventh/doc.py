"""A producer-neutral page description the styles write and the two renderers print."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Lines:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    ruled: bool = True


@dataclass(frozen=True)
class Boxes:
    """A row of captioned boxes, as on a printed form."""

    cells: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Checks:
    label: str
    options: tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Title | Para | Lines | Table | Boxes | Checks | PageBreak


@dataclass
class Document:
    font: str = "serif"  # serif | sans | mono
    landscape: bool = False
    drawn: bool = False  # a form Qt draws with QPainter rather than lays out as rich text
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self


DATE_STYLES = ("us", "long", "abbr", "day-first", "iso", "short")
MONTHS = (
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
)


def show_date(day: date, style: str) -> str:
    """A date the way a US sender prints it."""
    month = MONTHS[day.month - 1]
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "short":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "abbr":
        short = month if len(month) <= 4 else month[:3] + "."
        return f"{short} {day.day}, {day.year}"
    if style == "day-first":
        return f"{day.day} {month} {day.year}"
    return day.isoformat()


def show_money(value: Decimal, style: str) -> str:
    """Money as $1,234.56, 1,234.56, USD 1,234.56 or 1234.56."""
    grouped = f"{value:,.2f}"
    if style == "dollar":
        return "$" + grouped
    if style == "usd":
        return "USD " + grouped
    if style == "plain":
        return f"{value:.2f}"
    return grouped
