"""What every document shares: parties, ports, and dates and money as US senders print them."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

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
ABBR = [
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


@dataclass
class Doc:
    """One document: its layout for one producer, its truth, and the strings it must print."""

    kind: str
    case: str
    producer: str
    truth: dict[str, Any]
    printed: list[str] = field(default_factory=list)
    markdown: str = ""
    layout: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Party:
    name: str
    lines: tuple[str, ...]
    ior: str

    @property
    def address(self) -> str:
        return ", ".join(self.lines)


PARTIES = [
    Party(
        "Prairie Lantern Home Goods Inc.",
        ("1180 Commerce Parkway", "Des Moines, IA 50309"),
        "42-3817265",
    ),
    Party(
        "Bayline Optical Supply LLC", ("45 Harbor Loop, Suite 210", "Tampa, FL 33602"), "59-2046318"
    ),
    Party("Redwood Ridge Outfitters Co.", ("3300 Ferry Street", "Eugene, OR 97401"), "93-1187402"),
    Party("Copperleaf Textiles Corp.", ("88 Mill Street", "Fall River, MA 02720"), "04-3392710"),
    Party("Granite State Tool Works", ("17 Quarry Road", "Concord, NH 03301"), "02-0418873"),
    Party(
        "Sunmesa Solar Components Inc.",
        ("2100 East Camelback Road", "Phoenix, AZ 85016"),
        "86-1029384",
    ),
    Party(
        "Blue Heron Pet Products LLC", ("640 Riverbend Drive", "Savannah, GA 31401"), "58-2937461"
    ),
    Party("Lakeshore Bicycle Imports", ("912 North Lake Avenue", "Duluth, MN 55802"), "41-1736250"),
    Party("Juniper & Vale Kitchenware", ("25 Orchard Lane", "Hood River, OR 97031"), "93-2745106"),
    Party(
        "Tri-County Auto Parts Distributors",
        ("7705 Industrial Boulevard", "Toledo, OH 43612"),
        "34-1928374",
    ),
    Party(
        "Evergreen Musical Instruments Co.", ("301 Pine Street", "Seattle, WA 98101"), "91-0627735"
    ),
    Party(
        "Cardinal Ceramic Tile Inc.", ("4500 Dixie Highway", "Louisville, KY 40216"), "61-1472938"
    ),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1703", "Savannah"),
    ("3002", "Seattle"),
    ("1601", "Charleston"),
    ("4101", "Cleveland"),
]
PEOPLE = [
    "Dolores M. Achebe",
    "Warren T. Lindqvist",
    "Priya Raman",
    "Eamon Costello",
    "Beatrice Okafor",
    "Howard J. Castellano",
    "Mei-Ling Fairbanks",
    "Tobias Redmond",
    "Ana Lucia Ferreira",
    "Grant Oyelaran",
    "Rosalind Hartsfield",
    "Keith Almeida",
]
FIRMS = [
    ("Hollister Brandt LLP", ("1200 Nineteenth Street NW", "Washington, DC 20036")),
    ("Marrow, Quint & Abernathy", ("55 Water Street, 30th Floor", "New York, NY 10041")),
    (
        "Castellane Trade Advisory Group",
        ("400 Poydras Street, Suite 1900", "New Orleans, LA 70130"),
    ),
    ("Pemberton Customs Consulting", ("77 West Wacker Drive", "Chicago, IL 60601")),
]
FILERS = ["B7D", "H42", "E9A", "C3F", "A6G", "D18", "G2B", "F5I"]


def fmt_date(day: dt.date, style: int) -> str:
    """A date in one of eight printed styles."""
    match style % 8:
        case 0:
            return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
        case 1:
            return f"{day.month:02d}/{day.day:02d}/{day.year}"
        case 2:
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        case 3:
            return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
        case 4:
            return day.isoformat()
        case 5:
            return f"{day.day:02d}-{MONTHS[day.month - 1][:3].upper()}-{day.year}"
        case 6:
            return f"{day.month}/{day.day}/{day.year}"
        case _:
            return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"


def fmt_money(value: Decimal, style: int) -> str:
    """Money in one of five printed styles."""
    grouped = f"{value:,.2f}"
    match style % 5:
        case 0:
            return f"${grouped}"
        case 1:
            return f"{value:.2f}"
        case 2:
            return f"USD {grouped}"
        case 3:
            return grouped
        case _:
            return f"$ {grouped}"


def cents(rng: random.Random, low: int, high: int) -> Decimal:
    """A random amount between low and high dollars, to the cent."""
    return Decimal(rng.randint(low * 100, high * 100)) / 100


def day_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
