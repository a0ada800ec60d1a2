"""Invented senders, places and goods (no real firm is meant)."""

from __future__ import annotations

import random

from bench.corpus_thirtyseventh import law

PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1703", "Savannah"),
    ("1401", "Norfolk"),
    ("3901", "Chicago"),
    ("2809", "San Francisco"),
    ("5201", "Miami"),
    ("1303", "Baltimore"),
    ("4601", "Newark"),
    ("2002", "New Orleans"),
]

COMPANIES = [
    ("Quillon Outdoor Gear, Inc.", ["418 Harbison Avenue, Suite 200", "Portland, OR 97214"]),
    ("Bramblewood Home Textiles LLC", ["77 Canal Street", "Fall River, MA 02721"]),
    ("Okonkwo & Daughters Trading Co.", ["1550 Industrial Parkway", "Elizabeth, NJ 07201"]),
    ("Tessaro Ceramica USA Corp.", ["9 Kiln Road", "East Liverpool, OH 43920"]),
    ("Halvorsen Marine Electronics, Inc.", ["3300 Shilshole Avenue NW", "Seattle, WA 98107"]),
    ("Pinecrest Pet Supply Co.", ["2 Depot Square", "Burlington, VT 05401"]),
    ("Sunward Solar Components Ltd.", ["6120 Fannin Street, Floor 9", "Houston, TX 77030"]),
    ("Marigold Kitchen & Bath Imports", ["845 Commerce Way", "Doral, FL 33166"]),
    ("Ridgeback Cycle Works LLC", ["120 Spoke Lane", "Boulder, CO 80301"]),
    ("Kestrel Lighting Group, Inc.", ["51 Lamplighter Drive", "Charlotte, NC 28217"]),
    ("Velasquez Fine Foods Inc.", ["2400 Produce Row", "San Antonio, TX 78207"]),
    ("Northfold Paper Products Co.", ["18 Mill Pond Road", "Appleton, WI 54911"]),
]

PEOPLE = [
    "Eleanor V. Marsh",
    "Tobias Renfrew",
    "Priya Natarajan",
    "Dominic A. Kowalczyk",
    "Harriet Oyelaran",
    "Samuel J. Whitcombe",
    "Ingrid Solberg",
    "Luis Ferreira-Campos",
    "Margot Delacroix",
    "Kenji Arakawa",
    "Beatrice Ellwood",
    "Rashid Al-Mansouri",
]

FIRMS = [
    (
        "Ashcombe Liu & Partners LLP",
        ["1200 Nineteenth Street NW, Suite 640", "Washington, DC 20036"],
    ),
    ("Strand, Okafor & Wyeth", ["30 Broad Street, 14th Floor", "New York, NY 10004"]),
    ("Pellham Trade Law PLLC", ["700 Louisiana Street, Suite 3900", "Houston, TX 77002"]),
]

SURETIES = [
    ("Granite Shield Surety Company", ["One Keystone Plaza, Suite 1100", "Harrisburg, PA 17101"]),
    (
        "Lakeshore Casualty & Surety Co.",
        ["233 North Wacker Drive, 31st Floor", "Chicago, IL 60606"],
    ),
]

GOODS = [
    (
        "Insulated stainless steel beverage bottles, 20 oz and 32 oz, with polypropylene lids",
        "9617.00.1000",
    ),
    ("Men's woven cotton shirts, long sleeve, style nos. 4471 and 4472", "6205.20.2016"),
    ("Ceramic tableware dinner sets of porcelain, 16-piece, in gift boxes", "6911.10.3810"),
    ("Marine VHF transceivers, handheld, 6 watt, with rechargeable batteries", "8525.60.1050"),
    ("Polyester dog beds with foam fill, sizes S to XL", "6307.90.9891"),
    ("Monocrystalline photovoltaic cells, not assembled into modules", "8541.42.0010"),
    ("Vitreous china toilet bowls and tanks, two-piece", "6910.10.0010"),
    ("Aluminium bicycle frames, unpainted, 700c road geometry", "8714.91.3000"),
    ("LED desk lamps of base metal with USB charging port", "9405.21.8010"),
    ("Canned chipotle peppers in adobo sauce, 7 oz cans", "2005.99.9700"),
    ("Kraft paper shopping bags with twisted paper handles", "4819.30.0040"),
    ("Knitted acrylic scarves and beanies, sold as sets", "6117.10.6020"),
]

FILERS = ["A3B", "9CE", "D47", "F1G", "2HB", "C8D", "E5A", "B2I", "G7C", "H4F", "1AD", "I6E"]


def entry(rng: random.Random, filer: str) -> str:
    """A fresh entry number with a valid check digit."""
    return law.entry_number(filer, f"{rng.randrange(10**7):07d}")


def ein(rng: random.Random, suffix: bool = False) -> str:
    """An EIN-form importer number, sometimes with the two-character suffix."""
    base = f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
    return base + (f"{rng.randrange(100):02d}" if suffix else "")
