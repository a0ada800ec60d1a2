"""Identifiers, dates and money as senders print them, and the calendar the law counts on."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import holidays

CENT = Decimal("0.01")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SHORT_MONTHS = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
                "Nov.", "Dec."]
DATE_STYLES = ("us", "us_short", "long", "abbr", "day_first", "iso")


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A..I become 1..9, even positions doubled and digit-summed."""
    total = 0
    for position, char in enumerate(ten, start=1):
        value = ord(char) - ord("A") + 1 if char.isalpha() else int(char)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(rng: random.Random, filer: str) -> str:
    """A valid entry number `XXX-NNNNNNN-C` for FILER."""
    serial = "".join(str(rng.randint(0, 9)) for _ in range(7))
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def filer_code(rng: random.Random) -> str:
    """A filer code of digits and the letters A..I only (no VERIFY letter is touched)."""
    pool = "ABCDEFGHI123456789"
    return "".join(rng.choice(pool) for _ in range(3))


def print_entry(number: str, style: int) -> str:
    """The entry number as one sender prints it: with dashes, run together or spaced."""
    filer, serial, check = number.split("-")
    return [number, f"{filer}{serial}{check}", f"{filer}-{serial}{check}",
            f"{filer} {serial}-{check}"][style % 4]


def ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def fmt_date(day: date, style: str) -> str:
    """DAY in one of the common styles: 03/07/2025, 3/7/25, March 7, 2025, Mar. 7, 2025, ..."""
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us_short":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "abbr":
        return f"{SHORT_MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "day_first":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


def money(amount: Decimal, style: int) -> str:
    """AMOUNT as $1,234.56, 1234.56, 1,234.56, USD 1,234.56, $1234.56 or US$ 1,234.56."""
    grouped, plain = f"{amount:,.2f}", f"{amount:.2f}"
    return [f"${grouped}", plain, grouped, f"USD {grouped}", f"${plain}",
            f"US$ {grouped}"][style % 6]


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def exact(value: Decimal) -> bool:
    """True when VALUE needs no rounding to the cent (every truth figure must be)."""
    return value == value.quantize(CENT)


_US = holidays.country_holidays("US", years=range(1998, 2032))  # 5 U.S.C. 6103, observed days


def business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _US


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date, liquidation: date) -> date:
    """19 CFR 174.12(e): 90 days for entries before 2004-12-18, else 180, from the day after."""
    return liquidation + timedelta(days=90 if entry_date < date(2004, 12, 18) else 180)


def plus_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


def stamp_date(day: date) -> str:
    """A receipt stamp's date: MAR 17 2025."""
    return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"
