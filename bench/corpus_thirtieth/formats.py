"""How senders print dates and money: each document picks its own habit."""

from __future__ import annotations

import datetime as dt
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
         "Dec."]
DATE_STYLES = ("long", "us", "iso", "day-month", "abbrev", "sheet")
MONEY_STYLES = ("dollar", "plain", "usd", "bare", "spaced")


def date_text(day: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "day-month":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbrev":
        return f"{SHORT[day.month - 1]} {day.day}, {day.year}"
    if style == "stamp":
        return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"
    return f"{day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"  # a spreadsheet's dd-Mmm-yyyy


def money_text(cents: int, style: str) -> str:
    dollars, rest = divmod(cents, 100)
    grouped = f"{dollars:,}.{rest:02d}"
    return {"dollar": f"${grouped}", "plain": grouped, "usd": f"USD {grouped}",
            "bare": f"{dollars}.{rest:02d}", "spaced": f"$ {grouped}"}[style]


def pick_date_style(rng: random.Random, allowed: tuple[str, ...] = DATE_STYLES) -> str:
    return rng.choice(allowed)


def pick_money_style(rng: random.Random) -> str:
    return rng.choice(MONEY_STYLES)
