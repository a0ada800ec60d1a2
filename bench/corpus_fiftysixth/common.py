"""Pools of parties, goods and ports, and the ways senders print dates and money."""

from __future__ import annotations

import datetime as dt
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

# (name, street, city line)
PARTIES = [
    ("Harbor Reach Outfitters, Inc.", "1180 Pier Avenue", "Long Beach, CA 90802"),
    ("Calloway & Finch Home Goods LLC", "42 Tannery Lane", "Paterson, NJ 07501"),
    ("Blue Heron Instruments Corp.", "9 Foundry Street, Suite 300", "Lowell, MA 01852"),
    (
        "Sandoval Agro Imports, S.A. de C.V. (U.S. Branch)",
        "2250 Ponce de Leon Avenue",
        "San Juan, PR 00909",
    ),
    ("Wexford Cycle Parts Company", "617 Industrial Parkway", "Toledo, OH 43612"),
    ("Tamarack Lighting Group, Inc.", "88 Commerce Drive", "Savannah, GA 31408"),
    ("Orchard Lane Kitchenware Co.", "315 Market Street", "Portland, OR 97204"),
    ("Kestrel Marine Supply LLC", "4100 Harbor Boulevard", "Houston, TX 77029"),
    ("Dunmore's Textile Trading Ltd.", "71 Garment Row", "Los Angeles, CA 90021"),
    ("Pinecrest Medical Devices, Inc.", "500 Research Way", "Raleigh, NC 27606"),
    ("Alder & Stone Furniture Importers", "12 Warehouse Road", "Charleston, SC 29405"),
    ("Meridian Toy Works Inc.", "2301 Lakeshore Drive", "Chicago, IL 60616"),
]

PEOPLE = [
    ("Rosalind M. Okafor", "Attorney at Law"),
    ("Daniel P. Harrow", "Licensed Customs Broker"),
    ("Ines Castellanos-Vidal", "Trade Compliance Manager"),
    ("Theodore J. Lindqvist", "Vice President, Operations"),
    ("Marguerite A. Bell", "Counsel"),
    ("Samuel K. Achterberg", "Director of Import Compliance"),
    ("Priya N. Raman", "Customs Attorney"),
    ("Gordon L. Whitcombe", "General Counsel"),
]

# port code -> name
PORTS = {
    "2704": "Los Angeles-Long Beach",
    "1001": "New York/Newark",
    "4909": "San Juan",
    "5301": "Houston-Galveston",
    "1703": "Savannah",
    "3901": "Chicago",
    "2904": "Portland, OR",
    "1601": "Charleston",
    "4103": "Cleveland",
}

GOODS = [
    (
        "Cordless electric hedge trimmers with 20-volt lithium-ion battery packs, model HT-20X",
        "8467.29.0090",
    ),
    (
        "Women's knitted pullover sweaters of 70% cotton and 30% acrylic, style KS-114",
        "6110.20.2079",
    ),
    ("Stainless steel insulated beverage bottles, 750 ml, with polypropylene caps", "9617.00.1000"),
    ("LED under-cabinet light fixtures of aluminum, 24-inch, hard-wired", "9405.11.6010"),
    ("Bicycle disc brake rotors of steel, 160 mm and 180 mm", "8714.94.9030"),
    ("Ceramic dinnerware sets of porcelain, 16 pieces, service for four", "6911.10.3810"),
    ("Polyester fleece throw blankets, 50 by 60 inches, printed", "6301.40.0020"),
    ("Wooden dining chairs with upholstered seats, rubberwood frames, model DC-7", "9401.61.6011"),
    ("Digital infrared forehead thermometers, battery operated", "9025.19.8040"),
    ("Plastic building-block toy sets, 350 to 500 pieces, for children 6 and over", "9503.00.0073"),
]

FILERS = ["ABC", "EGH", "BDF", "CAI", "HFD", "GBE", "DIA", "FEC"]


def rng_for(kind: str, index: int, seed: int) -> random.Random:
    return random.Random(f"fiftysixth/{kind}/{index}/{seed}")


def new_entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randrange(10**6, 10**7):07d}")


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7):07d}"


def cbp_assigned(rng: random.Random) -> str:
    return f"{rng.randrange(10**5, 10**6):06d}-{rng.randrange(10**4, 10**5):05d}"


def business_day_near(day: dt.date) -> dt.date:
    while not law.is_business_day(day):
        day += dt.timedelta(days=1)
    return day


# date styles
def d_long(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_us(d: dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_iso(d: dt.date) -> str:
    return d.isoformat()


def d_mil(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_dash(d: dt.date) -> str:
    return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"


def d_abbr(d: dt.date) -> str:
    m = MONTHS[d.month - 1]
    return f"{m[:3]}. {d.day}, {d.year}" if len(m) > 4 else f"{m} {d.day}, {d.year}"


# money styles (cents in, text out)
def m_dollar(c: int) -> str:
    return f"${c // 100:,}.{c % 100:02d}"


def m_usd(c: int) -> str:
    return f"USD {c // 100:,}.{c % 100:02d}"


def m_plain(c: int) -> str:
    return f"{c // 100}.{c % 100:02d}"


def m_comma(c: int) -> str:
    return f"{c // 100:,}.{c % 100:02d}"
