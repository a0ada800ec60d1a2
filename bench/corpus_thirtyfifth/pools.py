"""Invented parties, places and goods."""

from __future__ import annotations

import random

COMPANIES = [
    ("Harbor Lantern Trading Co.", ["1180 Pier Avenue", "Long Beach, CA 90802"]),
    ("Quillfeather Stationery LLC", ["77 Bleecker Street, Suite 4", "New York, NY 10012"]),
    ("Ortega & Daughters Imports, Inc.", ["2400 Calle Industrial", "Laredo, TX 78045"]),
    ("Bluewater Anglers Supply Corp.", ["9 Marina Way", "Tampa, FL 33602"]),
    ("Kestrel Mountain Outfitters, Inc.", ["315 West Alder Street", "Missoula, MT 59802"]),
    ("Pemberton's Fine Ceramics Ltd.", ["48 Kiln Road", "Trenton, NJ 08608"]),
    ("Sandhill Crane Home Goods LLC", ["6200 Prairie Parkway", "Omaha, NE 68106"]),
    ("Vasquez-Lindqvist Audio Systems, Inc.", ["1501 Sound Lane", "Nashville, TN 37203"]),
    ("Great Lakes Bicycle Parts Co.", ["820 Lakeshore Drive", "Milwaukee, WI 53202"]),
    ("Copperleaf Kitchenware Inc.", ["33 Foundry Street", "Pittsburgh, PA 15222"]),
    ("Northwind Marine Hardware, Inc.", ["4410 Harbor Island Drive", "San Diego, CA 92101"]),
    ("Juniper & Sage Cosmetics LLC", ["210 Desert Bloom Road", "Scottsdale, AZ 85251"]),
]
PEOPLE = [
    "Eleanor V. Castellano",
    "Tobias R. Whitcombe",
    "Priya Natarajan",
    "Gwendolyn Okafor",
    "Marcus J. Lindgren",
    "Soledad Ibarra Ruiz",
    "Declan O'Rourke",
    "Hannelore Brandt",
    "Winston K. Adeyemi",
    "Beatriz Montalvo",
    "Rupert Ashcombe-Hale",
    "Ingrid Solvang",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1801", "Tampa"),
    ("2304", "Laredo"),
    ("3002", "Seattle"),
    ("2501", "San Diego"),
]
FILERS = ["ABC", "BEH", "CDF", "DIG", "EAB", "FHC", "GGA", "HID", "IBE", "A2C", "3BD", "HF7"]
GOODS = [
    (
        "Insulated stainless steel vacuum bottles, 750 ml, model TB-75",
        "7323.93.0080",
        "household beverage storage",
        "stainless steel 82%, polypropylene lid 15%, silicone seal 3%",
    ),
    (
        "Bluetooth over-ear headphones with active noise cancellation, model HX-40",
        "8518.30.2000",
        "personal audio listening",
        "ABS housing 55%, copper and magnets 25%, foam and leather 20%",
    ),
    (
        "Carbon fiber bicycle handlebars, 42 cm, item CF-42",
        "8714.92.1000",
        "replacement handlebar for road bicycles",
        "carbon fiber composite 91%, aluminum insert 9%",
    ),
    (
        "Women's knit cardigan sweaters of 70% cotton 30% acrylic, style W-2291",
        "6110.20.2079",
        "women's outerwear",
        "cotton 70%, acrylic 30% by weight",
    ),
    (
        "Ceramic stoneware dinner plates, 27 cm, set of four",
        "6912.00.4810",
        "tableware for household use",
        "stoneware 100%",
    ),
    (
        "Fishing reels, spinning type, model SR-3000",
        "9507.30.6000",
        "recreational fishing",
        "aluminum alloy 60%, graphite 30%, steel 10%",
    ),
    (
        "LED desk lamps with USB charging port, model DL-9",
        "9405.21.8000",
        "desk illumination in homes and offices",
        "aluminum 45%, plastics 40%, electronics 15%",
    ),
    (
        "Lipstick in twelve shades, 3.5 g tubes",
        "3304.10.0000",
        "cosmetic lip color",
        "waxes and oils 70%, pigments 20%, aluminum tube 10%",
    ),
]


def ior(rng: random.Random) -> str:
    suffix = rng.choice(["", "", "", "00", "01"])
    return f"{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}{suffix}"


def serial(rng: random.Random) -> str:
    return f"{rng.randrange(0, 10_000_000):07d}"
