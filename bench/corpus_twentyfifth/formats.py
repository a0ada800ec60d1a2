"""Date and money printing in the styles US senders use (never day-first numerals)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

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


def day_text(day: date, style: int) -> str:
    """One of six US date styles; style numbers wrap around."""
    style %= 6
    if style == 0:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == 1:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == 2:
        return f"{day.year}.{day.month:02d}.{day.day:02d}"
    if style == 3:
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3].upper()}-{day.year}"
    if style == 4:
        month = MONTHS[day.month - 1]
        short = month if len(month) <= 4 else month[:3] + "."
        return f"{short} {day.day}, {day.year}"
    return day.isoformat()


def money_text(value: Decimal, style: int, negative: bool = False) -> str:
    """Dollars as $1,234.56, USD 1,234.56, 1234.56, 1,234.56 USD; losses may show as (x) or x-."""
    style %= 4
    plain = f"{value:,.2f}"
    text = (f"${plain}", f"USD {plain}", f"{value:.2f}", f"{plain} USD")[style]
    if negative:
        return f"({text})" if style % 2 == 0 else f"{text}-"
    return text
