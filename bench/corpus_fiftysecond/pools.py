"""Invented senders, goods and ports, and the ways they print dates and money."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

COMPANIES = [
    ("Kestrel Bay Trading Ltd.", ["418 Harborview Parkway", "Suite 210", "Tacoma, WA 98402"]),
    ("Ormond & Pike Housewares Inc.", ["92 Larkin Street", "Paterson, NJ 07501"]),
    ("Blue Heron Outfitters LLC", ["3300 Riverside Drive", "Unit 7", "Memphis, TN 38103"]),
    ("Castellan Lighting Corp.", ["1450 Commerce Loop", "El Paso, TX 79936"]),
    ("Marigold Textile Imports Co.", ["77 Canal Row", "Charleston, SC 29401"]),
    ("Anvil Ridge Tool Supply Inc.", ["5120 Foundry Road", "Cleveland, OH 44105"]),
    ("Sunward Ceramics USA Inc.", ["260 Kiln Avenue", "Ontario, CA 91761"]),
    ("Tamarack Cycle Works LLC", ["18 Birch Hollow Lane", "Burlington, VT 05401"]),
]
PEOPLE = [
    "Renata Vosk",
    "Hollis J. Aberdeen",
    "Priya Natarajan",
    "Dmitri Okafor",
    "Celeste Marchetti",
    "Tobias Lindqvist",
    "Amara Whitcombe",
    "Gideon Farrell",
]
GOODS = [
    (
        "Cast iron enamelled dutch ovens, 5.5 quart, model KD-55",
        "7323.94.0010",
        "cast iron 92%, enamel 8%",
    ),
    ("Woven cotton shirts for men, style MW-210", "6205.20.2016", "cotton 100%"),
    (
        "LED desk lamps with USB port, model LX-4",
        "9405.21.6000",
        "aluminum 60%, plastics 30%, electronics 10%",
    ),
    (
        "Stainless steel vacuum bottles, 750 ml",
        "9617.00.1000",
        "stainless steel 88%, polypropylene 12%",
    ),
    ("Bicycle disc brake rotors, 160 mm", "8714.94.9050", "steel 95%, aluminum 5%"),
    ("Porcelain dinner plates, 27 cm, set of four", "6911.10.1050", "porcelain 100%"),
    (
        "Cordless rotary tools, 12 volt, model AR-12",
        "8467.29.0090",
        "plastics 45%, steel 35%, copper 20%",
    ),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3002", "Seattle"),
    ("1601", "Charleston"),
    ("5301", "Houston"),
    ("2809", "San Francisco"),
    ("4103", "Cleveland"),
]
FILERS = ["B7E", "H2A", "9C4", "EF1", "D3G", "A6B", "C8H"]
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


def date_style(d: dt.date, style: int) -> str:
    """Seven date styles."""
    m = MONTHS[d.month - 1]
    return [
        d.isoformat(),
        f"{m} {d.day}, {d.year}",
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.day} {m} {d.year}",
        f"{m[:3]}{'.' if len(m) > 3 else ''} {d.day}, {d.year}",
        f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
    ][style]


def money_style(v: Decimal, style: int) -> str:
    """Four money styles."""
    plain = f"{v:,.2f}"
    return [f"${plain}", f"USD {plain}", f"{v:.2f}", plain][style]


def ein(rng: random.Random) -> str:
    return f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"


def entry(rng: random.Random, filer: str) -> str:
    from bench.corpus_fiftysecond.law import entry_number

    return entry_number(filer, f"{rng.randint(0, 9999999):07d}")
