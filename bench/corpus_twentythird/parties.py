"""Invented parties: names, addresses, importer numbers, people and ports."""

from __future__ import annotations

import random
from dataclasses import dataclass

COMPANIES = [
    ("Bluewater Galley Outfitters LLC", "118 Harbor Point Road", "Mystic, CT 06355"),
    ("Prairie Hearth Ceramics Inc.", "4400 Cedar Lake Parkway", "Omaha, NE 68114"),
    ("Sandhill Optics Corporation", "9 Technology Circle, Suite 210", "Tucson, AZ 85706"),
    ("Granite State Footwear Co.", "77 Canal Street", "Manchester, NH 03101"),
    ("Copperleaf Home & Garden, Inc.", "2150 Industrial Boulevard", "Dalton, GA 30721"),
    ("Three Rivers Tool Supply LLC", "600 Smithfield Street", "Pittsburgh, PA 15222"),
    ("Pelican Bay Textiles Corp.", "1830 Commerce Drive", "Mobile, AL 36607"),
    ("High Desert Cycle Works LLC", "505 Alameda Boulevard NE", "Albuquerque, NM 87113"),
    ("Lakeshore Lighting Imports, Inc.", "3100 West Lake Street", "Chicago, IL 60612"),
    ("Old Mill Kitchenware Company", "42 Water Street", "Burlington, VT 05401"),
    ("Redwood Coast Audio, Inc.", "880 Bayshore Highway", "Eureka, CA 95501"),
    ("Chesapeake Marine Hardware LLC", "1201 Fleet Street", "Baltimore, MD 21231"),
    ("Ozark Trail Apparel Group, Inc.", "310 South Main Street", "Springdale, AR 72764"),
    ("Gulf Coast Pump & Valve Co.", "7700 Navigation Boulevard", "Houston, TX 77011"),
]
FOREIGN = [
    (
        "Shenzhen Brightway Electronics Co., Ltd.",
        "Building 5, Longgang Industrial Park",
        "Shenzhen, Guangdong 518116, China",
    ),
    ("Fabbrica Tessile Moretti S.r.l.", "Via Roma 112", "22100 Como, Italy"),
    ("Hanseatic Feinmechanik GmbH", "Speicherstrasse 14", "20457 Hamburg, Germany"),
]
PEOPLE = [
    "Dolores M. Vantreese",
    "Kenji R. Whitcomb",
    "Abigail Okonkwo-Hart",
    "Ruben L. Castellanos",
    "Theodora J. Pruitt",
    "Marcus E. Oyelaran",
    "Priya S. Ranganathan",
    "Walter F. Beaumont",
    "Svetlana Korsakova",
    "Desmond T. Achterberg",
    "Lucinda G. Farraday",
    "Haruto Ishikawa",
]
FIRMS = [
    "Halvorsen, Quade & Lindqvist LLP",
    "Marchetti Trade Law PLLC",
    "Bellweather & Sloane LLP",
    "Ostrander Customs Counsel, P.C.",
]
BROKERS = [
    "Keystone Customs Brokerage, Inc.",
    "Tidewater Clearance Services LLC",
    "Northgate Forwarding & Customs Co.",
]
PORTS = [
    ("1001", "New York/Newark"),
    ("2704", "Los Angeles"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1303", "Baltimore"),
    ("1601", "Charleston"),
    ("5201", "Miami"),
]


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    city: str
    ein: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}"


def company(rng: random.Random, used: set[str]) -> Party:
    """A US company not used before in this corpus run."""
    choices = [c for c in COMPANIES if c[0] not in used] or COMPANIES
    name, street, city = rng.choice(choices)
    used.add(name)
    ein = f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"
    return Party(name, street, city, ein)


def foreign(rng: random.Random) -> Party:
    name, street, city = rng.choice(FOREIGN)
    return Party(name, street, city, "")
