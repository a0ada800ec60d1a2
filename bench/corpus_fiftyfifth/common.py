"""Shared pools and printing formats. Every scored value is printed through these, ASCII only."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

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
ABBR = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date_fmt(day: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    if style == "dash":
        return f"{day.day:02d}-{SHORT[day.month - 1]}-{day.year}"
    return day.isoformat()


def money(cents: int, style: str = "dollar") -> str:
    whole, frac = divmod(cents, 100)
    body = f"{whole:,}.{frac:02d}"
    if style == "plain":
        return f"{whole}.{frac:02d}"
    if style == "usd":
        return f"USD {body}"
    if style == "bare":
        return body
    return f"${body}"


COMPANIES = [
    ("Tidewater Galley Supply Co.", "418 Front Street", "Norfolk, VA 23510"),
    ("Bluegill Outdoor Gear, Inc.", "7700 Lakeshore Parkway", "Duluth, MN 55802"),
    ("Marisol Textile Imports LLC", "2150 NW 79th Avenue", "Doral, FL 33122"),
    ("Granite Peak Tool Works Inc.", "96 Quarry Road", "Barre, VT 05641"),
    ("Harbor & Finch Home Goods LLC", "3301 Industrial Way", "Tacoma, WA 98421"),
    ("Kestrel Lighting Corporation", "1045 Commerce Drive", "Elk Grove Village, IL 60007"),
    ("Sandoval Ceramics Ltd.", "580 Kino Parkway", "Tucson, AZ 85719"),
    ("Northgate Bicycle Parts Inc.", "12 Spoke Lane", "Portland, OR 97217"),
    ("Copper Kettle Cookware LLC", "860 Foundry Street", "Youngstown, OH 44502"),
    ("Prairie Wind Apparel Co.", "4400 Cornhusker Highway", "Lincoln, NE 68504"),
    ("Atlas Marine Hardware Inc.", "2209 Harbor Boulevard", "Wilmington, NC 28401"),
    ("Juniper & Vale Stationery LLC", "77 Mill Street", "Burlington, VT 05401"),
    ("Redwood Audio Systems Inc.", "1500 Bayshore Road", "San Jose, CA 95112"),
    ("Lone Star Saddlery Company", "309 Stockyards Road", "Fort Worth, TX 76164"),
]
PEOPLE = [
    "Evelyn R. Castellano",
    "Darnell T. Whitaker",
    "Priya N. Raghunathan",
    "Tomasz Kowalczyk",
    "Harriet M. Oyelaran",
    "Gregory P. Lindqvist",
    "Maribel Ochoa-Reyes",
    "Winston J. Abernathy",
    "Sunita K. Bhandari",
    "Conrad A. Fairweather",
    "Lucinda B. Marchetti",
    "Oluwaseun Adebayo",
]
FIRMS = [
    ("Whitcombe Brandt LLP", "1100 Connecticut Avenue NW, Suite 800", "Washington, DC 20036"),
    ("Okafor Lindell & Pryce PC", "40 Broad Street, 19th Floor", "New York, NY 10004"),
    ("Delacroix Haines LLP", "600 Travis Street, Suite 2500", "Houston, TX 77002"),
]
BROKERS = [
    ("Meridian Customs Brokerage Inc.", "17 Terminal Way", "Jamaica, NY 11430"),
    ("Palisade Trade Services LLC", "2401 E. Sepulveda Boulevard", "Long Beach, CA 90810"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("1703", "Savannah"),
    ("5301", "Houston"),
    ("3001", "Seattle"),
    ("2809", "San Francisco"),
    ("1401", "Norfolk"),
    ("3901", "Chicago"),
]
FILERS = ["ABC", "DBE", "FGH", "H1C", "E2A", "BD4", "GAF", "C9I"]
GOODS = [
    ("Stainless steel vacuum-insulated tumblers, 20 oz, model VT-20", "7323.93.0080"),
    ("Cotton terry bath towels, jacquard woven, 70 x 140 cm", "6302.60.0020"),
    ("Cordless LED work lights with lithium-ion battery packs", "9405.40.8440"),
    ("Aluminum bicycle rims, 700c, 32-hole", "8714.92.1000"),
    ("Knit cotton polo shirts for men, style 4410", "6105.10.0010"),
    ("Porcelain dinner plates, 27 cm, decal decorated", "6911.10.3810"),
    ("Leather work gloves, unlined, cowhide", "4203.29.3020"),
    ("Hand-operated ratchet wrenches, chrome vanadium", "8204.11.0030"),
    ("Polypropylene storage bins with snap lids", "3924.90.5650"),
    ("Wooden picture frames, pine, assorted sizes", "4414.90.0000"),
]


def ior(rng: random.Random) -> str:
    return f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"


def entries(rng: random.Random, n: int) -> list[str]:
    filer = rng.choice(FILERS)
    return [law.entry_number(filer, rng.randint(1000000, 9999999)) for _ in range(n)]


def weekday_on_or_after(day: dt.date) -> dt.date:
    while not law.is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def truth(
    kind: str,
    family: str,
    case: str,
    style: str,
    args: list[str],
    values: dict[str, Any],
    decision: dict[str, Any],
    not_scored: list[str],
) -> dict[str, Any]:
    return {
        "kind": kind,
        "family": family,
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
