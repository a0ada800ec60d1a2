"""Invented senders, places and goods (no real company is meant)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.corpus_third.law import check_digit

COMPANIES = [
    ("Prairie Lantern Outfitters, Inc.", ["2210 Grand Avenue", "Des Moines, IA 50312"]),
    ("Bellwether & Sons Hardware Co.", ["88 Foundry Lane", "Worcester, MA 01604"]),
    ("Gulf Breeze Patio Furnishings LLC", ["1450 Beach Boulevard, Suite 300", "Biloxi, MS 39530"]),
    ("O'Connell Brothers Textile Corp.", ["17 Mill Street", "Fall River, MA 02720"]),
    ("Red Mesa Ceramics Ltd.", ["4021 Central Avenue SW", "Albuquerque, NM 87105"]),
    ("Summit Ridge Cycle Works, Inc.", ["930 Pearl Street", "Boulder, CO 80302"]),
    ("Harborlight Kitchenware Co.", ["61 Water Street", "Portland, ME 04101"]),
    ("Cedar & Stone Home Goods LLC", ["7700 Kingston Pike", "Knoxville, TN 37919"]),
    ("Lakeshore Audio Components, Inc.", ["505 Washington Avenue N", "Minneapolis, MN 55401"]),
    ("Pioneer Valley Toy Company", ["12 Elm Court", "Northampton, MA 01060"]),
    ("Blue Heron Footwear Inc.", ["3300 Lakeside Drive", "Oakland, CA 94612"]),
    ("Ironwood Garden Supply Co.", ["240 Commerce Parkway", "Tucson, AZ 85713"]),
    ("Magnolia Bay Lighting, LLC", ["19 Canal Place", "New Orleans, LA 70130"]),
    ("Copper Kettle Imports Inc.", ["801 Front Street", "Wilmington, NC 28401"]),
    ("Timberline Sporting Goods Corp.", ["4100 Airport Way S", "Seattle, WA 98108"]),
    ("Starling Medical Textiles, Inc.", ["150 Industrial Drive", "Greenville, SC 29607"]),
]

FIRMS = [
    (
        "Hollis, Varga & Pruitt LLP",
        ["1200 Nineteenth Street NW, Suite 500", "Washington, DC 20036"],
    ),
    ("Marchetti Trade Law PLLC", ["One Liberty Plaza, 23rd Floor", "New York, NY 10006"]),
    ("Okafor Dunmore LLP", ["311 South Wacker Drive, Suite 4100", "Chicago, IL 60606"]),
    ("Sandoval & Reyes, P.A.", ["200 South Biscayne Boulevard, Suite 2700", "Miami, FL 33131"]),
]

BROKERS = [
    "Keystone Customs Brokerage, Inc.",
    "Tri-Port Clearance Services LLC",
    "Anchor Point Customs Brokers Co.",
    "Meridian Entry Services, Inc.",
]

PEOPLE = [
    "Eleanor J. Haverford",
    "Marcus T. Delacroix",
    "Priscilla Nakamura-Boyd",
    "Dwayne R. Whitcomb",
    "Gabriela Ostrowski",
    "Thaddeus M. Keller",
    "Naomi F. Achebe",
    "Colin P. Ferreira",
    "Rosalind Quigley",
    "Hector V. Albright",
    "Yvonne Castellanos",
    "Bernard L. Oyelaran",
]

TITLES = [
    "President",
    "Vice President, Operations",
    "Director of Trade Compliance",
    "Import Manager",
    "General Counsel",
    "Chief Financial Officer",
]

PORTS = [
    ("1703", "Savannah"),
    ("5301", "Houston-Galveston"),
    ("2704", "Los Angeles-Long Beach"),
    ("1001", "New York/Newark"),
    ("3002", "Seattle"),
    ("0401", "Boston"),
    ("4601", "New York/Newark"),
    ("1601", "Charleston"),
    ("3901", "Chicago"),
    ("5201", "Miami"),
    ("2002", "New Orleans"),
    ("1401", "Norfolk-Newport News"),
]

# (description, HTS number, main materials)
GOODS = [
    (
        "Men's leather-upper hiking boots with rubber soles, style HB-220",
        "6403.91.6075",
        "leather and rubber",
    ),
    (
        "Stainless steel insulated beverage bottles, 750 ml, model TX-750",
        "9617.00.1000",
        "stainless steel",
    ),
    ("Cotton flannel bed sheet sets, queen size, item FS-Q400", "6302.21.9020", "cotton"),
    (
        "Glazed stoneware dinner plates, 10.5 in. diameter, pattern Mesa",
        "6912.00.4810",
        "stoneware",
    ),
    ("Aluminum-frame folding patio chairs with polyester sling seats", "9401.71.0011", "aluminum"),
    (
        "Wooden building-block toy sets for children aged 3 and up, 80 pieces",
        "9503.00.0073",
        "beech wood",
    ),
    (
        "LED under-cabinet light bars, 24 in., with plug-in adapters",
        "9405.42.8440",
        "plastics and copper wire",
    ),
    (
        "Bluetooth stereo headphones, over-ear, model AH-90",
        "8518.30.2000",
        "plastics and copper wire",
    ),
    ("Carbon steel garden spades with ash wood handles", "8201.10.0000", "carbon steel"),
    ("Enameled cast iron Dutch ovens, 5.5 quart, SKU DO-55", "7323.91.5020", "cast iron"),
]

# description -> main component materials, as a classification request states them.
MATERIALS = {description: material for description, _hts, material in GOODS}


def weekday_before(day: date) -> date:
    """The day itself, or the Friday before a weekend day: entries are filed on weekdays."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def filer_code(rng: random.Random) -> str:
    # Letters only from A..I: the check-digit letter table beyond I is a VERIFY rule.
    return "".join(rng.choice("ABCDEFGHI123456789") for _ in range(3))


def entry_number(rng: random.Random, filer: str) -> str:
    number = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{number}-{check_digit(filer, number)}"


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
