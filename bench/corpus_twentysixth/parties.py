"""Invented US senders: companies, people, addresses, ports and goods."""

from __future__ import annotations

import random
from typing import TypeVar

T = TypeVar("T")

COMPANIES = (
    ("Harbor Point Provisions LLC", ["1180 Quayside Avenue", "Baltimore, MD 21230"]),
    ("Red Mesa Outdoor Goods, Inc.", ["4400 East Broadway Blvd., Suite 210", "Tucson, AZ 85711"]),
    ("Kessler & Dunn Housewares Co.", ["77 Foundry Street", "Paterson, NJ 07501"]),
    ("Bluegill Tackle Corporation", ["920 Lakeshore Drive", "Duluth, MN 55802"]),
    ("Cypress Row Apparel Group", ["3301 Tchoupitoulas Street", "New Orleans, LA 70115"]),
    ("Summit Ridge Cycle Works Inc.", ["15 Depot Road", "Burlington, VT 05401"]),
    ("Ortega Family Imports LLC", ["2210 South Zarzamora Street", "San Antonio, TX 78207"]),
    ("Pacific Lantern Trading Co.", ["600 Maritime Way", "Oakland, CA 94607"]),
    ("Granite State Toolworks, Inc.", ["48 Canal Street", "Manchester, NH 03101"]),
    ("Magnolia Bay Furnishings LLC", ["1405 Bay Street", "Savannah, GA 31401"]),
    ("Prairie Wind Electric Supply Co.", ["3110 West 12th Street", "Sioux Falls, SD 57104"]),
    ("Three Rivers Ceramics Corp.", ["250 Penn Avenue", "Pittsburgh, PA 15222"]),
)
PEOPLE = (
    "Dolores M. Vance",
    "Terrence O. Akers",
    "Priya Natarajan",
    "Walter J. Brennan III",
    "Carmen Iturbe-Lowell",
    "Nathaniel Osei",
    "Judith K. Halloran",
    "Rafael Santamaria",
    "Evelyn Chu-Marsh",
    "Gordon P. Whitcomb",
    "Maribel Ocasio",
    "Stanley Fitch",
)
FIRMS = (
    (
        "Whitcomb Trade Counsel PLLC",
        ["1717 Rhode Island Avenue NW, Suite 600", "Washington, DC 20036"],
    ),
    ("Lakeside Customs Brokerage, Inc.", ["5 Commerce Plaza", "Chicago, IL 60607"]),
    ("Bayou Gateway Customhouse Brokers", ["840 Poydras Street, Floor 9", "New Orleans, LA 70112"]),
    ("Santamaria & Fitch LLP", ["200 South Biscayne Boulevard", "Miami, FL 33131"]),
)
PORTS = (
    ("1303", "Baltimore"),
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("2809", "San Francisco"),
    ("3901", "Chicago"),
    ("5201", "Miami"),
    ("2002", "New Orleans"),
    ("1703", "Savannah"),
)
GOODS = (
    "Stainless steel insulated beverage bottles, 20 oz and 32 oz, model series HB-200",
    "Men's woven cotton flannel shirts, style numbers CR-1150 and CR-1152",
    "Ceramic stoneware dinner plates, 10.5 inch, decorated, sets of four",
    "Aluminum folding camp chairs with polyester seats, item TC-88",
    "LED shop light fixtures, 4 ft, 5000 lumen, part no. PW-4050",
    "Carbon steel hand saws with wooden handles, 24 inch, SKU GS-2401",
    "Upholstered oak dining benches, model MB-60",
    "Graphite fishing rods in two pieces, 7 ft, series BT-7",
)


def pick(rng: random.Random, pool: tuple[T, ...], taken: set[str]) -> T:
    """A pool member not yet used in this document, so no two parties share a name."""
    choices = [item for item in pool if repr(item) not in taken]
    item = rng.choice(choices)
    taken.add(repr(item))
    return item
