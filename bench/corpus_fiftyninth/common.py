"""Parties, goods, ports and the date and money styles the fifty-ninth hand's senders use."""

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

DATE_STYLES = ["long", "slash", "dmy", "abbr", "iso", "dash"]


def fdate(day: dt.date, style: str) -> str:
    m = MONTHS[day.month - 1]
    if style == "long":
        return f"{m} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "dmy":
        return f"{day.day} {m} {day.year}"
    if style == "abbr":
        short = m[:3] + ("." if len(m) > 3 else "") if m != "September" else "Sept."
        return f"{short} {day.day}, {day.year}"
    if style == "dash":
        return f"{day.day:02d}-{m[:3].upper()}-{day.year}"
    return day.isoformat()


MONEY_STYLES = ["dollar", "plain", "usd", "bare"]


def fmoney(cents: int, style: str) -> str:
    whole = f"{cents // 100:,}.{cents % 100:02d}"
    if style == "dollar":
        return "$" + whole
    if style == "usd":
        return "USD " + whole
    if style == "bare":
        return f"{cents // 100}.{cents % 100:02d}"
    return whole


PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1703", "Savannah"),
    ("3901", "Chicago"),
    ("2809", "San Francisco"),
    ("5201", "Miami"),
    ("1303", "Baltimore"),
    ("4601", "Newark"),
]

# (name, street, city line, signer, title)
COMPANIES = [
    (
        "Harrow & Vine Housewares Inc.",
        "1450 Quarry Road",
        "Edison, NJ 08817",
        "Celia M. Ostrander",
        "Director of Trade Compliance",
    ),
    (
        "Bluewater Outfitters LLC",
        "88 Pier Avenue, Suite 4",
        "Long Beach, CA 90802",
        "Tomas R. Velasquez",
        "Vice President, Operations",
    ),
    (
        "Kestrel Lighting Corporation",
        "3120 Foundry Street",
        "Cleveland, OH 44114",
        "Anita Raghunathan",
        "Import Manager",
    ),
    (
        "Old Mill Textile Company",
        "27 Canal Street",
        "Lowell, MA 01852",
        "Geoffrey P. Linden",
        "President",
    ),
    (
        "Sundial Garden Products, Inc.",
        "905 Orchard Lane",
        "Fresno, CA 93721",
        "Marisol Quintero",
        "Customs Compliance Lead",
    ),
    (
        "Northgate Cycle Works Ltd.",
        "600 Industrial Parkway",
        "Portland, OR 97217",
        "Henrik J. Aalto",
        "General Counsel",
    ),
    (
        "Prairie Stone Tile Co.",
        "412 Elm Boulevard",
        "Wichita, KS 67202",
        "Dorothy L. Kimura",
        "Chief Financial Officer",
    ),
    (
        "Lumen Bay Electronics Corp.",
        "2250 Harbor Drive",
        "San Diego, CA 92101",
        "Raymond O. Achebe",
        "Director, Global Trade",
    ),
    (
        "Ridgeline Tool & Hardware Inc.",
        "77 Forge Way",
        "Pittsburgh, PA 15222",
        "Beatrice Fontaine",
        "Trade Compliance Manager",
    ),
    (
        "Cedar Hollow Furniture LLC",
        "1801 Timber Court",
        "High Point, NC 27260",
        "Walter S. Brandt",
        "Owner",
    ),
    (
        "Silver Fern Apparel Group Inc.",
        "330 Seventh Avenue, 12th Floor",
        "New York, NY 10001",
        "Priya Natarajan",
        "Senior Compliance Analyst",
    ),
    (
        "Gulfstar Marine Supply Co.",
        "14 Wharf Street",
        "Galveston, TX 77550",
        "Luis F. Carvalho",
        "Import Operations Manager",
    ),
]

GOODS = [
    (
        "Stainless steel insulated beverage bottles, 750 ml, model BV-750",
        "7323.93.0080",
        "storing and carrying beverages",
        "stainless steel 92%, polypropylene lid 8% by weight",
    ),
    (
        "Men's woven cotton shirts, long sleeve, style 4410",
        "6205.20.2016",
        "outerwear for men",
        "cotton 100% by weight",
    ),
    (
        "LED downlight fixtures for ceiling installation, model KL-6",
        "9405.11.4010",
        "illumination of interior rooms",
        "aluminum housing 70%, polycarbonate lens 20%, electronics 10% by weight",
    ),
    (
        "Bicycle disc brake calipers, hydraulic, part no. NC-220",
        "8714.94.9030",
        "braking of bicycles",
        "aluminum 80%, steel 15%, rubber seals 5% by weight",
    ),
    (
        "Glazed porcelain floor tiles, 60 x 60 cm",
        "6907.22.0000",
        "covering floors in homes and offices",
        "porcelain body with glaze, 100% ceramic",
    ),
    (
        "Garden hose reels of powder-coated steel, model SG-100",
        "7326.90.8688",
        "storing garden hoses",
        "steel 85%, plastic handle 15% by weight",
    ),
    (
        "Wireless earphones with charging case, model LB-22",
        "8518.30.2000",
        "listening to audio from phones",
        "plastics 60%, electronics 35%, silicone 5% by weight",
    ),
    (
        "Upholstered wooden dining chairs, models CH-12 and CH-14",
        "9401.61.6011",
        "seating in dining rooms",
        "beech wood 65%, polyester fabric 20%, foam 15% by weight",
    ),
    (
        "Cordless hand drills, 18 volt, model RT-18",
        "8467.21.0010",
        "drilling holes in wood and metal",
        "plastics 45%, steel 35%, battery 20% by weight",
    ),
    (
        "Marine bilge pumps, 12 volt, 1100 gph",
        "8413.70.2004",
        "removing water from boat hulls",
        "ABS plastic 55%, copper windings 30%, steel 15% by weight",
    ),
]

CATEGORY_WORDS = {
    "classification": (
        "classification and rate of duty",
        "the merchandise was classified in the wrong subheading",
    ),
    "appraised_value": (
        "appraised value",
        "the transaction value was increased by assists that were never provided",
    ),
    "charges": (
        "merchandise processing fee charges",
        "the merchandise processing fee was assessed above the statutory maximum",
    ),
}


def rng_for(kind: str, index: int, seed: int) -> random.Random:
    return random.Random(f"fiftyninth/{kind}/{index}/{seed}")


def make_entry(r: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{r.randrange(10**7):07d}")


def filer_code(r: random.Random) -> str:
    letters = "ABCDEFGHI0123456789"
    return "".join(r.choice(letters) for _ in range(3))


def ior(r: random.Random) -> str:
    return f"{r.randrange(10, 99)}-{r.randrange(10**7):07d}"
