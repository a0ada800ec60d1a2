"""Date and money habits, and the pools names and goods are drawn from."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import TypeVar

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


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DATE_STYLES: dict[str, Callable[[dt.date], str]] = {
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "iso": lambda d: d.isoformat(),
    "dmy-upper": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
    "legal": lambda d: f"the {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}",
    "weekday": lambda d: f"{d.strftime('%A')}, {d.day} {MONTHS[d.month - 1]} {d.year}",
    "us-slash": lambda d: f"{d.month}/{d.day}/{d.year}",
    "ymd-slash": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
}


def date(style: str, day: dt.date) -> str:
    return DATE_STYLES[style](day)


MONEY_STYLES: dict[str, Callable[[int], str]] = {
    "dollar": lambda c: f"${c // 100:,}.{c % 100:02d}",
    "plain": lambda c: f"{c // 100}.{c % 100:02d}",
    "usd": lambda c: f"USD {c // 100:,}.{c % 100:02d}",
    "trailing": lambda c: f"{c // 100:,}.{c % 100:02d} USD",
}


def money(style: str, cents: int) -> str:
    return MONEY_STYLES[style](cents)


COMPANIES = [
    ("Harrow & Finch Outdoor Goods, Inc.", ["410 Quarry Lane", "Reno, NV 89502"]),
    ("Bluefin Cookware LLC", ["77 Harbor Point Road, Suite 4", "Portland, ME 04101"]),
    ("Ostrava Glassworks USA Corp.", ["2250 Kiln Street", "Toledo, OH 43604"]),
    ("Mesa Verde Tile Imports", ["9 Adobe Court", "Albuquerque, NM 87102"]),
    ("Kettle & Kiln Home Ltd.", ["1180 Mercer Avenue", "Trenton, NJ 08611"]),
    ("Pinecrest Footwear Company", ["35 Tannery Row", "Brockton, MA 02301"]),
    ("Lumen Arc Lighting Inc.", ["600 Filament Way", "San Jose, CA 95112"]),
    ("Saguaro Saddlery Co.", ["18 Stirrup Road", "Tucson, AZ 85701"]),
    ("Northgate Bicycle Parts LLC", ["4021 Sprocket Drive", "Madison, WI 53704"]),
    ("O'Dowd Textile Traders", ["52 Linen Hall Street", "Charlotte, NC 28202"]),
    ("Redwing Marine Supply Corp.", ["1 Wharf Street, Pier 9", "Tacoma, WA 98421"]),
    ("Calloway Pet Products, Inc.", ["880 Kennel Boulevard", "Columbus, OH 43215"]),
]
PEOPLE = [
    "Teresa M. Okafor",
    "Gunnar Halvorsen",
    "Priya Raghunathan",
    "Dolores Ybarra",
    "Walter J. Kusnierz",
    "Aiko Tanabe",
    "Bernard Ashworth-Pike",
    "Lucia Ferreira",
    "Declan O'Rourke",
    "Mariam Haddad",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3901", "Chicago"),
    ("5301", "Houston"),
    ("1703", "Savannah"),
    ("3002", "Seattle"),
    ("0901", "Buffalo"),
    ("2809", "San Francisco"),
]
GOODS = [
    (
        "Enamelled cast-iron casseroles, 5.5 quart, item nos. CI-550 and CI-552",
        "7323.91.5020",
        "cast iron 92% by weight, vitreous enamel 8%",
        "household cooking",
    ),
    (
        "Men's leather work boots with steel safety toe caps, style WB-7",
        "6403.40.6030",
        "leather upper, rubber outer sole, steel toe cap",
        "occupational footwear",
    ),
    (
        "LED high-bay luminaires, 150 W, model HB-150",
        "9405.11.4010",
        "aluminium housing 70% by value, LED modules 25%, driver 5%",
        "lighting warehouses",
    ),
    (
        "Woven cotton bath towels, 600 g/m2, dyed",
        "6302.60.0020",
        "100% cotton terry",
        "household bath linen",
    ),
    (
        "Glazed ceramic floor tiles, 30 x 30 cm",
        "6907.22.0000",
        "glazed ceramic, water absorption 0.3%",
        "floor covering in homes",
    ),
    (
        "Aluminium bicycle crank sets, 170 mm, model CR-17",
        "8714.96.9000",
        "forged aluminium alloy 6061",
        "replacement parts for bicycles",
    ),
    (
        "Stainless steel dog bowls, 2 litre, non-skid base",
        "7323.93.0080",
        "stainless steel 90% by weight, silicone ring 10%",
        "feeding household pets",
    ),
]
FILERS = ["A7B", "C2D", "9E1", "H4F", "B3G", "I5C", "6AD", "E8H"]


T = TypeVar("T")


def pick(rng: random.Random, pool: list[T]) -> T:
    return pool[rng.randrange(len(pool))]
