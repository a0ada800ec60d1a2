"""Who writes: importers, brokers, ports, people and goods that the cases draw from."""

from __future__ import annotations

import random
from dataclasses import dataclass

from .law import entry_number

FIRMS = (
    ("Bluewater Kayak Outfitters LLC", ("418 Harbor Point Road", "Bellingham, WA 98225")),
    ("Granite State Fastener Co.", ("77 Depot Street", "Suite 3", "Keene, NH 03431")),
    ("Prairie Lantern Home Goods, Inc.", ("2150 West Cornhusker Hwy", "Lincoln, NE 68521")),
    ("Ocotillo Solar Components Corp.", ("9901 E. Via Linda", "Scottsdale, AZ 85258")),
    ("Tidewater Ceramic Tile Inc.", ("6 Industrial Park Drive", "Chesapeake, VA 23320")),
    ("Sandhill Crane Textiles Ltd.", ("1300 Commerce Avenue", "Unit B", "Kearney, NE 68847")),
    ("Hollis & Vane Audio Co.", ("52 Mercer Street", "New York, NY 10013")),
    ("Redbud Orchard Supply LLC", ("4420 Route 9 North", "Hudson, NY 12534")),
    ("Copperline Marine Hardware Inc.", ("310 Ferry Street", "Tacoma, WA 98421")),
    ("Keystone Brewing Equipment Co.", ("1801 Liberty Avenue", "Pittsburgh, PA 15222")),
    ("Mesa Verde Outdoor Furniture LLC", ("7715 Montano Road NW", "Albuquerque, NM 87120")),
    ("Lakeshore Bicycle Works, Inc.", ("66 Water Street", "Sheboygan, WI 53081")),
)
PEOPLE = ("Dolores M. Fitzgerald", "Raymond T. Oyelaran", "Priya Venkataraman",
          "Walter J. Kuznetsov",
          "Annette Boudreaux", "Hector L. Saldana", "Miriam Castellanos", "Gordon E. Pruitt",
          "Yuki Tanabe-Moore", "Lawrence D. Achebe", "Colleen R. Haverford", "Stanislav Petrenko")
PORTS = (("2704", "Los Angeles"), ("1001", "New York"), ("3001", "Seattle"), ("5301", "Houston"),
         ("1303", "Baltimore"), ("3901", "Chicago"), ("2809", "San Francisco"), ("1401", "Norfolk"))
FILERS = ("ABC", "BDE", "CFG", "DAH", "EGI", "FBC", "GHA", "HID", "IAE", "ACE")
GOODS = (
    ("Polyethylene sit-on-top kayaks, 10 ft, model BK-310", "3926.90.9985",
     "recreational paddling"),
    ("Zinc-plated steel hex flange bolts, M8 x 25", "7318.15.2095", "assembly of trailers"),
    ("Battery-operated LED table lanterns with glass shades", "9405.21.6000", "home lighting"),
    ("Aluminum solar panel mounting rails, 2.4 m", "7610.90.0080", "rooftop solar mounting"),
    ("Glazed porcelain floor tiles, 600 x 600 mm", "6907.22.9000", "floor covering"),
    ("Woven cotton canvas, unbleached, 280 g/m2", "5209.11.0035", "making tote bags"),
    ("Passive two-way bookshelf loudspeakers, walnut veneer", "8518.22.0000", "home audio"),
    ("Stainless steel pruning shears with nylon grips", "8201.50.0000", "orchard pruning"),
    ("Cast bronze marine cleats, 8 inch", "7419.80.5050", "mooring small boats"),
    ("Stainless steel conical fermenters, 7 bbl", "8438.40.0000", "commercial brewing"),
)


@dataclass(frozen=True)
class Party:
    name: str
    address: tuple[str, ...]
    ior: str
    signer: str
    title: str

    @property
    def joined(self) -> str:
        return ", ".join(self.address)


def party(rng: random.Random) -> Party:
    name, address = rng.choice(FIRMS)
    ior = f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"
    title = rng.choice(("President", "Owner", "Import Manager", "Director of Logistics",
                        "Trade Compliance Manager", "Purchasing Manager"))
    return Party(name, address, ior, rng.choice(PEOPLE), title)


HOMES = (("1147 Linden Avenue", "Apt 2", "Oak Park, IL 60302"),
         ("23 Saltmarsh Lane", "Mystic, CT 06355"), ("8840 Quail Run Drive", "Boise, ID 83709"))


def person(rng: random.Random) -> Party:
    """A private traveller: a home address and no importer number on the referral."""
    who = rng.choice(PEOPLE)
    return Party(who, rng.choice(HOMES), "", who, "")


def entry(rng: random.Random, filer: str) -> str:
    return entry_number(filer, f"{rng.randint(0, 9999999):07d}")
