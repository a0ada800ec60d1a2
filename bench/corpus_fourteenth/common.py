"""What the three kinds share: parties, date and money styles, the truth file."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from bench.corpus_fourteenth.doc import Doc

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]


def fmt_date(day: date, style: int) -> str:
    """Dates as US senders print them."""
    return [
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day.month:02d}/{day.day:02d}/{day.year}",
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        day.isoformat(),
        f"{ABBR[day.month - 1]} {day.day}, {day.year}",
        f"{day.month}/{day.day}/{day.year}",
    ][style % 6]


def fmt_money(value: Decimal, style: int) -> str:
    """Money as $1,234.56, 1,234.56, USD 1,234.56 or 1234.56."""
    return [f"${value:,.2f}", f"{value:,.2f}", f"USD {value:,.2f}", f"{value:.2f}"][style % 4]


PARTIES = [
    ("Harbor Light Outfitters, Inc.", ["410 Cannery Row", "Monterey, CA 93940"]),
    ("Blue Heron Ceramics LLC", ["2210 Kilgore Avenue", "Muncie, IN 47304"]),
    ("Granite Peak Tool Works Corp.", ["88 Quarry Road", "Barre, VT 05641"]),
    ("Sunbelt Patio Furnishings, Inc.", ["1500 Industrial Parkway", "Valdosta, GA 31601"]),
    ("Prairie Wind Textiles Co.", ["725 Depot Street", "Fargo, ND 58102"]),
    ("Coastal Reef Aquatics LLC", ["19 Marina Boulevard", "Sarasota, FL 34236"]),
    ("Ironwood Cycle Imports, Inc.", ["3300 Foundry Lane", "Dayton, OH 45402"]),
    ("Mesa Verde Home Goods Corp.", ["640 Camino Real", "Santa Fe, NM 87501"]),
    ("Northgate Lighting Supply Co.", ["12 Lamplighter Court", "Beverly, MA 01915"]),
    ("Silver Creek Footwear, Inc.", ["5050 Tanner Road", "Portland, OR 97217"]),
    ("Kestrel Audio Systems LLC", ["901 Signal Hill Drive", "Austin, TX 78746"]),
    ("Maple Hollow Kitchenware Co.", ["77 Orchard Street", "Burlington, VT 05401"]),
    ("Redstone Garden Supply, Inc.", ["2400 Greenhouse Way", "Modesto, CA 95354"]),
    ("Tidepool Toys and Games LLC", ["318 Boardwalk Avenue", "Ocean City, NJ 08226"]),
]
PEOPLE = ["Dana R. Whitcomb", "Marcus O. Delacroix", "Priya Natarajan", "Thomas J. Ferrante",
          "Helen M. Okafor", "Gregory S. Lindqvist", "Rosa I. Castellanos", "Samuel K. Oyelaran",
          "Claire E. Montgomery", "Victor H. Nakamura"]
PORTS = [("2704", "Los Angeles"), ("1001", "New York"), ("3901", "Chicago"), ("5301", "Houston"),
         ("1303", "Baltimore"), ("3002", "Seattle"), ("1601", "Charleston"), ("5201", "Miami")]
FILERS = ["ABC", "BDF", "CHE", "D4G", "EAB", "F1H", "GIC", "H7A", "IBE", "AD9"]


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(20, 99)}-{rng.randrange(1000000, 9999999)}"


@dataclass
class Built:
    """One generated document: its layout, its truth and how it is named."""

    kind: str
    case: str
    producer: str
    doc: Doc
    args: list[str]
    values: dict[str, Any]
    decision: dict[str, Any]
    not_scored: list[str] = field(default_factory=list)
    scribble: bool = False

    def truth(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "case": self.case, "args": self.args,
                               "values": self.values, "decision": self.decision}
        if self.not_scored:
            out["not_scored"] = self.not_scored
        return out
