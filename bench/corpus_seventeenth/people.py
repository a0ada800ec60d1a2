"""Invented parties, places and goods the documents are written about."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    city: str  # "City, ST 00000"
    ior: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}"


@dataclass(frozen=True)
class Goods:
    description: str
    use: str
    materials: str
    hts: str
    names: str


COMPANIES = [
    ("Larkspur Cookware Holdings LLC", "4410 Foundry Row", "Akron, OH 44308"),
    ("Beaumont & Vale Outfitters, Inc.", "18 Quarry Lane", "Burlington, VT 05401"),
    ("Tidewater Marine Supply Co.", "2250 Harbor View Road", "Norfolk, VA 23510"),
    ("Ostrander Lighting Group Inc.", "909 Kessler Boulevard", "Indianapolis, IN 46220"),
    ("Cinder Hill Ceramics, L.L.C.", "77 Kiln Street", "Asheville, NC 28801"),
    ("Pemberton Audio Devices Corp.", "3100 Sand Hill Court", "San Jose, CA 95134"),
    ("Halvorsen Nordic Apparel Inc.", "615 Ballard Avenue NW", "Seattle, WA 98107"),
    ("Quill & Ledger Stationers LLC", "240 West 35th Street", "New York, NY 10001"),
    ("Redwater Agricultural Tools Co.", "1200 Prairie Avenue", "Fargo, ND 58102"),
    ("Sorensen-Kaye Medical Supply, Inc.", "52 Innovation Drive", "Worcester, MA 01605"),
    ("Grand Mesa Bicycle Works LLC", "860 Colorado Avenue", "Grand Junction, CO 81501"),
    ("Maritime Lantern Imports Ltd.", "31 Wharf Street", "Portland, ME 04101"),
    ("Juniper Ridge Home Goods, Inc.", "4700 Juniper Parkway", "Reno, NV 89502"),
    ("Calloway Brothers Toys & Games Inc.", "1515 Commerce Street", "Dallas, TX 75201"),
    ("Ferncliff Textile Trading Corp.", "388 Mill Street", "Paterson, NJ 07501"),
    ("Aldercrest Pet Products LLC", "2901 Alder Road", "Eugene, OR 97401"),
]
PORTS = [("2704", "Los Angeles"), ("1001", "New York"), ("3901", "Chicago"), ("5301", "Houston"),
         ("1401", "Norfolk"), ("3002", "Seattle"), ("5201", "Miami"), ("0401", "Boston"),
         ("2809", "San Francisco"), ("1303", "Baltimore")]
FILERS = ["ABH", "EDC", "B7F", "HGA", "4CI", "DBE", "91A", "CFG"]
PEOPLE = ["Theodora M. Vance", "Rafael Okonkwo-Brandt", "Lucinda J. Achterberg", "Samuel P. "
                                                                                 "Ishikawa",
          "Marguerite Delacroix-Hale", "Oluwaseun T. Adebayo", "Beatrix Lindqvist", "Cornelius "
                                                                                    "R. Haddad",
          "Priyanka S. Venkataraman", "Declan O'Rourke", "Henrietta Kowalczyk", "Ignatius W. Feld"]
TITLES = ["Vice President, Trade Compliance", "Director of Import Operations", "General Counsel",
          "Customs Compliance Manager", "Chief Financial Officer", "President"]
FIRMS = [("Whitcombe Harrow & Pell LLP", "1700 K Street NW, Suite 600", "Washington, DC 20006"),
         ("Strand, Obi & Castellanos P.C.", "One Liberty Plaza, 21st Floor", "New York, NY 10006"),
         ("Brightwater Trade Counsel PLLC", "401 Union Street, Suite 1200", "Seattle, WA 98101"),
         ("Delgado Mercer Customs Brokerage, Inc.", "8 Cargo Plaza", "Jamaica, NY 11430")]
GOODS = [
    Goods("Enameled cast-iron Dutch ovens, 5.5 quart, model LC-55", "cooking in household kitchens",
          "cast iron 94% by weight, vitreous enamel 6%", "7323.10.0000", "Dutch oven, casserole"),
    Goods("Men's knitted pullover sweaters of 70% merino wool and 30% nylon, style HN-212",
          "outerwear for men", "merino wool 70% by weight, nylon 30%", "6110.11.0030",
          "pullover, jumper"),
    Goods("Bluetooth portable speakers with built-in rechargeable batteries, model PA-9",
          "playing audio from phones and tablets", "ABS plastic housing 55%, electronics 30%, "
                                                   "battery 15%",
          "8518.22.0000", "wireless speaker"),
    Goods("Stoneware dinner plates, 10.5 inch, glazed, item CH-1050", "serving food at the table",
          "stoneware clay 97%, glaze 3%", "6912.00.4810", "dinner plate"),
    Goods("LED pendant light fixtures with aluminum shades, model OL-330", "ceiling lighting in "
                                                                           "homes",
          "aluminum 62% by weight, LED module 18%, steel wire 20%", "9405.11.4010", "pendant lamp"),
    Goods("Stainless steel hand pruning shears with bypass blades, SKU RW-18", "cutting garden "
                                                                               "plants",
          "stainless steel 80% by weight, polypropylene grips 20%", "8201.50.0000", "secateurs"),
    Goods("Dog harnesses of woven polyester webbing with zinc-alloy buckles, style AP-7",
          "walking and restraining dogs", "polyester 85% by weight, zinc alloy 15%", "4201.00.3000",
          "dog harness"),
    Goods("Wooden jigsaw puzzles of 500 pieces in cardboard boxes, item CB-500", "recreation",
          "birch plywood 88% by weight, paperboard 12%", "9503.00.0073", "jigsaw puzzle"),
]


def pick_party(rng: random.Random) -> Party:
    name, street, city = rng.choice(COMPANIES)
    return Party(name, street, city, ein(rng))


def ein(rng: random.Random) -> str:
    return f"{rng.randint(11, 98)}-{rng.randint(1000000, 9999999)}"


def weekday_between(rng: random.Random, start: date, end: date) -> date:
    """A random business-looking day (Monday to Friday) between START and END."""
    while True:
        day = start + timedelta(days=rng.randint(0, (end - start).days))
        if day.weekday() < 5:
            return day
