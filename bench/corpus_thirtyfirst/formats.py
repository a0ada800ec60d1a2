"""How senders print dates and money; each style picks its own habits."""

from __future__ import annotations

import calendar
import datetime as dt

ORDINAL = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def date(day: dt.date, habit: str) -> str:
    """Print a date in one habit: us-long, us-slash, iso, eu-dot, eu-ordinal, eu-long, mon-abbr."""
    month = calendar.month_name[day.month]  # English under the default C locale
    if habit == "us-long":
        return f"{month} {day.day}, {day.year}"
    if habit == "us-slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if habit == "iso":
        return day.isoformat()
    if habit == "eu-dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if habit == "eu-ordinal":
        return f"{day.day}{ORDINAL.get(day.day, 'th')} {month} {day.year}"
    if habit == "eu-long":
        return f"{day.day} {month} {day.year}"
    if habit == "mon-abbr":
        return f"{day.day:02d}-{month[:3].upper()}-{day.year}"
    raise ValueError(habit)


def money(cents: int, habit: str) -> str:
    """Print dollars: dollar ($1,234.56), plain (1,234.56), bare (1234.56), usd, usd-suffix."""
    whole, part = divmod(cents, 100)
    grouped = f"{whole:,}.{part:02d}"
    if habit == "dollar":
        return f"${grouped}"
    if habit == "plain":
        return grouped
    if habit == "bare":
        return f"{whole}.{part:02d}"
    if habit == "usd":
        return f"USD {grouped}"
    if habit == "usd-suffix":
        return f"{grouped} USD"
    raise ValueError(habit)


def dollars(cents: int) -> float:
    """Cents as the truth's number in dollars."""
    return round(cents / 100, 2)
