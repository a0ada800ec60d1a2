"""How US senders print dates, money and entry numbers: several styles each, chosen per document."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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
SHORT = [
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


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


DATE_STYLES: dict[str, Callable[[date], str]] = {
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "abbrev": lambda d: f"{SHORT[d.month - 1]} {d.day}, {d.year}",
    "slash": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "slash-short": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "dmy-dash": lambda d: f"{d.day}-{MONTHS[d.month - 1][:3]}-{d.year}",
    "iso": lambda d: d.isoformat(),
    "ordinal": lambda d: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    "military": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "caps-abbrev": lambda d: f"{MONTHS[d.month - 1][:3].upper()} {d.day:02d} {d.year}",
}


def show_date(day: date, style: str) -> str:
    return DATE_STYLES[style](day)


def show_money(amount: Decimal, style: str) -> str:
    """`dollar` $1,234.56; `plain` 1234.56; `comma` 1,234.56; `usd` USD 1,234.56; `whole` $48,210"""
    if style == "whole" and amount == amount.to_integral_value():
        return f"${int(amount):,}"
    text = {
        "dollar": f"${amount:,.2f}",
        "plain": f"{amount:.2f}",
        "comma": f"{amount:,.2f}",
        "usd": f"USD {amount:,.2f}",
        "whole": f"${amount:,.2f}",
    }[style]
    return text


def show_entry(entry_number: str, style: str) -> str:
    """`dash` ABC-1234567-6 (19 CFR 142.3a); `bare` ABC12345676 as ACE screens print it."""
    return entry_number if style == "dash" else entry_number.replace("-", "")
