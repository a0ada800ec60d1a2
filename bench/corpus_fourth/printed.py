"""Dates and money the ways US senders print them; entry numbers with valid check digits."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SHORT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
         "Nov.", "Dec."]
DATE_STYLES = ("long", "abbr", "slash", "slash2", "dmy", "iso", "dash")


def fmt_date(day: date, style: str) -> str:
    """One date in one of DATE_STYLES: March 7, 2025 / Mar. 7, 2025 / 03/07/2025 / 3/7/25 ..."""
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "abbr":
        return f"{SHORT[day.month - 1]} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "slash2":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "dash":
        return f"{day.month:02d}-{day.day:02d}-{day.year}"
    return day.isoformat()


MONEY_STYLES = ("dollar", "plain", "usd", "bare", "dollar_nocomma")


def fmt_money(value: Decimal, style: str) -> str:
    """$1,234.56 / 1,234.56 / USD 1,234.56 / 1234.56 / $1234.56; whole dollars drop the cents
    in the dollar style half the time the caller asks for `dollar_whole`."""
    text = f"{value:,.2f}"
    if style == "dollar_whole" and value == value.to_integral_value():
        return f"${int(value):,}"
    if style in ("dollar", "dollar_whole"):
        return "$" + text
    if style == "usd":
        return "USD " + text
    if style == "bare":
        return f"{value:.2f}"
    if style == "dollar_nocomma":
        return f"${value:.2f}"
    return text


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A=1.., even positions doubled and digit-summed."""
    total = 0
    for position, char in enumerate(ten, start=1):
        digit = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            digit *= 2
            digit = digit // 10 + digit % 10
        total += digit
    return (10 - total % 10) % 10


FILERS = ["ABD", "C4F", "EH2", "9GB", "D7A", "B3C", "H8E", "1FI", "G5D", "AI6"]


def entry_number(rng: random.Random, filer: str) -> str:
    serial = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
