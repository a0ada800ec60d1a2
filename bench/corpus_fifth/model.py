"""A generated document: blocks both producers lay out, its truth, the strings it prints."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any


@dataclass(frozen=True)
class Title:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Fields:
    """Label/value pairs: boxes on a form, cells on a worksheet."""

    rows: list[tuple[str, str]]


@dataclass(frozen=True)
class Grid:
    header: list[str]
    rows: list[list[str]]
    ruled: bool = True


@dataclass(frozen=True)
class Break:
    """A page break."""


Block = Title | Para | Fields | Grid | Break


@dataclass
class Doc:
    """One document: where it goes, how it looks, what a careful officer decides from it."""

    kind: str
    case: str
    producer: str
    style: str
    font: str
    blocks: list[Block]
    truth: dict[str, Any]
    printed: list[str] = field(default_factory=list)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBREV = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]
DATE_STYLES = ("us", "us-short", "long", "abbrev", "day-first", "iso")


def fmt_date(day: date, style: str) -> str:
    """A date the way a US sender prints it."""
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us-short":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "abbrev":
        return f"{ABBREV[day.month - 1]} {day.day}, {day.year}"
    if style == "day-first":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


MONEY_STYLES = ("dollar", "plain", "usd", "dollar-nocomma")


def fmt_money(value: Decimal, style: str) -> str:
    """Money with or without $, separators and cents (cents dropped only when zero)."""
    text = f"{value:,.2f}"
    if style == "dollar" and value == value.to_integral_value() and value >= 1000:
        text = f"{value:,.0f}"
    if style == "dollar-nocomma":
        text = text.replace(",", "")
    prefix = {"dollar": "$", "dollar-nocomma": "$", "usd": "USD ", "plain": ""}[style]
    return prefix + text


def pick(rng: random.Random, options: list[str] | tuple[str, ...]) -> str:
    return options[rng.randrange(len(options))]
