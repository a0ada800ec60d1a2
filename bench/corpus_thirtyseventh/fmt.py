"""How senders print dates, money and entry numbers (the habits this corpus varies)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

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
ABBR = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]

#: date habits: March 7, 2025 | 03/07/2025 | 2025-03-07 | 7 March 2025 | Mar. 7, 2025 |
#: 07-MAR-2025 | 7th March 2025
DATE_STYLES = ("long", "us", "iso", "dmy", "abbr", "ddmon", "ordinal")
MONEY_STYLES = ("dollar", "plain", "usd", "bare", "dollar_space")


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 22nd."""
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def date(day: dt.date, style: str) -> str:
    """One date printed in one habit."""
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    if style == "ddmon":
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3].upper()}-{day.year}"
    if style == "ordinal":
        return f"{ordinal(day.day)} {MONTHS[day.month - 1]} {day.year}"
    raise ValueError(style)


def stamp_date(day: dt.date) -> str:
    """A receipt stamp's date: MAR 07 2025."""
    return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"


def money(value: Decimal, style: str) -> str:
    """One amount printed in one habit."""
    grouped = f"{value:,.2f}"
    if style == "dollar":
        return f"${grouped}"
    if style == "plain":
        return grouped
    if style == "usd":
        return f"USD {grouped}"
    if style == "bare":
        return f"{value:.2f}"
    if style == "dollar_space":
        return f"$ {grouped}"
    raise ValueError(style)


def entry(number: str, compact: bool) -> str:
    """An entry number as printed: hyphenated, or run together as some systems export it."""
    return number.replace("-", "") if compact else number
