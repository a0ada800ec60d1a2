"""Invented parties, places and goods (no real company is meant)."""

from __future__ import annotations

import random
from dataclasses import dataclass

from bench.corpus_twentysecond.law import entry_number

FIRST = ["Harriet", "Desmond", "Priya", "Tomasz", "Odalys", "Kenji", "Marguerite", "Rafael",
         "Ingrid", "Solomon", "Bettina", "Cornelius", "Yesenia", "Ansel", "Delphine", "Gustavo",
         "Rosalind", "Obadiah", "Lucinda", "Thaddeus"]
MIDDLE = ["A.", "B.", "C.", "J.", "L.", "M.", "R.", "T.", "W.", ""]
LAST = ["Okafor", "Lindqvist", "Marchetti", "Abernathy", "Castellanos", "Pruitt", "Van Duyne",
        "Holloway", "Nakagawa", "Szymanski", "Ferreira", "Whitcombe", "Delacroix", "Ballantyne",
        "Quiroga", "Hargrove", "Ostrowski", "Thibodeaux", "Kowalczyk", "Emberton"]
COMPANY_HEAD = ["Bluewater", "Granite Peak", "Cedar Hollow", "Lakeshore", "Ironbridge",
                "Silver Fern", "Copper Canyon", "Northgate", "Pinecrest", "Redwing", "Saltmarsh",
                "Tallgrass", "Whitecap", "Amberline", "Foxglove", "Keystone Harbor"]
COMPANY_TAIL = ["Trading Co.", "Imports LLC", "Housewares, Inc.", "Outfitters Corp.",
                "Supply Company", "Distributors, Inc.", "Home Goods LLC", "Industries Inc.",
                "Global Sourcing LLC", "Mercantile Co."]
STREETS = ["Commerce Way", "Harbor Boulevard", "Industrial Parkway", "Riverside Drive",
           "Foundry Street", "Warehouse Row", "Market Street", "Terminal Avenue", "Canal Road",
           "Depot Lane"]
CITIES = [("Long Beach", "CA", "90802"), ("Elizabeth", "NJ", "07201"), ("Savannah", "GA", "31401"),
          ("Houston", "TX", "77002"), ("Tacoma", "WA", "98402"), ("Charleston", "SC", "29401"),
          ("Baltimore", "MD", "21202"), ("Miami", "FL", "33131"), ("Chicago", "IL", "60607"),
          ("Memphis", "TN", "38103")]
PORTS = [("2704", "Los Angeles"), ("1001", "New York"), ("1703", "Savannah"), ("5301", "Houston"),
         ("3002", "Tacoma"), ("1601", "Charleston"), ("1303", "Baltimore"), ("5201", "Miami"),
         ("3901", "Chicago"), ("2002", "Memphis")]
FILERS = ["ABC", "BDF", "CEG", "DHA", "EFI", "FGB", "GHC", "HID", "9B2", "4E7"]
LAW_FIRMS = ["Whitcombe Ostrowski LLP", "Hargrove & Quiroga PLLC", "Ballantyne Thibodeaux LLP",
             "Emberton Szymanski Trade Law", "Delacroix Ferreira & Pruitt LLP"]
BROKERS = ["Meridian Customs Brokerage, Inc.", "Harborline Trade Services LLC",
           "Crosspoint Customs Brokers Corp.", "Anchorage Logistics & Customs LLC",
           "Tri-Port Entry Services, Inc."]


@dataclass(frozen=True)
class Goods:
    """A product line with its HTS number, materials and use."""

    description: str
    hts: str
    materials: str
    use: str
    alt_hts: str


GOODS = [
    Goods("Stainless steel insulated beverage tumblers, 20 oz., model TB-20", "9617.00.1000",
          "85% stainless steel, 10% polypropylene lid, 5% silicone gasket by weight",
          "keeping drinks hot or cold in homes and offices", "7323.93.0080"),
    Goods("Cotton knit crew-neck sweaters for men, style KN-411", "6110.20.2075",
          "100% cotton, knitted, 7 stitches per centimeter", "outerwear for men", "6110.20.2079"),
    Goods("Bamboo fiber cutting boards with silicone feet, set of three", "4419.90.9560",
          "92% bamboo, 8% silicone by weight", "food preparation in household kitchens",
          "4421.99.9880"),
    Goods("LED desk lamps with USB charging port, model DL-7", "9405.21.8000",
          "aluminum arm, ABS base, LED module, printed circuit board", "task lighting on desks",
          "8513.10.4000"),
    Goods("Polyester fleece throw blankets, 50 x 60 inches", "6301.40.0020",
          "100% polyester knitted fleece", "household bedding and decoration", "6301.90.0030"),
    Goods("Ceramic stoneware dinner plates, 10.5 inch, glazed", "6912.00.4810",
          "stoneware ceramic with lead-free glaze", "serving food in households", "6912.00.3500"),
    Goods("Cordless rechargeable hair clippers, model HC-90", "8510.20.0000",
          "steel blades, ABS housing, lithium-ion battery", "cutting hair at home",
          "8510.90.4000"),
    Goods("Wooden jigsaw puzzle sets for children, 24 pieces, painted", "9503.00.0073",
          "painted basswood with water-based paint", "toys for children aged 3 and up",
          "9503.00.0090"),
]


@dataclass(frozen=True)
class Party:
    """A company with its address lines and importer number."""

    name: str
    street: str
    city_line: str
    ein: str

    @property
    def address(self) -> str:
        return f"{self.street}, {self.city_line}"


def person(rng: random.Random) -> str:
    middle = rng.choice(MIDDLE)
    return " ".join(part for part in (rng.choice(FIRST), middle, rng.choice(LAST)) if part)


def party(rng: random.Random) -> Party:
    name = f"{rng.choice(COMPANY_HEAD)} {rng.choice(COMPANY_TAIL)}"
    city, state, zipc = rng.choice(CITIES)
    street = f"{rng.randint(100, 9899)} {rng.choice(STREETS)}"
    suite = rng.choice(["", "", f", Suite {rng.randint(100, 950)}"])
    ein = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    return Party(name, street + suite, f"{city}, {state} {zipc}", ein)


def entry(rng: random.Random, filer: str) -> str:
    return entry_number(filer, f"{rng.randint(0, 9999999):07d}")
