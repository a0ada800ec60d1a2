"""Dates and money the way US senders print them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day(d: date, style: str) -> str:
    """One of: long, legal, dash, mil, slash, intl, iso."""
    forms = {
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "legal": f"the {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}",
        "dash": f"{d.month}-{d.day}-{d.year % 100:02d}",
        "mil": f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year % 100:02d}",
        "slash": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "intl": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "iso": d.isoformat(),
    }
    return forms[style]


def all_days(d: date) -> list[str]:
    """Every printed form of D (tests look for one of them in the text layer)."""
    return [day(d, s) for s in ("long", "legal", "dash", "mil", "slash", "intl", "iso")]


def money(value: Decimal, style: str) -> str:
    """One of: usd_suffix ($1,234.50 USD), bare (1234.5), dollar ($1,234.50), usd (USD 1,234.50)."""
    if style == "bare":
        text = f"{value:.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:.0f}"
        return text if "." not in text or len(text.split(".")[1]) else text + "0"
    grouped = f"{value:,.2f}"
    return {"usd_suffix": f"${grouped} USD", "dollar": f"${grouped}",
            "usd": f"USD {grouped}"}[style]


def all_money(value: Decimal) -> list[str]:
    return [money(value, s) for s in ("usd_suffix", "bare", "dollar", "usd")]
