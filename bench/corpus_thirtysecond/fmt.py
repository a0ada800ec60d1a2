"""How senders print dates and money: each document keeps one habit of each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def _long(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def _abbr(d: dt.date) -> str:
    month = MONTHS[d.month - 1]
    return f"{month if len(month) <= 4 else month[:3] + '.'} {d.day}, {d.year}"


DATES: tuple[Callable[[dt.date], str], ...] = (
    _long,
    lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    lambda d: f"{d.month}/{d.day}/{d.year}",
    lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    _abbr,
    lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
    lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
)


def stamp(d: dt.date) -> str:
    """A receiving stamp's date: DEC 03 2026."""
    return f"{MONTHS[d.month - 1][:3].upper()} {d.day:02d} {d.year}"


def _grouped(cents: int) -> str:
    return f"{cents // 100:,}.{cents % 100:02d}"


MONEY: tuple[Callable[[int], str], ...] = (
    lambda c: f"${_grouped(c)}",
    _grouped,
    lambda c: f"{c // 100}.{c % 100:02d}",
    lambda c: f"USD {_grouped(c)}",
    lambda c: f"$ {_grouped(c)}",
)
