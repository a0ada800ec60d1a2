"""Ways US senders print dates and money; each document picks its own."""

from __future__ import annotations

import random
from decimal import Decimal

from .law import D

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]


def date_style(rng: random.Random) -> str:
    return rng.choice(["long", "slash", "iso", "abbr", "dayfirst", "slash0"])


def fmt_date(day: D, style: str) -> str:
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month}/{day.day}/{day.year}"
    if style == "slash0":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def money_style(rng: random.Random) -> str:
    return rng.choice(["dollar", "usd", "plain"])


def fmt_money(value: Decimal, style: str) -> str:
    text = f"{value:,.2f}"
    return {"dollar": f"${text}", "usd": f"USD {text}", "plain": text}[style]


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
