"""Invented importers, agents, people, ports and goods; entry numbers with valid check digits."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.corpus_nineteenth.law import check_digit


@dataclass(frozen=True)
class Party:
    name: str
    address: tuple[str, ...]
    importer_number: str


COMPANIES = [
    ("Halvorsen Marine Supply Co.", ("418 Pier Road", "Tacoma, WA 98421")),
    ("Brightwater Home Goods LLC", ("77 Commerce Park Drive, Suite 210", "Edison, NJ 08837")),
    ("Ostrander & Pike Textiles, Inc.", ("1500 Mill Street", "Greenville, SC 29601")),
    ("Cedar Hollow Outfitters Corp.", ("9 Trailhead Plaza", "Boise, ID 83702")),
    ("Pacifica Kitchenware Imports Inc.", ("2250 East 37th Street", "Vernon, CA 90058")),
    ("Meridian Bicycle Components LLC", ("64 Foundry Lane", "Portland, OR 97217")),
    ("Lakeshore Lighting Distributors, Inc.", ("3300 N. Elston Avenue", "Chicago, IL 60618")),
    ("Tri-County Farm Equipment Co.", ("Route 9, Box 114", "Lancaster, PA 17601")),
    ("Saguaro Ceramic Tile Importers LLC", ("5120 S. 40th Street", "Phoenix, AZ 85040")),
    ("Northbound Audio Systems Inc.", ("12 Harbor View Court", "Portsmouth, NH 03801")),
    ("Gulfport Fastener Supply, Inc.", ("880 Industrial Boulevard", "Mobile, AL 36602")),
    ("Amberleigh Apparel Group LLC", ("1407 Broadway, 23rd Floor", "New York, NY 10018")),
]
AGENTS = [
    ("Whitcombe Brokerage Services, Inc.", ("1 World Trade Lane, Suite 400", "Jamaica, NY 11430")),
    ("Delacroix, Ybarra & Finch LLP", ("1200 K Street NW, Suite 800", "Washington, DC 20005")),
    ("Sorensen Trade Advisory Group", ("455 Market Street, Floor 9", "San Francisco, CA 94105")),
    ("Keystone Customs Consulting LLC", ("30 S. 17th Street", "Philadelphia, PA 19103")),
    ("Marrow & Quayle, Attorneys at Law", ("2 Peachtree Center, Suite 1500", "Atlanta, GA 30303")),
]
PEOPLE = ["Dana R. Whitfield", "Marcus O. Lindqvist", "Priya Venkataraman", "Theodore Ames Boyle",
          "Rosalind Okafor", "Gregory T. Nakashima", "Elena Sokolova-Reyes", "Samuel J. Ferreira",
          "Yvonne Castellanos", "Harold P. Eng", "Beatrice Lowell", "Kwame Asante-Darko"]
TITLES = ["Director of Trade Compliance", "Licensed Customs Broker", "Counsel", "Vice President, "
          "Logistics", "Import Compliance Manager", "Partner", "General Manager"]
PORTS = [("2704", "Los Angeles"), ("1001", "New York"), ("1703", "Savannah"), ("3002", "Seattle"),
         ("5301", "Houston"), ("1601", "Charleston"), ("3901", "Chicago"), ("1303", "Baltimore")]
GOODS = [
    "stainless steel stockpots with tri-ply aluminum-core bases, 8 and 12 quart",
    "men's woven cotton dress shirts, long sleeve, not knitted",
    "LED troffer light fixtures, 2 x 4 ft, with integral drivers",
    "aluminum alloy bicycle crank sets with chainrings",
    "glazed porcelain floor tiles, 600 x 600 mm, water absorption under 0.5 percent",
    "galvanized carbon steel hex bolts, grade 5, threaded to the head",
    "portable Bluetooth speakers with rechargeable lithium-ion batteries",
    "polypropylene woven sacks for bulk grain, uncoated",
    "cast iron enameled Dutch ovens, 5.5 quart",
    "rotary tillers for walk-behind tractors, 36 inch working width",
    "nylon-shell down-filled hooded jackets for women",
    "marine deck hardware of 316 stainless steel (cleats and chocks)",
]


def person(rng: random.Random) -> str:
    return rng.choice(PEOPLE)


def importer(rng: random.Random) -> Party:
    name, address = rng.choice(COMPANIES)
    ein = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    return Party(name, address, ein + rng.choice(["", "", "00", "01"]))


def agent(rng: random.Random) -> Party:
    name, address = rng.choice(AGENTS)
    return Party(name, address, f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}")


def entry_number(rng: random.Random) -> str:
    filer = "".join(rng.choice("ABCDEFGHI0123456789") for _ in range(3))
    if filer.isdigit():
        filer = "B" + filer[1:]
    number = f"{rng.randint(0, 9999999):07d}"
    return f"{filer}-{number}-{check_digit(filer, number)}"
