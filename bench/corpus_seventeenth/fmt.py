"""Dates and money in the styles US senders print them, and TeX/XML escaping."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
         "Dec."]

DATE_STYLES = ("long", "slash", "day_month", "abbrev", "iso", "dash_abbrev")
MONEY_STYLES = ("dollar", "plain", "usd", "dollar_bare")


def when(day: date, style: str) -> str:
    """DAY printed in STYLE, one of DATE_STYLES."""
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "day_month":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbrev":
        return f"{SHORT[day.month - 1]} {day.day}, {day.year}"
    if style == "dash_abbrev":
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"
    return day.isoformat()


def cash(value: Decimal, style: str) -> str:
    """VALUE printed in STYLE, one of MONEY_STYLES."""
    grouped = f"{value:,.2f}"
    if style == "dollar":
        return f"${grouped}"
    if style == "usd":
        return f"USD {grouped}"
    if style == "dollar_bare":
        return f"${value:.2f}"
    return grouped


TEX_SPECIALS = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
                "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}",
                "'": r"\textquotesingle{}"}  # a straight quote, as the truth spells the name


def tex(text: str) -> str:
    """TEXT safe inside a TeX document."""
    return "".join(TEX_SPECIALS.get(char, char) for char in text)


def xml(text: str) -> str:
    """TEXT safe inside SVG."""
    return escape(text, {'"': "&quot;"})
