"""A document as blocks both producers draw, and the texts every scored value must show."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Any

Block = dict[str, Any]

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
DATE_STYLES = ("long", "slash", "iso", "daymonth", "abbrev", "dashmon", "ordinal")


@dataclasses.dataclass
class Doc:
    """What a producer draws (`blocks`) and the fragments the text layer must carry (`printed`)."""

    font: str
    size: int
    title: str
    author: str
    blocks: list[Block] = dataclasses.field(default_factory=list)
    printed: list[str] = dataclasses.field(default_factory=list)
    stem: str = ""

    def p(self, text: str, **kw: Any) -> None:
        self.blocks.append({"t": "p", "text": text, **kw})

    def h(self, text: str, **kw: Any) -> None:
        self.blocks.append({"t": "h", "text": text, **kw})

    def table(self, rows: list[list[str]], ruled: bool, widths: list[float] | None = None) -> None:
        self.blocks.append(
            {"t": "table", "rows": rows, "ruled": ruled, "header": True, "widths": widths}
        )

    def bullets(self, items: list[str], mark: str = "\u2022") -> None:
        self.blocks.append({"t": "bullets", "items": items, "mark": mark})

    def cols(self, left: list[str], right: list[str]) -> None:
        self.blocks.append({"t": "cols", "left": left, "right": right})

    def rule(self) -> None:
        self.blocks.append({"t": "rule"})

    def gap(self) -> None:
        self.blocks.append({"t": "gap"})

    def page_break(self) -> None:
        self.blocks.append({"t": "break"})

    def show(self, *texts: str | None) -> None:
        """Record printed forms of scored values (checked against the text layer)."""
        self.printed.extend(t for t in texts if t)

    def spec(self) -> dict[str, Any]:
        return {
            "font": self.font,
            "size": self.size,
            "title": self.title,
            "author": self.author,
            "blocks": self.blocks,
        }


def fmt_date(day: dt.date, style: str) -> str:
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "daymonth":
        return f"{day.day} {month} {day.year}"
    if style == "abbrev":
        short = month[:3] + ("" if month == "May" else ".")
        return f"{short} {day.day}, {day.year}"
    if style == "dashmon":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    if style == "ordinal":
        suffix = (
            "th"
            if 11 <= day.day % 100 <= 13
            else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        )
        return f"{month} {day.day}{suffix}, {day.year}"
    raise ValueError(style)


MONEY_STYLES = ("dollar", "usd", "plain", "nocomma", "trailing")


def fmt_money(cents: int, style: str) -> str:
    whole = f"{cents / 100:,.2f}"
    if style == "dollar":
        return f"${whole}"
    if style == "usd":
        return f"USD {whole}"
    if style == "plain":
        return whole
    if style == "nocomma":
        return f"{cents / 100:.2f}"
    if style == "trailing":
        return f"{whole} USD"
    raise ValueError(style)


def dollars(cents: int) -> float:
    return round(cents / 100, 2)


def pick(rng: random.Random, options: tuple[str, ...] | list[str]) -> str:
    return options[rng.randrange(len(options))]
