"""Shared habits: date and money styles, parties, ports, entry numbers."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from bench.corpus_fiftieth import law

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
DATE_STYLES = ("long", "slash", "iso", "dmy", "abbr", "mil")


def fdate(day: dt.date, style: str) -> str:
    """Six habits: March 7, 2025; 03/07/2025; 2025-03-07; 7 March 2025; Mar. 7, 2025;
    07-MAR-2025."""
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day} {month} {day.year}"
    if style == "abbr":
        short = month if len(month) <= 4 else month[:3] + "."
        return f"{short} {day.day}, {day.year}"
    return f"{day.day:02d}-{month[:3].upper()}-{day.year}"


def stamp_date(day: dt.date) -> str:
    return f"{MONTHS[day.month - 1][:3].upper()} {day.day:02d} {day.year}"


MONEY_STYLES = ("dollar", "plain", "usd", "bare", "usdollar")


def fmoney(value: Decimal | float, style: str) -> str:
    """$1,234.56 / 1,234.56 / USD 1,234.56 / 1234.56 / US$1,234.56."""
    amount = Decimal(str(value)).quantize(law.CENT)
    grouped = f"{amount:,.2f}"
    return {
        "dollar": f"${grouped}",
        "plain": grouped,
        "usd": f"USD {grouped}",
        "bare": f"{amount:.2f}",
        "usdollar": f"US${grouped}",
    }[style]


PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3901", "Chicago"),
    ("5301", "Houston"),
    ("1601", "Charleston"),
    ("3002", "Seattle"),
    ("1303", "Baltimore"),
    ("4601", "Newark"),
    ("2809", "San Francisco"),
    ("1401", "Norfolk"),
]

COMPANIES = [
    ("Larkspur Ceramics Inc.", ["2210 Kiln Road", "Zanesville, OH 43701"]),
    ("Harbor & Finch Outfitters LLC", ["88 Wharf Street, Suite 4", "Portland, ME 04101"]),
    ("Quillon Medical Supply Corp.", ["5400 Research Parkway", "Durham, NC 27709"]),
    ("Ostrander Bicycle Works", ["17 Spoke Lane", "Boulder, CO 80301"]),
    ("Mesa Verde Lighting Co.", ["901 Adobe Court", "Tucson, AZ 85701"]),
    ("Pembroke Textile Traders Ltd.", ["410 Loom Avenue, Floor 3", "Paterson, NJ 07501"]),
    ("Calloway-Ruiz Foods Inc.", ["3300 Orchard Blvd.", "Fresno, CA 93721"]),
    ("Northgate Tool & Die Co.", ["62 Industrial Drive", "Grand Rapids, MI 49503"]),
    ("Bluefin Marine Hardware Inc.", ["14 Dockside Way", "Tampa, FL 33602"]),
    ("Sable Creek Furniture Co.", ["780 Timber Row", "High Point, NC 27260"]),
    ("Ivory Gate Audio LLC", ["2500 Signal Street, Unit B", "Austin, TX 78701"]),
    ("Kestrel Garden Products Inc.", ["45 Greenhouse Road", "Salem, OR 97301"]),
]

PEOPLE = [
    "Dorothea Vance",
    "Ramon Echeverria",
    "Priya Natarajan",
    "Gustav Lindqvist",
    "Abigail Okafor",
    "Theodore Brandt",
    "Mei-Ling Cho",
    "Francis X. Doyle",
    "Ingrid Solberg",
    "Marcus Whitlock",
    "Yolanda Pierce",
    "Henrik Aalto",
]

GOODS = [
    ("Stoneware dinner plates, 27 cm, glazed, sets of four", "6912.00.4810", "6912.00.3950"),
    ("Men's cotton knit polo shirts, style PK-200", "6105.10.0010", "6110.20.2079"),
    ("Aluminum bicycle frames, unassembled, model AF-7", "8714.91.3000", "8714.91.5000"),
    ("LED desk lamps with USB charging port, model DL-40", "9405.21.8000", "8513.10.4000"),
    ("Stainless steel marine cleats, 8 inch", "7326.90.8688", "8302.49.6055"),
    ("Solid oak dining chairs, upholstered seat, model SC-12", "9401.61.6011", "9401.69.8011"),
    ("Frozen whole green beans, 2.5 kg bags", "0710.22.4000", "0710.80.9750"),
    ("Hand-held garden sprayers, 2 liter, plastic", "8424.89.7000", "3924.90.5650"),
]


def filer(rng: random.Random) -> str:
    chars = "ABCDEFGHI0123456789"
    code = "".join(rng.choice(chars) for _ in range(3))
    return code if any(c.isalpha() for c in code) else "B" + code[1:]


def entry(rng: random.Random, code: str) -> str:
    return law.entry_number(code, f"{rng.randrange(10**7):07d}")


def ein(rng: random.Random) -> str:
    return f"{rng.randint(11, 98)}-{rng.randrange(10**7):07d}"


def sp(text: str) -> str:
    return " ".join(text.split())


def lc(text: str) -> str:
    """The goods in a sentence: first letter small, model names kept."""
    return text[:1].lower() + text[1:]
