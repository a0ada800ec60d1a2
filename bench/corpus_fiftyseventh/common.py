"""Shared pools, printed forms of dates and money, and the block vocabulary both producers draw."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import law

Block = tuple[Any, ...]

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip

COMPANIES = [
    ("Quillfeather Stationery Inc.", "812 Harbor Loop Road", "Tacoma, WA 98421"),
    ("Bramblewood Outdoor Gear LLC", "40 Foundry Street, Suite 3", "Lowell, MA 01852"),
    ("Kestrel Ridge Optics Corp.", "2250 Canyon Park Drive", "Boise, ID 83704"),
    ("Marlowe and Finch Housewares Co.", "17 Wharf Lane", "Savannah, GA 31401"),
    ("Tamarack Valley Foods Inc.", "905 Elevator Row", "Fargo, ND 58102"),
    ("Silverline Dental Supply LLC", "3300 Research Parkway", "Durham, NC 27713"),
    ("Copperleaf Lighting Group Inc.", "61 Kiln Road", "Trenton, NJ 08611"),
    ("Oriel Bay Textiles Corp.", "1480 Mill Pond Avenue", "Fall River, MA 02720"),
    ("Pinecrest Auto Parts Distributors LLC", "7020 Interstate Court", "Memphis, TN 38118"),
    ("Halvorsen Marine Hardware Inc.", "22 Pier Nine Road", "Duluth, MN 55802"),
    ("Sunfield Garden Products Co.", "455 Orchard Boulevard", "Fresno, CA 93721"),
    ("Ridgeway Medical Devices Inc.", "9 Commerce Circle", "Warwick, RI 02886"),
    ("Lanternfly Toys and Games LLC", "310 Cedar Crossing", "Allentown, PA 18109"),
    ("Westbrook Ceramic Tile Corp.", "88 Clay Pit Road", "El Paso, TX 79907"),
]
PEOPLE = [
    "Eleanor J. Vasquez", "Theodore R. Mbeki", "Harriet L. Okonkwo", "Samuel P. Lindqvist",
    "Priya N. Raghunathan", "Gregory T. Castellano", "Miriam E. Adebayo", "Conrad W. Hollis",
    "Yvonne S. Takahashi", "Leopold A. Dufresne", "Beatrice K. Novak", "Oliver M. Santangelo",
]  # fmt: skip
PORTS = [
    ("2704", "Los Angeles"), ("1001", "New York"), ("5301", "Houston"), ("3002", "Seattle"),
    ("1601", "Charleston"), ("3901", "Chicago"), ("1303", "Baltimore"), ("2809", "San Francisco"),
]  # fmt: skip
FILERS = ["ABC", "DE4", "H2B", "9CF", "B7G", "EA1", "F3D", "GH8"]  # letters A..I only


def pick(rng: random.Random, seq: list[Any]) -> Any:
    return seq[rng.randrange(len(seq))]


def ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def entry(rng: random.Random, filer: str) -> str:
    return law.entry_number(filer, f"{rng.randint(0, 9999999):07d}")


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    return d.isoformat()


DATE_STYLES = ["long", "dmy", "us", "dash", "abbr", "iso"]


def money(cents: int, style: str = "$") -> str:
    s = f"{cents // 100:,}.{cents % 100:02d}"
    if style == "$":
        return "$" + s
    if style == "USD":
        return "USD " + s
    return s


def dollars(cents: int | None) -> float | None:
    return None if cents is None else round(cents / 100, 2)


def business_after(d: dt.date, days: int) -> dt.date:
    d += dt.timedelta(days=days)
    while not law.business_day(d):
        d += dt.timedelta(days=1)
    return d
