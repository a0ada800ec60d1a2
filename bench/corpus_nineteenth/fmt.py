"""Dates and money in the styles US senders type them; the test reads the same list back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DATE_STYLES = ("long", "us", "day-month", "abbrev", "iso", "dashed", "stamp")
MONEY_STYLES = ("dollar", "plain", "usd", "bare")


def show_date(day: date, style: str) -> str:
    month = MONTHS[day.month - 1]
    short = month[:3] + ("" if month == "May" else ".")
    return {
        "long": f"{month} {day.day}, {day.year}",
        "us": f"{day.month:02d}/{day.day:02d}/{day.year}",
        "day-month": f"{day.day} {month} {day.year}",
        "abbrev": f"{short} {day.day}, {day.year}",
        "iso": day.isoformat(),
        "dashed": f"{day.day:02d}-{month[:3].upper()}-{day.year}",
        "stamp": f"{month[:3].upper()} {day.day:02d} {day.year}",
    }[style]


def all_dates(day: date) -> list[str]:
    return [show_date(day, style) for style in DATE_STYLES]


def show_money(value: Decimal, style: str) -> str:
    grouped = f"{value:,.2f}"
    return {"dollar": f"${grouped}", "plain": grouped, "usd": f"USD {grouped}",
            "bare": f"{value:.2f}"}[style]


def all_money(value: Decimal) -> list[str]:
    return [show_money(value, style) for style in MONEY_STYLES]
