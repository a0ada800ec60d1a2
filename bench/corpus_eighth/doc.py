"""A document as blocks that both producers draw, and the case it was built to show."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Block:
    """One piece of a page: heading, paragraph, labelled boxes, table, signature or page break."""

    kind: str  # "head" | "para" | "boxes" | "table" | "lines" | "break" | "columns"
    text: str = ""
    pairs: tuple[tuple[str, str], ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Case:
    """One document: what is printed, and what a careful officer decides from it."""

    kind: str
    case: str
    style: str
    args: list[str]
    values: dict[str, Any]
    decision: dict[str, Any]
    not_scored: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)
    header: str = ""
    footer: str = ""

    def truth(self) -> dict[str, Any]:
        """The truth file's content in corpus-b's layout."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "case": self.case,
            "args": self.args,
            "values": self.values,
            "decision": self.decision,
        }
        if self.not_scored:
            out["not_scored"] = self.not_scored
        return out


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


def fmt_date(day: dt.date, style: str) -> str:
    """A date the way one sender prints it."""
    if style == "dots":
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == "oracle":
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3].upper()}-{day.year}"
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "euro":
        return f"{day.day} {MONTHS[day.month - 1][:3]} {day.year}"
    return day.isoformat()


def fmt_money(value: Decimal, style: str) -> str:
    """Money the way one sender prints it."""
    text = f"{value:,.2f}"
    if style == "usd":
        return f"USD {text}"
    if style == "plain":
        return f"{value:.2f}"
    return f"${text}"
