"""Date and money habits, and the pools of names, places and goods the senders draw from."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
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


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DATE_STYLES: dict[str, Callable[[dt.date], str]] = {
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "slash": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "iso": lambda d: d.isoformat(),
    "dayfirst": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "abbr": lambda d: f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}".replace("May.", "May"),
    "ordinal": lambda d: f"{MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}",
    "military": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
}


def date(d: dt.date, style: str) -> str:
    return DATE_STYLES[style](d)


def stamp(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1][:3].upper()} {d.day:02d} {d.year}"


MONEY_STYLES = ["dollar", "plain", "usd", "bare", "dollar_space"]


def money(value: Decimal, style: str) -> str:
    grouped = f"{value:,.2f}"
    return {
        "dollar": f"${grouped}",
        "plain": grouped,
        "usd": f"USD {grouped}",
        "bare": f"{value:.2f}",
        "dollar_space": f"$ {grouped}",
    }[style]


PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1303", "Baltimore"),
    ("3901", "Chicago"),
    ("1703", "Savannah"),
    ("2809", "San Francisco"),
    ("4601", "Newark"),
    ("5201", "Miami"),
    ("3801", "Detroit"),
    ("1401", "Norfolk"),
]

COMPANIES = [
    "Harbor Lantern Imports Inc.",
    "Quillfeather Stationery LLC",
    "Bright Anvil Tool Co.",
    "Marisol & Daughters Textiles, Inc.",
    "Copperline Audio Corp.",
    "O'Rourke Garden Supply LLC",
    "Twin Fjord Outdoor Gear Inc.",
    "Saltmarsh Ceramics Co.",
    "Pinecrest Pet Products, LLC",
    "Velloria Footwear Group Inc.",
    "Kestrel Bay Electronics Corp.",
    "Amberfield Kitchenware LLC",
    "Ironwood Cycle Works Inc.",
    "Blue Heron Lighting Co.",
    "Nimbus Toy Company",
    "Granite Mesa Furniture LLC",
]

STREETS = [
    "410 Wharf Road",
    "88 Foundry Lane, Suite 200",
    "1250 Commerce Parkway",
    "17 Tannery Street",
    "9 Lighthouse Plaza, Floor 3",
    "2300 Industrial Boulevard",
    "64 Orchard Avenue",
    "501 Canal Street, Unit 12",
    "7 Riverbend Court",
    "3140 Airport Road",
]
CITIES = [
    "Carson, CA 90745",
    "Elizabeth, NJ 07201",
    "Pasadena, TX 77506",
    "Kent, WA 98032",
    "Glen Burnie, MD 21061",
    "Elk Grove Village, IL 60007",
    "Pooler, GA 31322",
    "Hayward, CA 94545",
    "Doral, FL 33178",
    "Romulus, MI 48174",
]

PEOPLE = [
    "Theodora Quint",
    "Marcus L. Ebright",
    "Ines Valcourt",
    "Raymond Okafor",
    "Priya Anand",
    "Gustav Lindqvist",
    "Helena M. Szabo",
    "Dwight Carrow",
    "Yuki Tanabe",
    "Beatriz Salgado",
    "Colm Fennessy",
    "Naomi Achterberg",
]

GOODS = [
    (
        "Stainless steel insulated beverage bottles, 750 ml, with polypropylene caps",
        "9617.00.1000",
        "stainless steel 82%, polypropylene 15%, silicone 3% by weight",
        "carrying hot and cold drinks",
    ),
    (
        "Men's knitted cotton pullover sweaters, style KN-220",
        "6110.20.2075",
        "cotton 100% by weight",
        "outerwear for men",
    ),
    (
        "LED desk lamps with adjustable aluminum arm, model DL-90",
        "9405.21.6010",
        "aluminum 55%, ABS plastic 35%, electronics 10% by weight",
        "lighting a work surface",
    ),
    (
        "Ceramic stoneware dinner plates, 27 cm, glazed",
        "6912.00.4810",
        "stoneware 100% by weight",
        "serving food at the table",
    ),
    (
        "Bluetooth over-ear headphones, model HX-4",
        "8518.30.2000",
        "ABS plastic 60%, steel 20%, foam and leatherette 20% by weight",
        "personal listening",
    ),
    (
        "Children's plastic building block sets, 250 pieces",
        "9503.00.0073",
        "ABS plastic 100% by weight",
        "play by children aged 4 to 10",
    ),
    (
        "Cordless electric hedge trimmers, 20 V, model HT-5",
        "8467.29.0090",
        "steel 45%, plastic 40%, battery cells 15% by weight",
        "trimming hedges in gardens",
    ),
    (
        "Woven polyester dog beds with foam filling",
        "6307.90.9891",
        "polyester 70%, polyurethane foam 30% by weight",
        "bedding for pets",
    ),
]
DECISIONS = {
    "classification": "the classification of the merchandise and the rate of duty assessed",
    "appraised_value": "the appraised value of the merchandise",
    "charges": "the merchandise processing fee charged on the entries",
}


def pick(rng: random.Random, pool: list[str]) -> str:
    return rng.choice(pool)


def ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def filer(rng: random.Random) -> str:
    letters = "ABCDEFGHI"
    return "".join(
        rng.choice(letters + "0123456789") if i else rng.choice(letters) for i in range(3)
    )
