"""Invented parties, goods, people and ports, and the ways senders print dates and money."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import Decimal

from bench.corpus_twentyninth.law import check_digit

FIRMS = [
    ("Blue Heron Outdoor Gear, Inc.", ["1420 Industrial Parkway", "Tacoma, WA 98421"]),
    ("Calloway & Finch Home Goods LLC", ["88 Harbor View Road, Unit 4", "Portland, ME 04101"]),
    ("Desert Sun Ceramics Co.", ["2250 E. Broadway Blvd.", "Tucson, AZ 85719"]),
    ("Great Lakes Auto Components Corp.", ["4100 Dix Highway", "Lincoln Park, MI 48146"]),
    ("O'Rourke Musical Instruments, Inc.", ["19 Tremont Row", "Boston, MA 02108"]),
    ("Ridgeline Apparel Group LLC", ["610 West 34th Street, 9th Floor", "New York, NY 10001"]),
    ("Sandpiper Kitchenware Ltd.", ["7 Quayside Drive", "Wilmington, NC 28401"]),
    ("Prairie Wind Lighting Co.", ["3310 North Loop West, Suite 200", "Houston, TX 77092"]),
    ("Alder & Ash Furniture Imports", ["55 Furniture Row", "High Point, NC 27260"]),
    ("Copper Kettle Tea Traders, Inc.", ["901 Pier Avenue", "Santa Monica, CA 90405"]),
    ("Nordlys Marine Electronics USA", ["2 Waterfront Plaza", "Seattle, WA 98104"]),
    ("Hollis <Bright> Toys Co.", ["40 Commerce Way", "Secaucus, NJ 07094"]),
    ("Fenwick Medical Devices, Inc.", ["1200 Research Blvd.", "Rockville, MD 20850"]),
    ("Magellan Bicycle Works LLC", ["77 Velo Lane", "Boulder, CO 80301"]),
]

BROKERS = [
    (
        "Gateway Freight Forwarding, Inc.",
        ["Cargo Building 9, JFK International Airport", "Jamaica, NY 11430"],
    ),
    (
        "Pacific Rim Logistics & Customs Services",
        ["20000 S. Western Avenue, Suite 110", "Torrance, CA 90501"],
    ),
    ("Lone Star Customs Brokerage Co.", ["1810 Port Road", "Laredo, TX 78045"]),
    ("Tidewater Trade Services LLC", ["600 Terminal Blvd.", "Norfolk, VA 23505"]),
]

LAW_FIRMS = [
    (
        "Ashworth, Kimura & Delacroix LLP",
        ["1101 Pennsylvania Avenue NW, Suite 600", "Washington, DC 20004"],
    ),
    ("Brennan Soto Whitcombe PLLC", ["One Liberty Plaza, 23rd Floor", "New York, NY 10006"]),
    (
        "Halvorsen & Iqbal, Attorneys at Law",
        ["400 Capitol Mall, Suite 1900", "Sacramento, CA 95814"],
    ),
]

PEOPLE = [
    "Dolores M. Ferreira",
    "Kenneth J. Abernathy",
    "Yuki Tanabe",
    "Rafael Quintero-Lopez",
    "Adaeze Okafor",
    "Thomas P. McAllister",
    "Ingeborg Lund",
    "Samuel R. Whitfield",
    "Priyanka Desai",
    "Gareth Llewellyn",
    "Marisol Acevedo",
    "Jonathan K. Chu",
]

TITLES = [
    "Trade Compliance Manager",
    "Director, Customs Compliance",
    "Import Manager",
    "Vice President, Operations",
    "Licensed Customs Broker",
    "Counsel",
]

PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1401", "Norfolk"),
    ("1704", "Savannah"),
    ("0401", "Boston"),
    ("2304", "Laredo"),
    ("3901", "Chicago"),
    ("5201", "Miami"),
]

GOODS = [
    ("Insulated stainless steel food jars, 16 oz., model FJ-16", "7323.93.0080", "food jar"),
    ("Polyester fleece pullover jackets for women, style PF-220", "6110.30.3053", "fleece jacket"),
    ("LED linear high-bay light fixtures, 150 W, model HB-150", "9405.11.4010", "light fixture"),
    ("Acoustic guitars with spruce tops, model AG-40", "9202.90.2000", "acoustic guitar"),
    ("Stoneware dinner plates, 27 cm, reactive glaze, item SP-27", "6912.00.4400", "dinner plate"),
    (
        "Brake rotors of gray cast iron for passenger cars, part nos. BR-310 to BR-318",
        "8708.30.5090",
        "brake rotor",
    ),
    ("Folding aluminum camp chairs with polyester seats, model CC-9", "9401.71.0011", "camp chair"),
    ("Children's wooden stacking toys, 12-piece sets, item WT-12", "9503.00.0073", "stacking toy"),
    ("Marine GPS chart plotters with 7-inch displays, model NX-7", "8526.91.0040", "chart plotter"),
    ("Black tea in bulk, not flavored, packed in 50 kg sacks", "0902.40.0000", "bulk black tea"),
]

FILERS = ["B7C", "A2D", "E1F", "G4H", "C3I", "H8A", "D5B", "F6E", "9A1", "IB2"]


@dataclass
class Party:
    name: str
    address: list[str]

    @property
    def joined(self) -> str:
        return ", ".join(self.address)


def pick_party(rnd: random.Random, pool: list[tuple[str, list[str]]]) -> Party:
    name, lines = rnd.choice(pool)
    return Party(name, list(lines))


def ein(rnd: random.Random) -> str:
    return f"{rnd.randint(11, 98)}-{rnd.randint(1000000, 9999999)}"


def entry_number(rnd: random.Random, filer: str) -> str:
    serial = f"{rnd.randint(0, 9999999):07d}"
    return f"{filer}-{serial}-{check_digit(filer, serial)}"


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

DATE_STYLES = ["long", "slash", "dmy", "iso", "abbr", "upper"]


def fmt_date(day: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "slash":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    if style == "upper":
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3].upper()}-{day.year}"
    return day.isoformat()


MONEY_STYLES = ["dollar", "usd", "plain", "nocomma"]


def fmt_money(value: Decimal, style: str) -> str:
    text = f"{value:,.2f}"
    if style == "dollar":
        return "$" + text
    if style == "usd":
        return "USD " + text
    if style == "nocomma":
        return "$" + f"{value:.2f}"
    return text
