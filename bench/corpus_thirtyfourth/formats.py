"""How senders print dates and money: each document picks one habit of each."""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Callable

DateStyle = Callable[[dt.date], str]
DAYS = dt.timedelta(days=1)

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


def ordinal(day: int) -> str:
    """1st, 2nd, 3rd, 4th ... 21st."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


DATE_STYLES: dict[str, DateStyle] = {
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "us": lambda d: f"{d.month}/{d.day}/{d.year}",
    "iso": lambda d: d.isoformat(),
    "short": lambda d: f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}",
    "euro": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "ordinal": lambda d: f"{MONTHS[d.month - 1]} {ordinal(d.day)}, {d.year}",
}


def date(day: dt.date, style: str) -> str:
    """DAY printed in STYLE (a key of DATE_STYLES)."""
    return DATE_STYLES[style](day)


def date_style(style: str) -> DateStyle:
    """The printer of dates in STYLE."""
    return DATE_STYLES[style]


def stamp(day: dt.date) -> str:
    """A receipt stamp's date: DEC 03 2026."""
    return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"


MONEY_STYLES = ["dollar", "plain", "usd", "bare"]


def money(cents: int, style: str) -> str:
    """CENTS printed in STYLE: $1,234.56, 1,234.56, USD 1,234.56 or 1234.56."""
    whole = f"{cents // 100:,}.{cents % 100:02d}"
    return {
        "dollar": f"${whole}",
        "plain": whole,
        "usd": f"USD {whole}",
        "bare": whole.replace(",", ""),
    }[style]


def wrap(text: str, width: int) -> list[str]:
    """TEXT broken into lines of at most WIDTH characters, at spaces only."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)
