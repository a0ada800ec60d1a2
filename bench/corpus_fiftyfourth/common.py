"""What every kind shares: the seeded random source, parties, date and money habits."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from . import law

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


def rng(kind: str, index: int, seed: int) -> random.Random:
    h = hashlib.sha256(f"corpus54|{kind}|{index}|{seed}".encode()).hexdigest()
    return random.Random(int(h[:16], 16))


DATE_STYLES = ("long", "us", "dmy", "iso", "abbr", "oracle", "dmyshort")


def fmt_date(d: dt.date, style: str) -> str:
    m = MONTHS[d.month - 1]
    if style == "long":
        return f"{m} {d.day}, {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy":
        return f"{d.day} {m} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        ab = m[:3] + "." if len(m) > 4 else m
        if m == "September":
            ab = "Sept."
        return f"{ab} {d.day}, {d.year}"
    if style == "oracle":
        return f"{d.day:02d}-{m[:3].upper()}-{d.year}"
    if style == "dmyshort":
        return f"{d.day:02d} {m[:3]} {d.year}"
    raise ValueError(style)


def all_date_forms(d: dt.date) -> list[str]:
    return [fmt_date(d, s) for s in DATE_STYLES]


MONEY_STYLES = ("dollar", "plain", "usd", "bare", "spaced")


def fmt_money(cents: int, style: str) -> str:
    s = f"{cents // 100:,}.{cents % 100:02d}"
    if style == "dollar":
        return "$" + s
    if style == "plain":
        return s
    if style == "usd":
        return "USD " + s
    if style == "bare":
        return f"{cents // 100}.{cents % 100:02d}"
    if style == "spaced":
        return "$ " + s
    raise ValueError(style)


def all_money_forms(cents: int) -> list[str]:
    return [fmt_money(cents, s) for s in MONEY_STYLES]


PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1303", "Baltimore"),
    ("3901", "Chicago"),
    ("5201", "Miami"),
    ("2809", "San Francisco"),
    ("1703", "Atlanta"),
    ("4601", "Newark"),
    ("2304", "Laredo"),
    ("3801", "Detroit"),
]

COMPANIES = [
    ("Harbor Lane Outfitters, Inc.", ["4410 Fremont Avenue North", "Seattle, WA 98103"]),
    ("Caldera Home & Garden LLC", ["2250 Industrial Parkway", "Suite 140", "Reno, NV 89502"]),
    ("Pinecrest Musical Instruments Co.", ["81 Quarry Road", "Nashua, NH 03060"]),
    ("Blue Heron Textiles Corp.", ["600 Commerce Street", "Greensboro, NC 27401"]),
    ("Marisol Foods Importing, L.P.", ["1900 Port Boulevard", "Miami, FL 33132"]),
    ("O'Rourke Hardware Supply, Inc.", ["77 Ferry Street", "Jersey City, NJ 07307"]),
    ("Sterling Peak Cycles LLC", ["3150 Wynkoop Street", "Denver, CO 80205"]),
    (
        "Tamarack Lighting Group, Inc.",
        ["12 Riverside Drive", "Building C", "Grand Rapids, MI 49503"],
    ),
    ("Kestrel Optics & Imaging Corp.", ["905 Research Court", "Tucson, AZ 85719"]),
    ("Grünwald Kitchenware USA, Inc.", ["48 Water Street", "Baltimore, MD 21202"]),
    ("Prairie Wind Pet Supply Co.", ["2600 Locust Street", "Des Moines, IA 50309"]),
    ("Lakeshore Toy Company", ["350 East Ontario Street", "Chicago, IL 60611"]),
    ("Atlas Ridge Tools, LLC", ["7120 Kirby Drive", "Houston, TX 77030"]),
    ("Seabright Apparel Group Inc.", ["1440 Broadway, 9th Floor", "New York, NY 10018"]),
    ("Cordillera Coffee Traders, Inc.", ["215 Alaskan Way South", "Seattle, WA 98104"]),
    ("Whitfield & Sons Furniture Co.", ["900 Furniture Row", "High Point, NC 27260"]),
]

PEOPLE = [
    "Dana K. Albrecht",
    "Marcus Oyelaran",
    "Priya Ramanathan",
    "Thomas J. Whelan",
    "Sofía Castañeda",
    "Katherine Ng-Morris",
    "Hiroshi Tanabe",
    "Olivia Brandt",
    "Samuel Ortiz-Reyes",
    "Rebecca L. Moreau",
    "Daniel Szymczak",
    "Grace Achterberg",
]

TITLES = [
    "Director of Trade Compliance",
    "Vice President, Operations",
    "Customs Compliance Manager",
    "General Counsel",
    "Import Manager",
    "Chief Financial Officer",
]

FILERS = ["ABC", "DFH", "9G2", "BE4", "HCA", "7A1", "GID", "C3F", "EB8", "5HI"]


def ein(r: random.Random) -> str:
    return f"{r.randint(11, 98)}-{r.randint(1000000, 9999999)}"


def cbp_assigned(r: random.Random) -> str:
    return f"{r.randint(100000, 999999)}-{r.randint(10000, 99999)}"


def entry(r: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{r.randint(0, 9999999):07d}")


def pick_company(r: random.Random) -> tuple[str, list[str]]:
    name, addr = r.choice(COMPANIES)
    return name, list(addr)


def weekday_on_or_after(d: dt.date) -> dt.date:
    while not law.business_day(d):
        d += dt.timedelta(days=1)
    return d
