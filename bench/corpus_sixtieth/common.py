"""Shared pools and print forms (dates, money) of the corpus."""

from __future__ import annotations

import datetime as dt
import random

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


def d_long(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def d_dmy(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_slash(d: dt.date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_iso(d: dt.date) -> str:
    return d.isoformat()


def d_telex(d: dt.date) -> str:
    return f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year}"


def d_abbr(d: dt.date) -> str:
    return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}"


def d_dots(d: dt.date) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


DATE_FORMS = (d_long, d_dmy, d_slash, d_iso, d_telex, d_abbr, d_dots)


def money(cents: int, style: str = "$") -> str:
    whole = f"{cents // 100:,}.{cents % 100:02d}"
    if style == "$":
        return "$" + whole
    if style == "usd":
        return "USD " + whole
    if style == "plain":
        return f"{cents // 100}.{cents % 100:02d}"
    return whole


MONEY_FORMS = ("$", "usd", "plain", "comma")

PARTIES = [
    ("Harborline Ceramics Inc.", ["410 Wharf Street", "Savannah, GA 31401"]),
    ("Quillfeather Stationery LLC", ["2250 Commerce Parkway, Suite 300", "Columbus, OH 43219"]),
    ("Dunmore & Vale Outdoor Gear Co.", ["88 Ridgeline Road", "Bozeman, MT 59715"]),
    ("Pelican Bay Housewares Corp.", ["1600 Port Boulevard", "Tampa, FL 33605"]),
    ("Orchard Lane Textiles Inc.", ["75 Loom Avenue", "Fall River, MA 02720"]),
    ("Castleton Audio Systems LLC", ["3901 Tech Center Drive", "Austin, TX 78759"]),
    ("Brightwater Garden Supply Co.", ["912 Nursery Way", "Portland, OR 97217"]),
    ("Kestrel Marine Hardware Inc.", ["40 Dockside Lane", "Mobile, AL 36602"]),
    ("Sable Ridge Footwear Corp.", ["6120 Cobbler Court", "St. Louis, MO 63110"]),
    ("Ironbridge Tool Imports LLC", ["155 Foundry Street", "Pittsburgh, PA 15222"]),
    ("Amberfield Toy Company", ["2718 Maple Grove Road", "Grand Rapids, MI 49503"]),
    ("Northgate Lighting Supply Inc.", ["500 Lumen Drive", "Elk Grove Village, IL 60007"]),
    ("Willow Creek Kitchenware LLC", ["34 Copper Pot Lane", "Charlotte, NC 28206"]),
    ("Tidemark Bicycle Works Corp.", ["7 Spoke Street", "Oakland, CA 94607"]),
]
PEOPLE = [
    "Rosalind T. Achebe",
    "Marcus J. Whitcombe",
    "Ingrid Solberg-Hale",
    "Dorian P. Castellano",
    "Naomi R. Fairweather",
    "Theodore K. Oyelaran",
    "Beatrix L. Montague",
    "Jonah Abernathy",
    "Lucinda M. Okafor",
    "Wendell S. Prasad",
    "Greta Lindqvist",
    "Emmett R. Dubois",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("1703", "Atlanta"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1601", "Charleston"),
    ("2809", "San Francisco"),
    ("1303", "Baltimore"),
]
FILERS = ["ABC", "BFD", "CHE", "DAG", "EIB", "FGA", "GHC", "HID", "ICE", "A1B", "B2C", "D9G"]
GOODS = [
    ("Glazed stoneware dinner plates, 27 cm, in sets of four", "6912.00.4810", "dinnerware"),
    (
        "Spiral-bound paper notebooks with polypropylene covers, A5 size",
        "4820.10.2060",
        "stationery",
    ),
    ("Men's hiking boots with rubber outer soles and leather uppers", "6403.91.6090", "footwear"),
    ("Stainless steel cookware sets, 10 pieces, with glass lids", "7323.93.0080", "cookware"),
    ("Woven cotton bath towels, terry pile, 70 x 140 cm", "6302.60.0020", "towels"),
    (
        "Portable wireless speakers with rechargeable lithium-ion batteries",
        "8518.22.0000",
        "speakers",
    ),
    ("Plastic garden watering cans, 10 liter capacity", "3924.90.5650", "garden"),
    ("LED desk lamps with adjustable aluminum arms", "9405.21.8000", "lamps"),
    ("Children's wooden building blocks in canvas bags, 60 pieces", "9503.00.0073", "toys"),
    ("Carbon steel open-end wrench sets, 12 pieces", "8204.11.0030", "tools"),
]


def rng_for(kind: str, index: int, seed: int) -> random.Random:
    return random.Random(f"sixtieth/{kind}/{index}/{seed}")


def ein(rng: random.Random) -> str:
    return f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"
