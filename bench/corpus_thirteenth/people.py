"""Invented parties, goods and ports for the thirteenth hand (no real company is meant)."""

from __future__ import annotations

PORTS = [("1001", "New York"), ("2704", "Los Angeles"), ("5301", "Houston"), ("3002", "Seattle"),
         ("1601", "Charleston"), ("4601", "Newark"), ("2809", "San Francisco"), ("3901", "Chicago")]

PARTIES = [
    ("Bramblewood Lighting Inc.", ["418 Cooper Avenue", "Trenton, NJ 08611"]),
    ("Quill & Anvil Tools LLC", ["2200 Foundry Row, Suite 5", "Pittsburgh, PA 15222"]),
    ("Saltmarsh Apparel Group", ["77 Harbor Point Road", "Savannah, GA 31401"]),
    ("Kettle Creek Housewares Co.", ["9 Orchard Lane", "Dayton, OH 45402"]),
    ("Alder Peak Outdoor Gear, Inc.", ["1300 Ridgeview Blvd.", "Boise, ID 83702"]),
    ("Marigold Ceramics Corp.", ["640 Kiln Street", "Zanesville, OH 43701"]),
    ("Tern Island Seafoods LLC", ["15 Wharf Street", "Portland, ME 04101"]),
    ("Copperline Electronics, Inc.", ["5120 Innovation Parkway", "Austin, TX 78741"]),
    ("Hollis & Grange Furniture Co.", ["31 Mill Pond Road", "High Point, NC 27260"]),
    ("Pinecrest Toy Company", ["800 Maple Court", "Grand Rapids, MI 49503"]),
    ("Verdant Garden Supply Ltd.", ["22 Greenhouse Way", "Fresno, CA 93721"]),
    ("Blue Heron Textiles Inc.", ["410 Loom Street", "Fall River, MA 02720"]),
]

GOODS = [
    ("LED panel luminaires, 600 x 600 mm, model BL-66", "9405.11.4010"),
    ("Forged steel claw hammers with fiberglass handles, 16 oz.", "8205.20.6000"),
    ("Women's knitted cotton cardigans, style SA-2231", "6110.20.2030"),
    ("Stainless steel stovetop kettles, 2.5 quart", "7323.93.0045"),
    ("Insulated nylon sleeping bags rated to 20 degrees F", "9404.30.8000"),
    ("Glazed stoneware dinner plates, 27 cm", "6912.00.4810"),
    ("Frozen Atlantic cod fillets, skinless, boneless", "0304.71.5000"),
    ("Bluetooth audio receiver modules, model CE-BT5", "8517.62.0090"),
    ("Upholstered oak side chairs, model HG-12", "9401.61.6011"),
    ("Wooden construction block sets for children", "9503.00.0073"),
    ("Polypropylene garden planters, 30 cm diameter", "3924.90.5650"),
    ("Woven polyester upholstery fabric, 280 g/m2", "5407.61.9930"),
]

SIGNERS = ["Eleanor V. Hastings", "Rafael D. Ocampo", "Priya N. Raman", "Thomas J. Kilbride",
           "Grace M. Oyelaran", "Samuel K. Whitcombe", "Lucia B. Ferreira", "Douglas H. Trent"]

FIRMS = [("Hartwell Pryce & Lind LLP", ["1750 K Street NW, Suite 900", "Washington, DC 20006"]),
         ("Castellan Trade Law PLLC", ["600 Brickell Avenue, 21st Floor", "Miami, FL 33131"]),
         ("Okafor Brandt Customs Advisors", ["233 South Wacker Drive", "Chicago, IL 60606"])]
