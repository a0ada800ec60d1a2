"""Dates and money in the styles US senders print them."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date
from decimal import Decimal

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
         "Dec."]
DATE_STYLES = ("us", "us_short", "long", "abbrev", "day_first", "iso", "dotted")


def show_date(day: date, style: str) -> str:
    """DAY printed in STYLE (one of DATE_STYLES)."""
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us_short":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "abbrev":
        return f"{SHORT[day.month - 1]} {day.day}, {day.year}"
    if style == "day_first":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dotted":
        return f"{day.month:02d}.{day.day:02d}.{day.year}"
    raise ValueError(style)


def pick_date_style(rng: random.Random) -> str:
    """A date style; ISO is rarer, as in real mail (no dotted 03.02.2023: day and month blur)."""
    return rng.choice(["us", "us", "long", "long", "abbrev", "day_first", "us_short", "iso"])


def show_money(amount: Decimal, style: str) -> str:
    """AMOUNT printed in STYLE: dollar, plain, usd, words (words and figures)."""
    figures = f"{amount:,.2f}"
    if style == "dollar":
        return f"${figures}"
    if style == "plain":
        return figures
    if style == "usd":
        return f"USD {figures}"
    if style == "words":
        return f"{dollars_in_words(amount)} (${figures})"
    raise ValueError(style)


ONES = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
        "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen",
        "Nineteen"]
TENS = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]


def _below_thousand(number: int) -> str:
    words = []
    if number >= 100:
        words.append(f"{ONES[number // 100]} Hundred")
        number %= 100
    if number >= 20:
        words.append(TENS[number // 10] + (f"-{ONES[number % 10]}" if number % 10 else ""))
    elif number:
        words.append(ONES[number])
    return " ".join(words)


def dollars_in_words(amount: Decimal) -> str:
    """'Twelve Thousand and 00/100 Dollars', the way checks and contracts write sums."""
    whole = int(amount)
    cents = int((amount - whole) * 100)
    parts = []
    for size, name in ((1_000_000, "Million"), (1000, "Thousand"), (1, "")):
        chunk = whole // size % 1000
        if chunk:
            parts.append(f"{_below_thousand(chunk)} {name}".strip())
    return f"{' '.join(parts) or 'Zero'} and {cents:02d}/100 Dollars"


def dater(style: str) -> Callable[[date], str]:
    """A printer of dates in one STYLE, as one document keeps its style."""
    return lambda day: show_date(day, style)


def mixed_dater(rng: random.Random, styles: list[str]) -> Callable[[date], str]:
    """A printer that picks a style per date, as systems that mix field formats do."""
    return lambda day: show_date(day, rng.choice(styles))
