"""Printing habits: dates, money, and the pools of parties, goods and ports."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

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
DATE_STYLES = ("long", "us", "iso", "abbr", "day", "dmy")


def date(day: dt.date, style: str) -> str:
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "abbr":
        short = month[:3] + ("." if len(month) > 3 else "") if month != "September" else "Sept."
        return f"{short} {day.day}, {day.year}"
    if style == "day":
        return f"{day.day} {month} {day.year}"
    return f"{day.day:02d}-{month[:3].upper()}-{day.year}"


def money(value: Decimal, style: str) -> str:
    grouped = f"{value:,.2f}"
    if style == "dollar":
        return f"${grouped}"
    if style == "usd":
        return f"USD {grouped}"
    if style == "plain":
        return f"{value:.2f}"
    return grouped


PARTIES = [
    ("Harborline Ceramics Inc.", ["1180 Terminal Way", "San Pedro, CA 90731"]),
    ("Quill & Fern Stationery LLC", ["44 Foundry Lane, Suite 3", "Providence, RI 02903"]),
    ("Bright Kettle Housewares Corp.", ["9020 Airport Road", "Memphis, TN 38118"]),
    ("Ostrander Bicycle Works", ["310 Riverfront Drive", "Pittsburgh, PA 15222"]),
    ("Lumen <North> Lighting Co.", ["7 Harbor Street", "Portland, ME 04101"]),
    ("Calloway's Garden Supply, Inc.", ["2250 Peachtree Industrial Blvd.", "Duluth, GA 30097"]),
    ("Meridian Textile Imports Ltd.", ["501 Seventh Avenue, 12th Floor", "New York, NY 10018"]),
    ("Saguaro Outdoor Gear LLC", ["1600 East Broadway Road", "Tempe, AZ 85282"]),
    ("Blue Heron Audio Systems Inc.", ["88 Innovation Parkway", "Beaverton, OR 97006"]),
    ("Tamarack Tool & Die Company", ["4100 Industrial Avenue", "Grand Rapids, MI 49548"]),
]
PEOPLE = [
    "Renata Okafor",
    "Daniel P. Lindqvist",
    "Marisol Etxeberria",
    "Howard T. Benn",
    "Priya Ramaswamy",
    "Colm Fitzgerald",
    "Yuki Tanabe-Ross",
    "Esther M. Goldfarb",
    "Tobias Wendt",
    "Alma Cruz-Villanueva",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3002", "Seattle"),
    ("5301", "Houston"),
    ("1303", "Baltimore"),
    ("3901", "Chicago"),
    ("1601", "Charleston"),
    ("2809", "San Francisco"),
]
GOODS = [
    (
        "Stoneware dinner plates, glazed, 27 cm diameter",
        "6912.00.4810",
        "stoneware clay 92%, glaze 8%",
    ),
    (
        "Stainless steel insulated tumblers with screw lids",
        "9617.00.1000",
        "stainless steel 85%, polypropylene 15%",
    ),
    ("Cotton knit pullover sweaters for men", "6110.20.2069", "cotton 100%"),
    (
        "LED desk lamps with USB charging port",
        "9405.21.6000",
        "aluminum 60%, plastics 30%, electronics 10%",
    ),
    ("Bicycle disc brake rotors, 160 mm", "8714.94.9030", "stainless steel 100%"),
    ("Wooden garden trellis panels", "4421.99.9880", "cedar wood 95%, steel staples 5%"),
    ("Bluetooth wireless headphones", "8518.30.2000", "plastics 70%, copper 10%, electronics 20%"),
    ("Hand-held carbon steel cold chisels", "8205.59.8000", "carbon steel 90%, rubber grip 10%"),
]
FILERS = ["ABC", "B7D", "4HG", "EF2", "9CA", "D3I", "G51", "HB8"]
CULPABILITY_WORDS = {
    "negligence": [
        "negligence",
        "Negligent",
        "NEGLIGENCE (19 U.S.C. 1592(a))",
        "failure to exercise reasonable care (negligence)",
    ],
    "gross_negligence": [
        "gross negligence",
        "Grossly negligent",
        "GROSS NEGLIGENCE",
        "gross negligence (wanton disregard)",
    ],
    "fraud": ["fraud", "Fraudulent", "FRAUD", "fraud (knowing and voluntary)"],
}


def ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def pick_entry(rng: random.Random, filer: str) -> str:
    from bench.corpus_fortyfirst.law import entry_number

    return entry_number(filer, f"{rng.randint(0, 9999999):07d}")
