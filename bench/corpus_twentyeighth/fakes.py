"""Parties, goods, ports and the printed styles of dates and money a sender may use."""

from __future__ import annotations

import datetime as dt
import random

from bench.corpus_twentyeighth.law import entry_number

FIRMS = [
    ("Cobalt Ridge Outfitters, Inc.", ("1420 Foundry Lane", "Boise, ID 83702")),
    ("Tamarack & Sons Hardware Co.", ("88 Wharf Street, Unit 4", "Portland, ME 04101")),
    ("Bluewater Aquatics LLC", ("3100 Harbor View Road", "Suite 220", "Tampa, FL 33602")),
    ("Pinecrest Lighting Corp.", ("615 Elm Avenue", "Grand Rapids, MI 49503")),
    ("Sundial Textile Group, L.P.", ("2200 Commerce Parkway", "Charlotte, NC 28217")),
    ("Marlowe's Fine Cookware Ltd.", ("47 Bleecker Street, 5th Floor", "New York, NY 10012")),
    ("Redfield Agricultural Supply, Inc.", ("9020 Prairie Road", "Omaha, NE 68127")),
    ("Orchid Bay Cosmetics, Inc.", ("1 Seaport Plaza", "Long Beach, CA 90802")),
    ("Kestrel Motion Systems Inc.", ("500 Technology Drive", "Suite 140", "Austin, TX 78744")),
    ("Greystone Home & Garden LLC", ("75 Quarry Road", "Columbus, OH 43215")),
    ("Alder Point Medical Devices, Inc.", ("12 Research Circle", "Salt Lake City, UT 84108")),
    ("Copperline Cable Company", ("4404 Industrial Boulevard", "Houston, TX 77029")),
]
BROKERS = [
    ("Harbor Gate Customs Brokerage, Inc.", ("210 Port Authority Way", "Elizabeth, NJ 07201")),
    ("Lindqvist & Ortega Customs Services", ("18 Cargo Plaza, Bldg. B", "Jamaica, NY 11430")),
    ("Westmark Trade Compliance LLC", ("9900 Airport Center Drive", "Seattle, WA 98188")),
]
LAW_FIRMS = [
    ("Abernathy, Cole & Nakamura LLP", ("1750 K Street, N.W., Suite 800", "Washington, DC 20006")),
    ("Delacroix Whitfield PLLC", ("One Liberty Place, 32nd Floor", "Philadelphia, PA 19103")),
    ("Sato Brennan Trade Law Group", ("400 Montgomery Street", "San Francisco, CA 94104")),
]
SURETIES = [
    ("Great Lakes Indemnity Company", ("300 Wacker Drive, 12th Floor", "Chicago, IL 60606")),
]
PEOPLE = [
    ("Eleanor J. Vasquez", "Vice President, Operations"),
    ("Tobias Whitcombe", "Import Manager"),
    ("Priya Raghunathan", "Director of Trade Compliance"),
    ("Gerald M. Okafor", "President"),
    ("Hannah K. Lindstrom", "Trade Compliance Manager"),
    ("Marcus Delgado", "Compliance Specialist"),
    ("Yvonne Achterberg", "General Counsel"),
    ("Samuel T. Birch", "Chief Financial Officer"),
    ("Rosalind Featherstone", "Logistics Director"),
    ("Daniel Oyelaran", "Supply Chain Manager"),
]
BROKER_STAFF = ["Wendell P. Asante", "Lucia Ferreira-Boyd", "Kenji Morimoto"]
COUNSEL_STAFF = [
    ("Margaret L. Sorensen", "Partner"),
    ("Julian Okonkwo-Reyes", "Counsel"),
    ("Beatrice Hallorann", "Associate"),
]
OFFICERS = [
    ("Carla M. Jennings", "Supervisory Import Specialist"),
    ("Victor Alvarado", "Fines, Penalties & Forfeitures Officer"),
    ("Renee Castellano", "Special Agent"),
    ("Bernard Yoon", "Entry Specialist"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York/Newark"),
    ("1703", "Savannah"),
    ("3002", "Seattle"),
    ("5301", "Houston"),
    ("0401", "Boston"),
    ("1601", "Charleston"),
    ("3901", "Chicago"),
    ("5201", "Miami"),
    ("2809", "San Francisco"),
]
GOODS = [
    (
        "Stainless steel insulated beverage bottles, 20 oz and 32 oz, with polypropylene lids",
        "7323.93.0080",
        "beverage bottles",
        "stainless steel (84% by weight), polypropylene (16%)",
    ),
    (
        "Men's waterproof hiking boots with rubber outer soles and textile uppers, style HB-220",
        "6404.19.3960",
        "hiking boots",
        "rubber sole (45%), nylon textile upper (40%), EVA midsole (15%)",
    ),
    (
        "LED desk lamps with adjustable aluminum arms and USB charging port, model DL-9",
        "9405.21.8000",
        "desk lamps",
        "aluminum (55%), ABS plastic (30%), electronics (15%)",
    ),
    (
        "Cotton terry bath towels, 27 x 54 inches, dyed",
        "6302.60.0020",
        "bath towels",
        "cotton (100% by weight)",
    ),
    (
        "Enameled cast iron dutch ovens, 5.5 quart, with lids",
        "7323.91.5020",
        "dutch ovens",
        "cast iron (92%), vitreous enamel (8%)",
    ),
    (
        "Brushless DC motors, 48 V, output 750 W, for industrial conveyors",
        "8501.32.2000",
        "brushless motors",
        "steel (50%), copper windings (30%), aluminum housing (20%)",
    ),
    (
        "Plastic garden hose reels with steel crank, wall-mounted",
        "3926.90.9985",
        "hose reels",
        "polypropylene (70%), steel (30%)",
    ),
    (
        "Disposable nitrile examination gloves, powder-free, boxes of 100",
        "4015.12.1010",
        "nitrile gloves",
        "nitrile rubber (100%)",
    ),
]
FILERS = ["AB1", "C4D", "EF2", "G7H", "I3A", "B8C", "D5E", "H2F", "9BA", "FG6"]
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
DATE_STYLES = ["long", "us", "dmy", "iso", "abbr"]


def date_text(day: dt.date, style: str) -> str:
    """A date printed the way the sender's style does."""
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    return day.isoformat()


def money_text(cents: int, style: str) -> str:
    """Money as '$1,234.56', 'USD 1,234.56' or '1,234.56' (the column says dollars)."""
    figure = f"{cents // 100:,}.{cents % 100:02d}"
    return {"dollar": f"${figure}", "usd": f"USD {figure}"}.get(style, figure)


def ein(rng: random.Random) -> str:
    return f"{rng.randint(11, 98)}-{rng.randint(1000000, 9999999)}"


def new_entry(rng: random.Random, filer: str) -> str:
    return entry_number(filer, f"{rng.randint(0, 9999999):07d}")


def pick_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A date in [start, end], never February 29 (five-year limits stay plain)."""
    while True:
        day = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        if (day.month, day.day) != (2, 29):
            return day


def address(parts: tuple[str, ...]) -> str:
    return ", ".join(parts)
