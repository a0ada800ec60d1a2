"""Dates, money, entry numbers and the document model shared by the three kinds."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

import holidays

US_HOLIDAYS = holidays.country_holidays("US", observed=True, years=range(2000, 2032))
CENT = Decimal("0.01")


@dataclass
class Block:
    """One piece of a document: heading, paragraph, table, box, or page break."""

    kind: str  # "h", "p", "table", "box", "break", "small"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


@dataclass
class Doc:
    """A document to print plus its truth and the strings the text layer must hold."""

    kind: str
    case: str
    blocks: list[Block]
    truth: dict[str, object]
    printed: list[str]
    header: str = ""
    style: str = ""


def check_digit(filer: str, number: str) -> str:
    """CATAIR App. E check digit over filer code + transaction number."""
    digits = [int(c) if c.isdigit() else ord(c) - ord("A") + 1 for c in filer + number]
    total = 0
    for pos, d in enumerate(digits, start=1):
        if pos % 2 == 0:
            d *= 2
            d = d // 10 + d % 10
        total += d
    return str((10 - total % 10) % 10)


def entry_number(rng: random.Random, filer: str) -> str:
    number = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{number}-{check_digit(filer, number)}"


def filer_code(rng: random.Random) -> str:
    return "".join(rng.choice("ABCDEFGHI123456789") for _ in range(3))


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in US_HOLIDAYS


def next_business_day(day: date) -> date:
    day += timedelta(days=1)
    while not is_business_day(day):
        day += timedelta(days=1)
    return day


def plus_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # Feb 29 -> Feb 28 keeps the anniversary inside the month
        return day.replace(year=day.year + years, day=28)


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


def fmt_date(day: date, style: int) -> str:
    """A date the way US senders print it; style picks one of seven forms."""
    month = MONTHS[day.month - 1]
    forms = [
        f"{month} {day.day}, {day.year}",
        f"{day.month:02d}/{day.day:02d}/{day.year}",
        f"{day.day} {month} {day.year}",
        day.isoformat(),
        f"{month[:3]}{'.' if len(month) > 3 else ''} {day.day}, {day.year}",
        f"{day.day:02d}-{month[:3].upper()}-{day.year}",
        f"{day.month}/{day.day}/{day.year}",
    ]
    return forms[style % len(forms)]


def fmt_money(amount: Decimal, style: int) -> str:
    """Money in one of five printed forms."""
    text = f"{amount:,.2f}"
    forms = [f"${text}", f"USD {text}", f"{amount:.2f}", text, f"US$ {text}"]
    return forms[style % len(forms)]


def cents(rng: random.Random, low: int, high: int, step: int = 1) -> Decimal:
    """A money amount between low and high dollars whose cents are a multiple of step."""
    value = rng.randrange(low * 100 // step, high * 100 // step) * step
    return (Decimal(value) / 100).quantize(CENT)


def money_out(amount: Decimal) -> float:
    return float(amount.quantize(CENT))
