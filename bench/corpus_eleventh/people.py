"""Names, addresses, ports and goods the documents are made of (invented; no real parties)."""

from __future__ import annotations

import random

from bench.corpus_eleventh.law import check_digit

COMPANIES = (
    ("Bluewater Outfitters LLC", ("14 Chandler Wharf", "Portland, ME 04101")),
    ("Quarry Hill Ceramics, Inc.", ("2300 Kiln Road", "Zanesville, OH 43701")),
    ("Sorensen Marine Hardware Co.", ("9 Ballard Way NW", "Seattle, WA 98107")),
    ("Prairie Lantern Home Goods Corp.", ("410 Grain Exchange Ave.", "Omaha, NE 68102")),
    ("Tamarack Cycle Works, Inc.", ("77 Spoke Street", "Boulder, CO 80302")),
    ("Redfern Textile Trading Company", ("1800 Loom Parkway", "Greensboro, NC 27405")),
    ("Okafor Kitchen Supply LLC", ("55 Commerce Row, Suite 210", "Houston, TX 77002")),
    ("Halvorsen Audio Systems, Inc.", ("3 Transducer Court", "Nashville, TN 37203")),
    ("Mesa Verde Garden Imports Co.", ("640 Adobe Lane", "Tucson, AZ 85701")),
    ("Whitcombe Stationery Group Ltd.", ("21 Vellum Place", "Providence, RI 02903")),
    ("Ironbridge Tool Distributors, Inc.", ("1200 Forge Boulevard", "Pittsburgh, PA 15222")),
    ("Lindqvist Lighting Corporation", ("88 Filament Drive", "Minneapolis, MN 55401")),
    ("Cardenal Footwear USA, Inc.", ("402 Cobbler Street", "El Paso, TX 79901")),
    ("Thornbury Pet Products LLC", ("17 Kennel Road", "Columbus, OH 43215")),
)
SIGNERS = (
    "Eleanor V. Castellano",
    "Marcus T. Abernathy",
    "Priya N. Raghavan",
    "Douglas R. Feeney",
    "Yolanda M. Ibarra",
    "Gregory H. Lindstrom",
    "Naomi J. Whitaker",
    "Samuel D. Okonkwo",
)
FIRMS = (
    ("Barrow Keane & Tilley LLP", ("1750 K Street NW, Suite 900", "Washington, DC 20006")),
    ("Harcourt Trade Law PLLC", ("One Liberty Plaza, 23rd Floor", "New York, NY 10006")),
    ("Pell Ridgeway Customs Counsel", ("600 Brickell Avenue", "Miami, FL 33131")),
)
BROKERS = (
    ("Meridian Customs Brokerage, Inc.", ("200 Terminal Way", "Long Beach, CA 90802")),
    ("Atlas Clearance Services LLC", ("45 Cargo Plaza", "Elizabeth, NJ 07201")),
)
PORTS = (
    ("2704", "Los Angeles, CA"),
    ("1001", "New York, NY"),
    ("5301", "Houston, TX"),
    ("3001", "Seattle, WA"),
    ("1303", "Baltimore, MD"),
    ("4601", "Newark, NJ"),
    ("1703", "Savannah, GA"),
    ("3901", "Chicago, IL"),
)
GOODS = (
    "Stainless steel insulated beverage bottles, 750 ml, model HX-750",
    "Waterproof hiking boots for men with rubber outsoles and textile uppers, style TR-9",
    "LED strip lighting kits with plug-in power adapters, 5 m reels",
    "Cotton terry kitchen towels, 40 x 70 cm, packed in sets of six",
    "Cordless rotary hammer drills, 18 V, sold without batteries",
    "Porcelain dinnerware sets of 16 pieces for household use",
    "Bamboo cutting boards with silicone feet, model CB-3",
    "Inflatable stand-up paddle boards with pump and leash",
    "Polyester pet beds with memory foam inserts, sizes S to XL",
    "Aluminum folding camp tables, 120 x 60 cm",
)
FILERS = ("ABC", "BFD", "CGE", "DHA", "EIB", "F2C", "G7H", "H4D", "I1E", "A9G")


def entry_number(rng: random.Random, filer: str | None = None) -> str:
    code = filer or rng.choice(FILERS)
    number = f"{rng.randrange(10**7):07d}"
    return f"{code}-{number}-{check_digit(code, number)}"


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"


def pick_company(rng: random.Random) -> tuple[str, tuple[str, str]]:
    return rng.choice(COMPANIES)
