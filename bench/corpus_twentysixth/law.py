"""The law the truths are decided by (customs-rules.md); printed forms of dates and money."""

# ruff: noqa: E501 -- long lines are the documents' own sentences, kept whole so they read as printed

from __future__ import annotations

import random
from datetime import date, timedelta

import holidays

_US = holidays.country_holidays("US", years=range(2000, 2035))
ENTRY_180_FROM = date(2004, 12, 18)  # 174.12(e): entries made before it have 90 days


def business_day(day: date) -> bool:
    """Not a weekend and not a federal holiday (5 U.S.C. 6103, observed days included)."""
    return day.weekday() < 5 and day not in _US


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not business_day(day):
        day += timedelta(days=1)
    return day


def last_day(entry_date: date, decided: date) -> date:
    """P-TIME-1/2: liquidation (or decision) + 180 days, + 90 for entries before 2004-12-18."""
    return decided + timedelta(days=90 if entry_date < ENTRY_180_FROM else 180)


def timing(received: date, decided: date, last: date, *, liquidation_decision: bool = True) -> str:
    """One entry's timing: premature, timely, grace (P-TIME-5: needs a person) or untimely."""
    if liquidation_decision and received <= decided:
        return "premature"
    if received <= last:
        return "timely"
    if not business_day(last) and received <= next_business_day(last):
        return "grace"
    return "untimely"


def check_digit(ten: str) -> int:
    """CATAIR App. E: letters A..I as 1..9, even positions doubled and digit-summed."""
    total = 0
    for position, ch in enumerate(ten, start=1):
        value = ord(ch) - 64 if ch.isalpha() else int(ch)
        if position % 2 == 0:
            value *= 2
            value = value // 10 + value % 10
        total += value
    return (10 - total % 10) % 10


def entry_number(rng: random.Random, filer: str) -> str:
    serial = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{serial}-{check_digit(filer + serial)}"


def filer_code(rng: random.Random) -> str:
    pool = "ABCDEFGHI0123456789"
    return "".join(rng.choice(pool) for _ in range(3))


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"


def add_years(day: date, years: int) -> date:
    return day.replace(year=day.year + years)


ORDINALS = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd", 31: "31st"}
MONTHS = (
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
)


def fmt_date(day: date, style: str) -> str:
    """US date styles only (no day-first): long, short month, slashes, two-digit year, ordinal words."""
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "abbr":
        short = month[:3] + ("" if month == "May" else ".")
        return f"{short} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "slash2":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "ordinal":
        return f"the {ORDINALS.get(day.day, f'{day.day}th')} day of {month}, {day.year}"
    if style == "upper":
        return f"{month[:3].upper()} {day.day:02d} {day.year}"
    if style == "dash":
        return f"{day.month:02d}-{day.day:02d}-{day.year}"
    raise ValueError(style)


def cents(amount: int) -> float:
    return round(amount / 100, 2)


def fmt_money(amount: int, style: str) -> str:
    """Money in integer cents printed as a US sender would."""
    whole, part = divmod(amount, 100)
    grouped = f"{whole:,}"
    if style == "dollar":
        return f"${grouped}.{part:02d}"
    if style == "usd":
        return f"USD {grouped}.{part:02d}"
    if style == "words":
        return f"{grouped}.{part:02d} dollars"
    if style == "plain":
        return f"{grouped}.{part:02d}"
    if style == "bare":
        return f"{whole}.{part:02d}"
    raise ValueError(style)
