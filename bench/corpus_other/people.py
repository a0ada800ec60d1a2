"""Invented senders, firms, ports and goods (no real company is meant)."""

from __future__ import annotations

import random
from dataclasses import dataclass

PORTS = [("2704", "Los Angeles"), ("1001", "New York"), ("1703", "Savannah"),
         ("3901", "Chicago"), ("5301", "Houston"), ("1601", "Charleston"),
         ("2809", "San Francisco"), ("3001", "Seattle"), ("5201", "Miami"),
         ("1303", "Baltimore"), ("4601", "Newark"), ("2304", "Laredo"), ("3801", "Detroit")]

COMPANIES = [
    ("Quarry Lane Ceramics, Inc.", "418 Quarry Lane", "Allentown, PA 18102"),
    ("Bluefin Outfitters LLC", "2200 Harbor Blvd., Suite 310", "Costa Mesa, CA 92626"),
    ("McAllister & Roe Trading Co.", "75 Front Street", "Portland, ME 04101"),
    ("Sunridge Lighting Corporation", "9100 Commerce Parkway", "Mesa, AZ 85210"),
    ("Halvorsen Kitchenware Ltd.", "31 Fjord Avenue", "Ballard, WA 98107"),
    ("Pioneer Valley Textiles, Inc.", "5 Mill Pond Road", "Holyoke, MA 01040"),
    ("D'Arcy Garden Supply Company", "1407 Greenway Drive", "Raleigh, NC 27603"),
    ("Crescent Moon Toys LLC", "660 Bayou Street", "New Orleans, LA 70130"),
    ("Ironbridge Tool Works, Inc.", "12 Forge Road", "Youngstown, OH 44503"),
    ("Amberfield Foods Corp.", "3300 Prairie Avenue", "Omaha, NE 68131"),
    ("Northgate Cycle Imports, Inc.", "48 Spoke Street", "Boulder, CO 80302"),
    ("Tessaro Stone & Tile LLC", "901 Marble Way", "Tampa, FL 33602"),
    ("Kestrel Audio Systems, Inc.", "77 Signal Hill Road", "Austin, TX 78701"),
    ("Osprey Marine Hardware Co.", "15 Wharf Street", "Annapolis, MD 21401"),
    ("Lindenwood Apparel Group, Inc.", "250 West 39th Street", "New York, NY 10018"),
    ("Saguaro Pet Products LLC", "4410 Desert Bloom Road", "Tucson, AZ 85705"),
]
PEOPLE = ["Rosalind K. Ferreira", "Thomas J. Okafor", "Ingrid Solberg", "Marcus D. Whitlock",
          "Priya Raghunathan", "Declan P. Moriarty", "Yvonne Castellanos", "Howard L. Brandt",
          "Keiko Tanabe", "Samuel R. Achebe", "Louisa M. Fairbanks", "Andres Villalobos"]
TITLES = ["President", "Customs Compliance Manager", "Vice President, Operations",
          "Director of Trade Compliance", "Import Manager", "General Counsel"]
FIRMS = [("Harrow, Blythe & Castell LLP", "One Liberty Plaza, 28th Floor", "New York, NY 10006"),
         ("Delgado Whitcombe PLLC", "1100 Pennsylvania Ave. NW, Suite 600",
          "Washington, DC 20004"),
         ("Marchetti Trade Law Group", "400 Pine Street", "Seattle, WA 98101"),
         ("Okonkwo & Lindqvist, P.C.", "233 South Wacker Drive", "Chicago, IL 60606")]
BROKERS = [("Bayline Customs Brokerage, Inc.", "1901 Terminal Way", "Long Beach, CA 90802"),
           ("Gateway Entry Services LLC", "88 Port Jersey Blvd.", "Jersey City, NJ 07305"),
           ("Tri-Coast Clearance Corp.", "5600 Airport Road", "Miami, FL 33126")]

GOODS = [  # (description, classified as, claimed, materials, use)
    ("Stoneware dinner plates, 27 cm, glazed, item SP-27", "6912.00.4810", "6912.00.3950",
     "stoneware clay 92% by weight, glaze 8%", "household table service"),
    ("Men's cotton twill trousers, style 4417, not knitted", "6203.42.4011", "6203.42.4051",
     "100% cotton twill woven fabric", "men's casual wear"),
    ("LED desk lamps with USB charging port, model DL-9", "9405.21.8000", "9405.21.4000",
     "aluminum housing 60%, ABS plastic 30%, LED module 10% by value", "home and office lighting"),
    ("Stainless steel garlic presses, model GP-2", "8205.51.3030", "7323.93.0080",
     "AISI 304 stainless steel 100%", "household kitchen utensil"),
    ("Children's wooden puzzle sets, 24 pieces, item WP-24", "9503.00.0090", "4421.99.9880",
     "birch plywood 95%, water-based paint 5%", "toy for children aged 3 and up"),
    ("Bicycle disc brake rotors, 160 mm, part BR-160", "8714.94.9060", "8714.94.3000",
     "stainless steel 100%", "replacement part for bicycles"),
    ("Frozen breaded shrimp, 12 oz. retail packs", "1605.21.1030", "0306.17.0040",
     "shrimp 70%, breading 30% by weight", "retail food product"),
    ("Polyester fleece pet beds, oval, 24 in., item PB-24", "6307.90.9891", "9404.90.2000",
     "polyester fleece shell, polyester fiber fill", "bedding for dogs and cats"),
]
CLERKS = ["Janet Pruitt", "Omar Haddad", "Colleen Birch", "Victor Nakamura"]


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    city: str
    ior: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city}"


def pick_party(rng: random.Random, ior: str) -> Party:
    name, street, city = rng.choice(COMPANIES)
    return Party(name, street, city, ior)
