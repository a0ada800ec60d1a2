"""Invented parties, places and numbers, drawn from a seeded generator."""

from __future__ import annotations

import random
from datetime import date, timedelta

from bench.corpus_ninth.law import entry_number

COMPANIES = [
    ("Calloway Pump & Valve Corp.", "88 Foundry Lane", "Erie, PA 16501"),
    ("Brightwater Textiles LLC", "4100 Commerce Parkway", "Greensboro, NC 27409"),
    ("Sierra Vista Cookware, Inc.", "77 Mesa Road", "Tucson, AZ 85705"),
    ("Old Harbor Lighting Co.", "19 Wharf Street", "Portland, ME 04101"),
    ("Kestrel Outdoor Gear Inc.", "2210 Ridge Avenue", "Boise, ID 83702"),
    ("Marrow & Finch Imports LLC", "600 Canal Street, Floor 3", "New Orleans, LA 70130"),
    ("Pinecrest Auto Parts, Inc.", "1450 Industrial Blvd.", "Toledo, OH 43607"),
    ("Bluefield Ceramics Corporation", "31 Kiln Road", "Zanesville, OH 43701"),
    ("Greywater Marine Hardware Co.", "905 Harbor Drive", "San Diego, CA 92101"),
    ("Larkspur Home Goods, Inc.", "12 Meadow Court", "Madison, WI 53703"),
    ("Tern Bay Electronics LLC", "5500 Tech Center Drive", "Austin, TX 78744"),
    ("Quarry Hill Stoneworks Ltd.", "240 Granite Way", "Barre, VT 05641"),
]
PEOPLE = ["Eleanor R. Castellano", "Desmond K. Oyelaran", "Priya S. Venkataraman",
          "Walter J. Brisbane", "Annika L. Holmqvist", "Thaddeus M. Greer", "Rosalind T. Achebe",
          "Marcus O. Delacroix",
          "Helena V. Strand", "Curtis A. Bellamy", "Ines M. Carvalho", "Gordon P. Whitlock"]
PORTS = [("1703", "Savannah, GA"), ("2704", "Los Angeles, CA"), ("1001", "New York, NY"),
         ("5301", "Houston, TX"), ("3002", "Seattle, WA"), ("2002", "New Orleans, LA"),
         ("0401", "Boston, MA"), ("3901", "Chicago, IL")]
GOODS = [("Cast iron gate valves, 2-inch and 4-inch, models GV-200 and GV-400", "8481.80.1030"),
         ("Woven polyester upholstery fabric, 280 g/m2, in rolls", "5407.61.9930"),
         ("Enameled carbon steel stockpots, 8 and 12 quart", "7323.94.0040"),
         ("LED pendant light fixtures with brass canopies, model OH-7", "9405.11.4010"),
         ("Insulated nylon camping jackets, men's, style KJ-51", "6201.40.2010"),
         ("Porcelain dinner plates, 10.5 inch, item BC-1050", "6911.10.3810"),
         ("Aluminum alloy wheel rims, 17 inch, part PR-1712", "8708.70.4530"),
         ("Stainless steel marine cleats, 6 inch, part GW-06", "7326.90.8688")]


class Draw:
    """One seeded source of invented values."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def company(self) -> tuple[str, str, str]:
        while True:
            c = self.rng.choice(COMPANIES)
            if c[0] not in self.used or len(self.used) >= len(COMPANIES):
                self.used.add(c[0])
                return c

    def person(self) -> str:
        return self.rng.choice(PEOPLE)

    def importer_number(self) -> str:
        return f"{self.rng.randint(20, 98)}-{self.rng.randint(1000000, 9999999)}"

    def entry(self) -> str:
        filer = "".join(self.rng.choice("ABCDEFGHI0123456789") for _ in range(3))
        return entry_number(filer, f"{self.rng.randint(0, 9999999):07d}")

    def day_between(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, (end - start).days))
