"""Names, places, and the printing habits (dates, money, check marks) shared by the three kinds."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from bench.corpus_thirtyeighth import law

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

DATE_STYLES = ["long", "slash", "iso", "dmy", "abbr", "upper", "nslash", "ordinal"]


def fdate(day: dt.date, style: str) -> str:
    """A date in one of eight habits."""
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "nslash":
        return f"{day.month}/{day.day}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    if style == "upper":
        return f"{MONTHS[day.month - 1].upper()} {day.day}, {day.year}"
    if style == "ordinal":
        suffix = (
            "th" if 11 <= day.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
        )
        return f"the {day.day}{suffix} day of {MONTHS[day.month - 1]}, {day.year}"
    raise ValueError(style)


def stamp_date(day: dt.date) -> str:
    """A receipt stamp's date: 07 MAR 2025."""
    return f"{day.day:02d} {MONTHS[day.month - 1][:3].upper()} {day.year}"


MONEY_STYLES = ["dollar", "plain", "usd", "bare", "spaced", "usdollar"]


def fmoney(value: Decimal, style: str) -> str:
    """Money in one of six habits."""
    grouped = f"{value:,.2f}"
    return {
        "dollar": f"${grouped}",
        "plain": grouped,
        "usd": f"USD {grouped}",
        "bare": f"{value:.2f}",
        "spaced": f"$ {grouped}",
        "usdollar": f"US${grouped}",
    }[style]


COMPANIES = [
    "Harbor Reach Outfitters, Inc.",
    "Bluegill Marine Supply LLC",
    "Quillon Kitchenworks Corp.",
    "Tamarack Home Goods, Inc.",
    "Sable & Finch Apparel LLC",
    "Northgate Bicycle Imports Co.",
    "Pell's <Lantern> Works LLC",
    "Corvid Audio Systems, Inc.",
    "Meridian Loom Textiles Corp.",
    "Brightwater Pet Products LLC",
    "Osprey Ridge Tools, Inc.",
    "Calloway & Dunn Ceramics LLC",
    "Juniper Field Electronics Corp.",
    "Redfern Garden Supply, Inc.",
    "Ashgrove Toy Company LLC",
    "Kestrel Optics International, Inc.",
    "Lantana Footwear Group LLC",
    "Stonebridge Lighting Co.",
    "Wren & Hollow Furniture, Inc.",
    "Tidewater Solar Components LLC",
    "Halcyon Bath Fixtures Corp.",
    "Ironwood Fitness Equipment, Inc.",
    "Mariposa Candle Co. LLC",
    "Granite Peak Outdoor Gear, Inc.",
]
STREETS = [
    "Commerce Way",
    "Harbor Boulevard",
    "Industrial Parkway",
    "Mill Street",
    "Gateway Drive",
    "Foundry Road",
    "Riverside Avenue",
    "Depot Street",
    "Airport Road",
    "Canal Street",
]
CITIES = [
    ("Long Beach", "CA", "90802"),
    ("Savannah", "GA", "31401"),
    ("Elizabeth", "NJ", "07201"),
    ("Tacoma", "WA", "98421"),
    ("Houston", "TX", "77029"),
    ("Charleston", "SC", "29401"),
    ("Norfolk", "VA", "23510"),
    ("Miami", "FL", "33132"),
    ("Chicago", "IL", "60607"),
    ("Baltimore", "MD", "21230"),
    ("Oakland", "CA", "94607"),
    ("Portland", "OR", "97217"),
]
PEOPLE = [
    "Marisol T. Okafor",
    "Declan P. Whitcombe",
    "Anneliese Varga",
    "Tobias R. Lindqvist",
    "Priya N. Ramaswamy",
    "Gideon Achterberg",
    "Corinne M. Delacroix",
    "Hollis J. Pemberton",
    "Yusuf K. Balogun",
    "Theodora Quist",
    "Rafael E. Montalvo",
    "Ingrid S. Halvorsen",
    "Desmond O. Achebe",
    "Lucinda F. Marrow",
    "Benedikt Kowalczyk",
    "Sunniva Aldana",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("1703", "Savannah"),
    ("3002", "Tacoma"),
    ("5301", "Houston"),
    ("1601", "Charleston"),
    ("1401", "Norfolk"),
    ("5201", "Miami"),
    ("3901", "Chicago"),
    ("1303", "Baltimore"),
    ("2811", "Oakland"),
    ("2904", "Portland"),
]
FILERS = ["B3D", "4HA", "E7C", "1GF", "DA2", "9BE", "C5H", "F8I", "2AB", "H6D"]


def address(rng: random.Random) -> list[str]:
    """Two address lines: street, city state zip."""
    city, state, zipcode = rng.choice(CITIES)
    suite = rng.choice(["", f", Suite {rng.randint(100, 950)}", f", Unit {rng.randint(2, 40)}"])
    return [f"{rng.randint(100, 9800)} {rng.choice(STREETS)}{suite}", f"{city}, {state} {zipcode}"]


def ein(rng: random.Random) -> str:
    """An EIN importer number, sometimes with a two-character suffix."""
    base = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    return base + (rng.choice(["00", "01"]) if rng.random() < 0.2 else "")


def cbp_assigned(rng: random.Random) -> str:
    """A CBP-assigned importer number (a VERIFY format)."""
    return f"{rng.randint(100000, 999999)}-{rng.randint(10000, 99999)}"


def entries(rng: random.Random, count: int) -> list[str]:
    """`count` entry numbers of one filer with valid check digits."""
    filer = rng.choice(FILERS)
    return [law.entry_number(filer, f"{rng.randint(0, 9999999):07d}") for _ in range(count)]


def day_between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day in [start, end]."""
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))
