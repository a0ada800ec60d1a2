"""A document drawn once as blocks (paragraphs, tables, boxes) that both producers set."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

Block = dict[str, Any]


@dataclass
class Doc:
    """The blocks of one document and every scored text as it is printed."""

    blocks: list[Block] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)

    def para(
        self,
        text: str,
        font: str = "r",
        size: float = 10,
        align: str = "l",
        indent: float = 0,
        after: float = 6,
    ) -> None:
        self.blocks.append(
            {
                "k": "p",
                "text": text,
                "font": font,
                "size": size,
                "align": align,
                "indent": indent,
                "after": after,
            }
        )

    def lines(self, lines: list[str], font: str = "r", size: float = 10, after: float = 6) -> None:
        for n, line in enumerate(lines):
            self.para(line, font, size, after=after if n == len(lines) - 1 else 0)

    def table(
        self,
        widths: list[float],
        rows: list[list[str]],
        ruled: str = "head",
        font: str = "r",
        size: float = 9,
    ) -> None:
        """ruled: all (a rule under every row), head (under the header only) or none."""
        self.blocks.append(
            {
                "k": "table",
                "widths": widths,
                "rows": rows,
                "ruled": ruled,
                "font": font,
                "size": size,
            }
        )

    def margin(self, label: str, text: str, size: float = 10) -> None:
        self.blocks.append({"k": "margin", "label": label, "text": text, "size": size})

    def box(self, lines: list[str], font: str = "r", size: float = 10) -> None:
        self.blocks.append({"k": "box", "lines": lines, "font": font, "size": size})

    def rule(self) -> None:
        self.blocks.append({"k": "rule"})

    def gap(self, height: float) -> None:
        self.blocks.append({"k": "gap", "h": height})

    def page(self) -> None:
        self.blocks.append({"k": "page"})

    def show(self, *texts: str | None) -> None:
        """Record scored texts that must appear in the text layer."""
        self.printed.extend(t for t in texts if t)


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
DATE_HABITS = ("long", "us", "iso", "dmy", "abbr", "mil")


def fmt_date(day: dt.date, habit: str) -> str:
    month = MONTHS[day.month - 1]
    if habit == "long":
        return f"{month} {day.day}, {day.year}"
    if habit == "us":
        return day.strftime("%m/%d/%Y")
    if habit == "iso":
        return day.isoformat()
    if habit == "dmy":
        return f"{day.day} {month} {day.year}"
    if habit == "abbr":
        short = month if len(month) <= 4 else month[:3] + "."
        return f"{short} {day.day}, {day.year}"
    return f"{day.day:02d}-{month[:3].upper()}-{day.year}"


def fmt_money(cents: int, habit: str) -> str:
    whole = f"{cents // 100:,}.{cents % 100:02d}"
    if habit == "dollar":
        return f"${whole}"
    if habit == "usd":
        return f"USD {whole}"
    if habit == "plain":
        return f"{cents // 100}.{cents % 100:02d}"
    return whole


def dollars(cents: int) -> float:
    return round(cents / 100, 2)
