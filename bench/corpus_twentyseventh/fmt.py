"""US-usual ways to print dates and money, mixed within one document."""

from __future__ import annotations

import datetime as dt
import random
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
DATE_STYLES = ("long", "slash", "abbr", "iso", "slash-short")
MONEY_STYLES = ("dollar", "usd", "plain", "dollar-nocomma")


def date(day: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "slash-short":
        return f"{day.month}/{day.day}/{day.year}"
    return f"{day.month:02d}/{day.day:02d}/{day.year}"


def money(value: Decimal, style: str) -> str:
    text = f"{value:,.2f}"
    if style == "usd":
        return "USD " + text
    if style == "plain":
        return text
    if style == "dollar-nocomma":
        return f"${value:.2f}"
    return "$" + text


def pick_date_style(rng: random.Random) -> str:
    return rng.choice(DATE_STYLES)
