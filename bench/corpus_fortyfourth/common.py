"""Shared pools and printing habits of the forty-fourth hand's senders."""

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


def fmt_date(day: dt.date, habit: int) -> str:
    """Seven date habits."""
    m = MONTHS[day.month - 1]
    habit %= 7
    if habit == 0:
        return f"{m} {day.day}, {day.year}"
    if habit == 1:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if habit == 2:
        return day.isoformat()
    if habit == 3:
        return f"{day.day} {m} {day.year}"
    if habit == 4:
        return f"{m[:3]}. {day.day}, {day.year}" if m != "May" else f"May {day.day}, {day.year}"
    if habit == 5:
        return f"{day.day:02d}-{m[:3].upper()}-{day.year}"
    suffix = (
        "th" if 10 < day.day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day.day % 10, "th")
    )
    return f"{m} {day.day}{suffix}, {day.year}"


def fmt_money(cents: int, habit: int) -> str:
    """Five money habits."""
    body = f"{cents // 100:,}.{cents % 100:02d}"
    habit %= 5
    if habit == 0:
        return "$" + body
    if habit == 1:
        return body
    if habit == 2:
        return "USD " + body
    if habit == 3:
        return "$ " + body
    return body + " USD"


PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1601", "Charleston"),
    ("3002", "Seattle"),
    ("1303", "Baltimore"),
    ("4601", "Newark"),
]

COMPANIES = [
    ("Halvorsen Outdoor Gear Inc.", ["1120 Tamarack Way", "Duluth, MN 55802"]),
    ("Blue Heron Ceramics LLC", ["48 Kiln Street, Suite 3", "Asheville, NC 28801"]),
    ("Quarry & Vine Imports Co.", ["900 Harbor Loop", "Tacoma, WA 98421"]),
    ("Marisol Textile Group, Inc.", ["2250 NW 79th Avenue", "Doral, FL 33122"]),
    ("Okafor Lighting Supply LLC", ["17 Foundry Lane", "Pawtucket, RI 02860"]),
    ("Pinecrest Bicycle Works", ["3300 Spokes Road", "Boulder, CO 80301"]),
    ("Tanaka-Reyes Kitchenware Corp.", ["615 Commerce Parkway", "Carson, CA 90746"]),
    ("Greystone Tool & Die Co.", ["81 Anvil Drive", "Toledo, OH 43612"]),
    ("Lindqvist Audio AB (USA) Inc.", ["400 Sound Avenue, Floor 2", "Nashville, TN 37203"]),
    ("Ferro Brothers Marble Inc.", ["12 Quarry Road", "Barre, VT 05641"]),
]

PEOPLE = [
    "Dana K. Whitcombe",
    "Rafael Montoya-Ibarra",
    "Priya Venkataraman",
    "Owen T. Gallagher",
    "Henrietta Osei",
    "Marcus J. Lindgren",
    "Sofia Castellano",
    "Bernard Achterberg",
    "Ingrid Nakamura",
    "Tobias Featherstone",
]

GOODS = [
    ("Stainless steel vacuum-insulated bottles, 750 ml", "9617.00.1000"),
    ("Glazed stoneware dinner plates, 27 cm", "6912.00.4810"),
    ("LED panel luminaires for suspended ceilings", "9405.11.4010"),
    ("Men's cotton woven flannel shirts", "6205.20.2016"),
    ("Aluminium bicycle frames, unassembled", "8714.91.3000"),
    ("Polyester knit fleece blankets", "6301.40.0020"),
    ("Bluetooth portable speakers with rechargeable battery", "8518.22.0000"),
    ("Cordless angle grinders, 18 volt", "8467.29.0090"),
]


def ein(rng: random.Random) -> str:
    """An EIN, sometimes with a two-digit suffix."""
    base = f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"
    return base + ("00" if rng.random() < 0.25 else "")


def filer(rng: random.Random) -> str:
    """A filer code of letters A..I and digits (no VERIFY letters)."""
    pool = "ABCDEFGHI123456789"
    return rng.choice("ABCDEFGHI") + rng.choice(pool) + rng.choice(pool)
