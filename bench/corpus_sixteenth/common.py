"""What every document shares: a built case, date and money styles, names and places."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from bench.corpus_sixteenth.layout import Document

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
SHORT = [
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


@dataclass
class Built:
    """One document: its page model, its truth, and the printed texts of its scored values."""

    kind: str
    case: str
    producer: str
    args: list[str]
    values: dict[str, Any]
    decision: dict[str, Any]
    doc: Document
    needles: list[str]
    not_scored: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "case": self.case,
            "args": self.args,
            "values": self.values,
            "decision": self.decision,
        }
        if self.not_scored:
            out["not_scored"] = self.not_scored
        return out


def date_style(rng: random.Random) -> int:
    """One of the date styles a US sender's software or typist uses."""
    return rng.randrange(7)


def fmt_date(day: date, style: int) -> str:
    """DAY printed in STYLE (see date_style)."""
    if style == 0:
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == 1:
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == 2:
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == 3:
        return f"{SHORT[day.month - 1]} {day.day}, {day.year}"
    if style == 4:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == 5:
        return day.isoformat()
    return f"{day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"


def fmt_money(value: Decimal, style: int) -> str:
    """VALUE printed in one of five money styles."""
    grouped = f"{value:,.2f}"
    return [f"${grouped}", f"{value:.2f}", f"USD {grouped}", f"${grouped} USD", grouped][style % 5]


def pick(rng: random.Random, options: list[str]) -> str:
    return options[rng.randrange(len(options))]


COMPANIES = [
    ("Bluewater Outfitters Inc.", "1180 Harbor Point Road", "Tacoma, WA 98421"),
    ("Granite Peak Tool Supply LLC", "42 Quarry Lane, Suite 300", "Barre, VT 05641"),
    ("Meridian Home & Garden Co.", "9001 Commerce Parkway", "Plano, TX 75024"),
    ("Sable Creek Textiles, Inc.", "310 Loom Street", "Greensboro, NC 27401"),
    ("Northfield Lighting Corporation", "77 Filament Avenue", "Elgin, IL 60120"),
    ("Kestrel Audio Devices LLC", "2500 Signal Hill Drive", "Long Beach, CA 90755"),
    ("Copperline Kitchenware Ltd.", "15 Foundry Court", "Wilmington, DE 19801"),
    ("Pinecrest Pet Products, Inc.", "600 Kennel Club Road", "Boise, ID 83702"),
    ("Harborview Marine Electronics Co.", "88 Wharf Street", "Portland, ME 04101"),
    ("Tallgrass Bicycle Works LLC", "1414 Prairie Avenue", "Omaha, NE 68102"),
    ("Ochre & Ash Furniture Inc.", "230 Mill Pond Road", "High Point, NC 27260"),
    ("Larkspur Medical Supply Corp.", "5 Clinic Way", "Columbus, OH 43215"),
    ("Redfern Sporting Goods LLC", "3030 Stadium Boulevard", "Kansas City, MO 64129"),
    ("Silverleaf Tea Importers Inc.", "19 Chai Row", "Savannah, GA 31401"),
]
PEOPLE = [
    "Dana R. Whitcomb",
    "Luis A. Ferreira",
    "Priya N. Raman",
    "Thomas J. Okafor",
    "Helen M. Castellano",
    "Gregory P. Lindqvist",
    "Aiko S. Tanabe",
    "Marcus D. Bell",
    "Rebecca L. Stroud",
    "Omar K. Haddad",
    "Claire E. Fontaine",
    "Victor T. Nguyen",
]
FIRMS = [
    "Calloway Sterne LLP",
    "Brightwater Trade Advisors",
    "Delacroix & Finch PLLC",
    "Summit Customs Consulting LLC",
    "Ravel Hart Customs Law Group",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("3002", "Seattle"),
    ("5301", "Houston"),
    ("1703", "Savannah"),
    ("3901", "Chicago"),
    ("1401", "Norfolk"),
    ("0401", "Boston"),
    ("2809", "San Francisco"),
    ("5201", "Miami"),
]
FILERS = ["B7C", "EA2", "9DF", "H41", "C3G", "AB6", "F0E", "D2I"]
GOODS = [
    ("insulated stainless steel beverage bottles, 24 oz., model HX-24", "7323.93.0080"),
    ("cordless rotary hammer drills, 20V, model RH-2000", "8467.21.0010"),
    ("men's woven cotton shirts, style 4471", "6205.20.2016"),
    ("LED under-cabinet light bars, model UL-12", "9405.42.8440"),
    ("bluetooth portable speakers, model KA-300", "8518.22.0000"),
    ("enameled cast iron Dutch ovens, 5.5 qt.", "7323.91.5020"),
    ("nylon dog leashes with aluminum clips", "4201.00.3000"),
    ("marine VHF handheld radios, model HV-7", "8525.60.1010"),
    ("bicycle hydraulic disc brake sets", "8714.94.9010"),
    ("upholstered oak lounge chairs, model OA-9", "9401.61.6011"),
]
# Per product: component materials (177.2(b)(2)(ii)(A)) and principal use in the United States.
MAKEUP = {
    GOODS[0][0]: (
        "88% stainless steel, 9% polypropylene lid, 3% silicone seal, by weight",
        "carrying drinks, sold through outdoor and sporting-goods retailers",
    ),
    GOODS[1][0]: (
        "62% steel, 25% glass-filled nylon housing, 13% copper windings, by weight",
        "drilling masonry on construction sites",
    ),
    GOODS[2][0]: ("100% cotton woven poplin, by weight", "men's casual wear, sold at retail"),
    GOODS[3][0]: (
        "70% aluminum housing, 20% polycarbonate diffuser, 10% electronics, by value",
        "lighting kitchen work surfaces in homes",
    ),
    GOODS[4][0]: (
        "55% ABS plastic, 25% electronics, 20% lithium-ion battery, by value",
        "playing music from phones, sold through electronics retailers",
    ),
    GOODS[5][0]: (
        "96% cast iron, 4% vitreous enamel coating, by weight",
        "cooking in household kitchens",
    ),
    GOODS[6][0]: ("80% nylon webbing, 20% aluminum clip, by weight", "walking pet dogs"),
    GOODS[7][0]: (
        "60% polycarbonate housing, 40% electronics and battery, by value",
        "ship-to-ship voice communication on recreational boats",
    ),
    GOODS[8][0]: (
        "65% aluminum, 25% steel rotors, 10% mineral oil and hoses, by weight",
        "braking on mountain bicycles, sold to bicycle makers and shops",
    ),
    GOODS[9][0]: (
        "75% oak wood, 15% polyurethane foam, 10% polyester fabric, by weight",
        "seating in homes",
    ),
}
