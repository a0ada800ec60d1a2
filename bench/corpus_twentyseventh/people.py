"""Invented parties, places and goods (no real company is meant)."""

from __future__ import annotations

import random

from .law import check_digit

COMPANIES = [
    ("Bramble & Finch Outfitters, Inc.", ["2210 Larimer Street, Suite 400", "Denver, CO 80205"]),
    ("Coastal Reef Trading Co.", ["88 Harbor Drive", "Long Beach, CA 90802"]),
    ("Northgate Appliance Supply LLC", ["1455 Industrial Parkway", "Elk Grove Village, IL 60007"]),
    ("Tri-County Hardware Imports, Inc.", ["310 Commerce Way, Bldg. C", "Savannah, GA 31408"]),
    ("Pinewood Home Textiles Corp.", ["77 Mill Pond Road", "Greenville, SC 29607"]),
    ("Old Post Road Ceramics LLC", ["19 Old Post Road", "Stamford, CT 06902"]),
    ("Lakeshore Marine Parts Co.", ["6020 N. Lake Drive", "Milwaukee, WI 53217"]),
    ("Sunbelt Fitness Gear, Inc.", ["4400 Westheimer Road, Suite 210", "Houston, TX 77027"]),
    ("Great Basin Bicycle Works LLC", ["925 Kietzke Lane", "Reno, NV 89502"]),
    ("Hudson Valley Kitchenware Co.", ["1200 Route 9W", "Newburgh, NY 12550"]),
]
BROKERS = [
    ("Meridian Customs Brokerage, Inc.", "Dana K. Whitfield", "Licensed Customs Broker No. 31842"),
    ("Atlas Gateway Logistics LLC", "Raymond Osei", "Customs Broker License 27719"),
    ("Pier 9 Clearance Services", "Margaret L. Szabo", "License No. 30266"),
    ("Crescent Trade Compliance, Inc.", "Luis Ferrante", "Customs Broker, License 33105"),
]
ATTORNEYS = [
    "Evelyn R. Castellano",
    "Jonathan P. Marsh",
    "Priya Raman",
    "Thomas W. Okafor",
    "Colleen Brandt",
]
OFFICERS = [
    "Gerald T. Kwan",
    "Sandra M. Ortiz",
    "William F. Haney",
    "Renee D. Pollard",
    "Marcus Ibsen",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("1703", "Savannah"),
    ("3901", "Chicago"),
    ("5301", "Houston"),
    ("1401", "Norfolk"),
    ("3002", "Seattle"),
    ("2809", "San Francisco"),
]
GOODS = [
    (
        "Insulated stainless steel food jars, 16 oz., with polypropylene lids, model FJ-16",
        "7323.93.0080",
    ),
    ("Woven cotton flannel shirts for men, long sleeve, style 4410", "6205.20.2016"),
    ("Aluminum bicycle handlebars, 31.8 mm clamp, 720 mm width, part HB-720", "8714.91.5000"),
    ("Ceramic stoneware dinner plates, 10.5 in., glazed, set of four", "6912.00.4810"),
    ("LED under-cabinet light bars with plug-in adapters, 12 in.", "9405.42.8440"),
    ("Polyester microfiber bed sheet sets, queen size, 4-piece", "6302.32.2040"),
    ("Neoprene dumbbells, cast iron core, 5 lb. pairs", "9506.91.0030"),
    ("Marine bilge pumps, 12 V DC, 1100 GPH, submersible", "8413.70.2004"),
]


def entry_number(rng: random.Random, filer: str) -> str:
    serial = f"{rng.randrange(10**7):07d}"
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


def filer_code(rng: random.Random) -> str:
    """Filer codes of letters A..I and digits only (no VERIFY letter-table case)."""
    return rng.choice(
        ["".join(rng.choice("ABCDEFGHI") for _ in range(3)), f"{rng.randrange(100, 999)}"]
    )


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
