"""Parties, goods and ports the documents are about; apostrophe-free names (a2ps prints ' as a
right quote)."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Party:
    name: str
    lines: tuple[str, ...]

    @property
    def address(self) -> str:
        return ", ".join(self.lines)


@dataclass(frozen=True)
class Goods:
    description: str
    short: str
    use: str
    materials: str
    names: str
    hts: tuple[str, str, str]  # one number printed three ways
    price: str


FIRMS = [
    Party("Tamarack Valley Outfitters, Inc.", ("4410 Industrial Parkway", "Duluth, MN 55811")),
    Party("Harbor & Finch Home Goods LLC", ("212 Wharf Street, Suite 4", "Portland, ME 04101")),
    Party("Redwing Kitchenware Corp.", ("88 Foundry Lane", "Canton, OH 44702")),
    Party("Saguaro Lighting Supply Co.", ("1700 East Broadway Blvd.", "Tucson, AZ 85719")),
    Party("Bluegill Marine Electronics, Inc.", ("55 Causeway Road", "Mobile, AL 36602")),
    Party("Prairie Loom Textiles LLC", ("903 Grain Exchange Avenue", "Omaha, NE 68102")),
    Party("Kestrel Cycle Works, Inc.", ("2600 Alameda Street, Unit B", "Los Angeles, CA 90058")),
    Party("Northgate Medical Disposables Corp.", ("17 Commerce Circle", "Edison, NJ 08837")),
    Party("Cobalt Ridge Ceramics, Inc.", ("640 Kiln Road", "Asheville, NC 28806")),
    Party("Osprey Point Toys & Games LLC", ("310 Harborview Drive", "Tacoma, WA 98402")),
    Party("Granite State Tool Supply, Inc.", ("9 Mill Pond Road", "Nashua, NH 03060")),
    Party("Magnolia Bay Furniture Co.", ("4100 Gulf Freeway", "Houston, TX 77023")),
    Party("Silverline Audio Imports, Inc.", ("1250 Peachtree Street NE", "Atlanta, GA 30309")),
    Party("Lakeshore Pet Provisions LLC", ("77 Lakeshore Drive", "Milwaukee, WI 53202")),
]

AGENTS = [
    Party("Meridian Forwarding & Customs Services, Inc.", ("1 Cargo Plaza, Building 7",
                                                            "Jamaica, NY 11430")),
    Party("Coastline Trade Logistics LLC", ("2450 Pier Access Road", "Long Beach, CA 90802")),
    Party("Holloway, Brandt & Okafor LLP", ("600 Thirteenth Street NW, Suite 900",
                                            "Washington, DC 20005")),
    Party("Ferreira Trade Advisory Group", ("45 Exchange Place, 11th Floor", "Miami, FL 33131")),
    Party("Whitlock Customs Consulting, Inc.", ("820 Lake Street", "Oak Park, IL 60301")),
]

PEOPLE = ["Dana R. Whitcombe", "Marcus T. Oyelaran", "Ingrid Solvang", "Hector A. Villarreal",
          "Priya Raman-Holt", "Thomas E. Greaves", "Lucia M. Ferrante", "Kenji Watanabe",
          "Abigail C. Mercer", "Rafael Q. Dominguez", "Nora Lindqvist", "Gerald P. Ashcombe",
          "Yvonne Achterberg", "Samuel K. Boateng"]

TITLES = ["Trade Compliance Manager", "Director, Customs & Trade", "Licensed Customs Broker",
          "Import Operations Supervisor", "Vice President, Supply Chain", "Counsel"]

PORTS = [("2704", "Los Angeles"), ("2709", "Long Beach"), ("1001", "New York"),
         ("4601", "Newark"), ("3001", "Seattle"), ("5301", "Houston"), ("1601", "Charleston"),
         ("3901", "Chicago"), ("1703", "Savannah"), ("5201", "Miami")]

FILERS = ["B7D", "EGH", "3CA", "9F1", "DAH", "41G", "HB2", "C6E", "A8F", "2DI"]

GOODS = [
    Goods("Insulated stainless steel food jars, 16 oz., with polypropylene lids, model FJ-16",
          "food jars", "keeping prepared food hot or cold for lunch", "stainless steel 82%, "
          "polypropylene 15%, silicone gasket 3% by weight", "food jar, vacuum jar",
          ("9617.00.1000", "9617.00.10.00", "9617001000"), "$6.20 FOB; U.S. retail $24.99"),
    Goods("LED under-cabinet light bars, 12 V, aluminum housing, 18 in., item UC-18",
          "light bars", "lighting of kitchen work surfaces in homes", "aluminum 61%, "
          "polycarbonate 22%, printed circuit and LEDs 17% by weight", "LED strip, bar light",
          ("9405.41.8000", "9405.41.80.00", "9405418000"), "$7.85 FOB; U.S. retail $32.00"),
    Goods("Knitted acrylic dog sweaters, sizes XS to XL, style DS-200",
          "dog sweaters", "clothing for pet dogs in cold weather", "acrylic 100% by weight",
          "dog sweater, pet jumper", ("6307.90.9891", "6307.90.98.91", "6307909891"),
          "$2.40 FOB; U.S. retail $14.99"),
    Goods("Carbon fibre bicycle seat posts, 27.2 mm x 350 mm, part SP-272",
          "seat posts", "replacement seat posts for road bicycles", "carbon fibre composite 88%, "
          "aluminum clamp 12% by weight", "seatpost", ("8714.95.0000", "8714.95.00.00",
                                                       "8714950000"),
          "$11.10 FOB; U.S. retail $59.00"),
    Goods("Stoneware coffee mugs, 12 oz., reactive glaze, set of four, SKU CM-412",
          "stoneware mugs", "household serving of hot beverages", "stoneware 100% by weight",
          "mug, coffee cup", ("6912.00.4810", "6912.00.48.10", "6912004810"),
          "$5.30 per set FOB; U.S. retail $28.00"),
    Goods("Nitrile examination gloves, powder-free, boxes of 100, item NG-100",
          "nitrile gloves", "medical and dental examinations", "nitrile rubber 100% by weight",
          "exam gloves", ("4015.19.0510", "4015.19.05.10", "4015190510"),
          "$2.95 per box FOB; U.S. distributor price $7.50"),
    Goods("Wooden balance-bike kits for children, birch plywood frame, model BB-3",
          "balance bikes", "riding toys for children aged two to five", "birch plywood 70%, "
          "steel hardware 18%, rubber tyres 12% by weight", "balance bike, run bike",
          ("9503.00.0073", "9503.00.00.73", "9503000073"), "$14.60 FOB; U.S. retail $79.00"),
    Goods("Bluetooth bookshelf speakers, 40 W pair, walnut veneer cabinet, model BS-40",
          "bookshelf speakers", "home audio playback", "MDF and veneer 64%, drivers and magnets "
          "26%, electronics 10% by weight", "powered speakers", ("8518.22.0000", "8518.22.00.00",
                                                                 "8518220000"),
          "$38.00 per pair FOB; U.S. retail $149.00"),
]


def serial(rng: random.Random) -> str:
    return f"{rng.randrange(10**7):07d}"


def ein(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
