"""Names, places and goods for the documents (invented; no apostrophes: Grace prints them curly)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

COMPANIES = [
    ("Harbor Lane Outfitters Inc.", "1180 Terminal Way", "Long Beach, CA 90813"),
    ("Bluewater Ceramics LLC", "42 Kiln Street", "Trenton, NJ 08611"),
    ("Prairie Gate Tools Corp.", "905 Foundry Road", "Peoria, IL 61602"),
    ("Cedar & Finch Home Goods Co.", "17 Orchard Park Drive", "Burlington, VT 05401"),
    ("Alder Point Electronics Inc.", "3300 Innovation Blvd.", "San Jose, CA 95134"),
    ("Gulfstar Marine Hardware LLC", "8 Wharf Row", "Mobile, AL 36602"),
    ("Northbrook Textile Imports Ltd.", "260 Loom Avenue", "Charlotte, NC 28206"),
    ("Kestrel Sporting Arms Supply Inc.", "71 Range Road", "Boise, ID 83702"),
    ("Maple Ridge Kitchenware Co.", "5 Copper Lane", "Columbus, OH 43215"),
    ("Summit Valley Bicycle Works LLC", "1402 Spoke Street", "Denver, CO 80204"),
]
PEOPLE = [
    ("Theresa M. Okafor", "Import Manager"),
    ("Daniel Reyes-Whitman", "Licensed Customs Broker"),
    ("Priya Raghunathan", "Trade Compliance Manager"),
    ("Gregory L. Haskins", "Vice President, Operations"),
    ("Ingrid Solberg", "Director of Customs Compliance"),
    ("Marcus T. Delacroix", "Counsel"),
    ("Hannah Beaumont", "Customs Specialist"),
    ("Wen-Li Zhao", "General Counsel"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1303", "Baltimore"),
    ("1703", "Savannah"),
    ("3002", "Seattle"),
    ("5201", "Miami"),
]
FILERS = ["ABC", "H7D", "E4F", "91B", "CG2", "D5A", "8HI", "FB3"]
GOODS = [
    ("Stainless steel kitchen knives with polymer handles", "8211.91.5000"),
    ("Cotton knit pullover sweaters for women", "6110.20.2075"),
    ("Ceramic stoneware dinner plates", "6912.00.4810"),
    ("Cordless electric drills, 18 volt", "8467.21.0010"),
    ("Bicycle disc brake calipers of aluminum", "8714.94.9000"),
    ("LED desk lamps with USB charging port", "9405.21.8000"),
    ("Polyester camping tents, two person", "6306.22.9030"),
    ("Wooden cutting boards of bamboo", "4419.11.0000"),
]
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


def fmt_date(day: dt.date, style: int) -> str:
    """Six habits: March 7, 2025 / 03/07/2025 / 2025-03-07 / 7 March 2025 / Mar. 7, 2025 /
    07-MAR-2025."""
    month = MONTHS[day.month - 1]
    style %= 6
    if style == 0:
        return f"{month} {day.day}, {day.year}"
    if style == 1:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == 2:
        return day.isoformat()
    if style == 3:
        return f"{day.day} {month} {day.year}"
    if style == 4:
        short = month[:3] + ("." if month != "May" else "")
        return f"{short} {day.day}, {day.year}"
    return f"{day.day:02d}-{month[:3].upper()}-{day.year}"


def fmt_money(value: Decimal, style: int) -> str:
    """Four habits: $1,234.56 / 1,234.56 / USD 1,234.56 / 1234.56."""
    style %= 4
    if style == 0:
        return f"${value:,.2f}"
    if style == 1:
        return f"{value:,.2f}"
    if style == 2:
        return f"USD {value:,.2f}"
    return f"{value:.2f}"
