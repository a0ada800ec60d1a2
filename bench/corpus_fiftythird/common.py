"""Names, places and the printed forms of dates and money shared by the three kinds."""

from __future__ import annotations

import datetime as dt
import random

from .law import entry_number

PORTS = [
    ("1703", "Savannah, GA"),
    ("2704", "Los Angeles, CA"),
    ("1001", "New York, NY"),
    ("3901", "Chicago, IL"),
    ("5301", "Houston, TX"),
    ("3002", "Tacoma, WA"),
    ("1401", "Norfolk, VA"),
    ("2809", "San Francisco, CA"),
]

COMPANIES = [
    ("Brightwater Outfitters, LLC", ["4410 Ferncliff Road", "Asheville, NC 28806"]),
    ("Quillfeather Stationery Co.", ["88 Mill Race Lane, Suite 2", "Lowell, MA 01852"]),
    ("Saguaro Home & Garden, Inc.", ["7215 East Indian School Road", "Scottsdale, AZ 85251"]),
    ("Kestrel Bay Marine Supply Corp.", ["19 Wharf Street", "Portland, ME 04101"]),
    ("O'Donnell-Reyes Imports, Inc.", ["2600 South Loop West, Floor 4", "Houston, TX 77054"]),
    ("Larchmont Ceramics Ltd.", ["311 Industrial Parkway", "Canton, OH 44707"]),
    ("Tidewell Audio Systems, Inc.", ["1550 Kifer Road", "Sunnyvale, CA 94086"]),
    ("Pinecrest Pet Provisions LLC", ["92 Commerce Drive", "Eau Claire, WI 54701"]),
    ("Meridian Loom Works, Inc.", ["640 Textile Avenue", "Greensboro, NC 27405"]),
    ("Halvorsen Cycle Parts Co.", ["5 Depot Square", "Northfield, MN 55057"]),
    ("Cobalt & Rye Kitchenware, LLC", ["1212 Lake Street, Unit 9", "Oak Park, IL 60301"]),
    ("Ironleaf Tool Company", ["77 Foundry Way", "Erie, PA 16501"]),
]

PEOPLE = [
    "Marisol Achterberg",
    "Desmond Okafor",
    "Harriet Vance-Lindqvist",
    "Tobias Renwick",
    "Yuki Amesbury",
    "Priya Natarajan",
    "Colm Fitzgibbon",
    "Adaeze Morrow",
    "Lukas Brandt",
    "Rosalind Chu",
    "Emeka Oyelaran",
    "Greta Solberg",
    "Ignacio Villaseñor",
    "Nadia Petrakis",
]

BROKERS = [
    ("Wharfside Customs Brokerage, Inc.", ["210 Bay Street, Suite 300", "Savannah, GA 31401"]),
    ("Cascade Trade Services LLC", ["1201 Pacific Avenue, Suite 1400", "Tacoma, WA 98402"]),
    ("Gateway Entry Partners, Inc.", ["145 Hook Creek Boulevard", "Valley Stream, NY 11581"]),
]

FIRMS = [
    ("Ashcombe, Toller & Greaves LLP", ["1750 K Street NW, Suite 800", "Washington, DC 20006"]),
    ("Fenwright Mabry PLLC", ["400 Poydras Street, 22nd Floor", "New Orleans, LA 70130"]),
    ("Castellano Huang LLP", ["555 West Fifth Street, Suite 3100", "Los Angeles, CA 90013"]),
]

GOODS = [
    (
        "Insulated stainless steel food jars with polypropylene lids, 16 oz., style FJ-16",
        "9617.00.1000",
    ),
    ("Men's woven cotton flannel shirts, long sleeve, style 4471", "6205.20.2016"),
    (
        "Bluetooth portable speakers with rechargeable lithium-ion batteries, model TS-300",
        "8518.22.0000",
    ),
    ("Ceramic stoneware dinner plates, 10.5 in., glazed, item LC-105", "6912.00.4810"),
    ("Aluminum bicycle crank arms, 170 mm, part HC-170", "8714.96.1000"),
    ("Dog chew toys of molded natural rubber, assorted shapes, SKU PP-220", "4016.99.6050"),
    ("Hand-operated ratchet wrenches of alloy steel, 3/8 in. drive, item IT-38", "8204.11.0030"),
    ("Nylon marine dock lines, braided, 5/8 in. x 25 ft., item KB-5825", "5607.50.4000"),
]

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


def fmt_date(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "abbr":
        m = MONTHS[d.month - 1]
        return f"{m if len(m) <= 4 else m[:3] + '.'} {d.day}, {d.year}"
    if style == "mil":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    raise ValueError(style)


def fmt_money(cents: int, style: str) -> str:
    whole = f"{cents // 100:,}.{cents % 100:02d}"
    if style == "dollar":
        return f"${whole}"
    if style == "plain":
        return whole
    if style == "usd":
        return f"USD {whole}"
    if style == "bare":
        return f"{cents // 100}.{cents % 100:02d}"
    raise ValueError(style)


def ein(rng: random.Random) -> str:
    return f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"


def new_entry(rng: random.Random, filer: str) -> str:
    return entry_number(filer, f"{rng.randint(0, 9999999):07d}")


def filer_code(rng: random.Random) -> str:
    return rng.choice(["B7C", "EAD", "4H2", "G19", "A3F", "CI8", "DB5", "H2E"])


def weekday_between(rng: random.Random, lo: dt.date, hi: dt.date) -> dt.date:
    while True:
        d = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
        if d.weekday() < 5:
            return d


def one_line(lines: list[str]) -> str:
    return ", ".join(lines)
