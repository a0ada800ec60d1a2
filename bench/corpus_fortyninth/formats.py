"""Date and money styles, and the pools the documents are filled from."""

from __future__ import annotations

import datetime as dt
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
DATE_STYLES = ("long", "slash", "dmy", "abbr", "iso", "caps")


def fmt_date(day: dt.date, style: str) -> str:
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "dmy":
        return f"{day.day} {month} {day.year}"
    if style == "abbr":
        short = month[:3] + ("." if len(month) > 3 else "")
        return f"{short} {day.day}, {day.year}"
    if style == "caps":
        return f"{day.day:02d} {month[:3].upper()} {day.year}"
    return day.isoformat()


MONEY_STYLES = ("dollar", "usd", "us", "words", "plain")


def fmt_money(value: Decimal, style: str) -> str:
    body = f"{value:,.2f}"
    if style == "dollar":
        return f"${body}"
    if style == "usd":
        return f"USD {body}"
    if style == "us":
        return f"${body} (U.S.)"
    if style == "words":
        return f"{body} dollars"
    return f"{value:.2f}"


COMPANIES = [
    ("Harbor Fenwick Outfitters Inc.", ["2210 Quayside Avenue", "Tacoma, WA 98421"]),
    ("Brightmoor Lamp & Fixture LLC", ["45 Foundry Lane, Suite 3", "Dayton, OH 45402"]),
    ("Calder Ridge Textiles Corp.", ["780 Loomis Parkway", "Greensboro, NC 27401"]),
    ("Pinewick Housewares Co.", ["19 Orchard Row", "Burlington, VT 05401"]),
    ("Saltmarsh Marine Hardware Inc.", ["3300 Dockside Road", "Savannah, GA 31401"]),
    ("Quillon Audio Systems LLC", ["1200 Signal Hill Drive", "Austin, TX 78701"]),
    ("Ambervale Garden Tools Ltd.", ["66 Hedgerow Court", "Rockford, IL 61101"]),
    ("Northfold Paper Goods Inc.", ["9 Millpond Street", "Portland, ME 04101"]),
    ("Tessaro Ceramics USA Inc.", ["500 Kiln Boulevard", "Trenton, NJ 08608"]),
    ("Redgate Cycle Components Corp.", ["2875 Spoke Street", "Boulder, CO 80302"]),
]
PEOPLE = [
    "Delia M. Forsythe",
    "Rowan T. Achterberg",
    "Imogen Vasquez-Hale",
    "Barnaby K. Osei",
    "Marguerite L. Chen",
    "Thaddeus R. Willoughby",
    "Priya N. Ramaswamy",
    "Ellis J. Moreau",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3002", "Seattle"),
    ("1703", "Savannah"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
]
FILERS = ["ABC", "D4F", "H2G", "B7E", "CIA", "E9D", "G3H"]
GOODS = [
    (
        "Stainless steel stockpots with tri-ply bases, 8 and 12 quart",
        "7323.93.0080",
        "cooking in household kitchens",
        "stainless steel 92% by weight, aluminum core 8%",
    ),
    (
        "Cotton knit pullover sweaters for men, style KN-204",
        "6110.20.2010",
        "outerwear for men",
        "cotton 80%, polyester 20% by weight",
    ),
    (
        "LED desk lamps with USB charging port, model DL-9",
        "9405.21.8000",
        "task lighting on office desks",
        "aluminum arm, ABS plastic base, LED module",
    ),
    (
        "Bicycle derailleur hangers of forged aluminum",
        "8714.91.5000",
        "replacement part for bicycle frames",
        "aluminum alloy 6061, 100% by weight",
    ),
    (
        "Porcelain dinner plates, 27 cm, model TC-11",
        "6911.10.3810",
        "household tableware",
        "hard porcelain 100%",
    ),
    (
        "Garden pruning shears with carbon steel blades",
        "8201.50.0000",
        "hand pruning of shrubs",
        "carbon steel blades 70%, glass-filled nylon handles 30%",
    ),
]
