"""Invented parties, places and goods."""

from __future__ import annotations

import random

from bench.corpus_fortyfifth import law

PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("1703", "Savannah"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1303", "Baltimore"),
    ("4103", "Cleveland"),
    ("2809", "San Francisco"),
]

PARTIES = [
    (
        "Harrow & Finch Outdoor Goods, Inc.",
        ["1180 Quarry Bend Road", "Suite 300", "Lancaster, PA 17601"],
    ),
    ("Bluegill Lighting Company", ["42 Commerce Way", "Dayton, OH 45402"]),
    ("O'Dwyer Textile Importers LLC", ["900 Harbor Boulevard", "Long Beach, CA 90802"]),
    ("Tamarack Kitchenware Corp.", ["77 West Ontario Street", "Floor 9", "Chicago, IL 60654"]),
    ("Sandhill Bicycle Works, Ltd.", ["2150 Pearl Street", "Boulder, CO 80302"]),
    ("Marisol Home Furnishings Inc.", ["310 NW 25th Street", "Miami, FL 33127"]),
    ("Kettle Creek Tool Supply Co.", ["5 Industrial Park Drive", "Nashua, NH 03062"]),
    ("Greyhaven Audio Systems, Inc.", ["1600 Dexter Avenue North", "Seattle, WA 98109"]),
]

SIGNERS = [
    "Rosalind M. Achebe",
    "Tobias Lindqvist",
    "Priya Raghunathan",
    "Declan O. Murtagh",
    "Esther Kowalczyk",
    "Marcus T. Feld",
    "Hannah Ibsen-Clarke",
    "Luis Echeverria",
]
# Officers of the protestant, requester or importer itself: no agent signs, so 174.13(a)(1)-(2)
# never asks for an agent's own name, address or importer number.
TITLES = [
    "Director of Trade Compliance",
    "Vice President, Operations",
    "Import Manager",
    "General Counsel",
    "Customs Compliance Manager",
    "Chief Financial Officer",
]

GOODS = [
    ("Stainless steel insulated beverage bottles, 750 ml, style SB-75", "7323.93.0080"),
    ("Men's knitted cotton pullover sweaters, style KP-210", "6110.20.2079"),
    ("LED desk lamps with wireless charging base, model DL-9", "9405.21.8000"),
    ("Aluminum bicycle frames, unpainted, sizes 52-58 cm", "8714.91.3000"),
    ("Upholstered wooden dining chairs, models CH-40 and CH-41", "9401.61.6011"),
    ("Cordless rotary hammer drills, 18 V, model RH-18", "8467.21.0010"),
    ("Ceramic tableware sets of 16 pieces, porcelain, pattern Aster", "6911.10.5200"),
    ("Bluetooth portable speakers, model GX-2", "8518.22.0000"),
]


def filer(rng: random.Random) -> str:
    letters = "ABCDEFGHI"
    return rng.choice(letters) + rng.choice(letters + "0123456789") + rng.choice("0123456789")


def entry(rng: random.Random, code: str) -> str:
    return law.entry_number(code, f"{rng.randrange(10**7):07d}")


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
