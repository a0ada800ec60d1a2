"""Invented importers, firms, ports and goods: every name here is fiction."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.corpus_fifth.law import check_digit


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    city_line: str
    ein: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city_line}"


COMPANIES = [
    ("Harrow & Vance Outfitters, Inc.", "1410 Commerce Parkway", "Dayton, OH 45402"),
    ("Bluewater Galley Supply LLC", "88 Wharf Road", "Portland, ME 04101"),
    ("Cedar Lane Home Goods Corp.", "2207 Industrial Blvd., Suite 4", "Charlotte, NC 28208"),
    ("Quillfeather Stationers, Ltd.", "31 Paper Mill Lane", "Holyoke, MA 01040"),
    ("Mesa Verde Tile Importers LLC", "5600 S. Kyrene Road", "Tempe, AZ 85283"),
    ("O'Donnell Bros. Hardware Co.", "742 Foundry Street", "Pittsburgh, PA 15222"),
    ("Prairie Sky Cycle Works, Inc.", "19 Depot Avenue", "Lincoln, NE 68508"),
    ("Lumen Arc Lighting Corporation", "4400 Alameda Street", "Vernon, CA 90058"),
    ("Saltmarsh Apparel Group LLC", "120 King Street", "Charleston, SC 29401"),
    ("Northgate Kitchenware, Inc.", "9 Harbor View Drive", "Tacoma, WA 98402"),
    ("Redfern Audio Components Corp.", "300 Technology Way", "Austin, TX 78741"),
    ("Tallgrass Pet Products LLC", "1650 W. 3rd Street", "Tulsa, OK 74127"),
    ("Ivory Coast Cocoa Traders, Inc.", "55 Front Street", "Brooklyn, NY 11201"),
    ("Kestrel Optics USA, Inc.", "210 Enterprise Court", "Rochester, NY 14623"),
    ("Juniper & Oak Furnishings LLC", "8800 Warehouse Row", "High Point, NC 27260"),
    ("Silverline Marine Hardware Co.", "67 Dock Street", "Annapolis, MD 21401"),
]
PEOPLE = ["Eleanor J. Whitcombe", "Marcus T. Delgado", "Priya Raman", "Thomas A. Okafor",
          "Hannah Lindqvist", "Victor Castellanos", "Grace Mbeki-Sutton", "Daniel R. Fairweather",
          "Sofia Marchetti", "Robert L. Nakamura", "Ingrid Solberg", "Jamal K. Whitaker"]
FIRMS = [("Pemberton Rusk LLP", "1800 K Street NW, Suite 900", "Washington, DC 20006"),
         ("Alder, Greaves & Moy", "Two Liberty Plaza, 14th Floor", "New York, NY 10006"),
         ("Castellan Trade Law PLLC", "400 Ocean Gate, Suite 610", "Long Beach, CA 90802")]
BROKERS = [("Meridian Customs Brokerage, Inc.", "Customs Broker License No. 31457"),
           ("Harborline Entry Services LLC", "Customs Broker License No. 28890"),
           ("Tri-Port Clearance Co.", "Customs Broker License No. 40112")]
PORTS = [("Savannah, GA", "1703"), ("Los Angeles, CA", "2704"), ("Long Beach, CA", "2709"),
         ("Seattle, WA", "3001"), ("Baltimore, MD", "1303"), ("Charleston, SC", "1601"),
         ("Houston, TX", "5301"), ("Newark, NJ", "4601"), ("Chicago, IL", "3901")]
GOODS = [  # description, HTS (8 digits), component materials, principal use in the U.S.
    ("Men's leather hiking boots with rubber outsoles, style HB-210", "6403.91.60",
     "leather uppers 60%, rubber outsoles 40% by weight", "outdoor walking and hiking"),
    ("Stainless steel insulated food jars, 16 oz., item FJ-16", "9617.00.10",
     "stainless steel 85%, polypropylene lid 15% by weight", "keeping food hot or cold"),
    ("Cotton terry bath towels, 70 x 140 cm, woven", "6302.60.00",
     "100% cotton terry pile", "household bath use"),
    ("LED linear high-bay luminaires, 150 W, model LHB-150", "9405.11.40",
     "aluminum housing 70%, LED modules and driver 30% by value", "lighting warehouses"),
    ("Porcelain floor tiles, unglazed, 60 x 60 cm", "6907.21.10",
     "porcelain stoneware, water absorption under 0.5%", "residential and commercial floors"),
    ("Aluminum bicycle frames, unassembled, 700c", "8714.91.30",
     "aluminum alloy 6061 95%, steel fittings 5% by value", "assembly into road bicycles"),
    ("Dog chew toys of molded thermoplastic rubber, assorted", "9503.00.00",
     "thermoplastic rubber, 100% by weight", "play and chewing by pet dogs"),
    ("Bluetooth portable speakers with rechargeable battery, model BT-9", "8518.22.00",
     "ABS plastic housing, speaker drivers, lithium-ion battery", "playing music from phones"),
    ("Wooden dining chairs with upholstered seats, model DC-7", "9401.61.40",
     "beech wood frame 80%, polyester fabric and foam seat 20% by value", "seating in homes"),
    ("Cocoa butter, deodorized, in 25 kg cartons", "1804.00.00",
     "100% cocoa butter", "an ingredient of chocolate and cosmetics"),
]


def party(rng: random.Random) -> Party:
    name, street, city = COMPANIES[rng.randrange(len(COMPANIES))]
    return Party(name, street, city, f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}")


def entry_number(rng: random.Random, filer: str | None = None) -> str:
    """A valid XXX-NNNNNNN-C entry number; filer codes use digits and the letters A..I only."""
    letters = "ABCDEFGHI0123456789"
    filer = filer or "".join(rng.choice(letters) for _ in range(3))
    number = f"{rng.randint(0, 9999999):07d}"
    return f"{filer}-{number}-{check_digit(filer, number)}"
