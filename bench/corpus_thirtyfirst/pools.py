"""Invented parties, people, goods and ports the generators draw from (no apostrophes in names:
html2ps prints them as curly quotes)."""

from __future__ import annotations

COMPANIES = [
    ("Harborline Outdoor Goods, Inc.", ["1450 Terminal Way", "Tacoma, WA 98421"]),
    ("Bluestem Kitchenware LLC", ["88 Mercer Street, Suite 4", "Jersey City, NJ 07302"]),
    ("Corvina Lighting Corporation", ["3201 Commerce Parkway", "Miramar, FL 33025"]),
    ("Tallgrass Bicycle Supply Co.", ["710 Prairie Avenue", "Omaha, NE 68102"]),
    ("Meridian Textile Imports, L.P.", ["45 West 36th Street, 9th Floor", "New York, NY 10018"]),
    ("Quarry & Vale Home Furnishings, Inc.", ["2600 Furniture Row", "High Point, NC 27260"]),
    ("Northgate Audio Systems LLC", ["19 Innovation Drive", "Nashua, NH 03062"]),
    ("Sabine River Tool Works, Inc.", ["5020 Industrial Blvd.", "Beaumont, TX 77705"]),
    ("Kestrel Pet Products Corp.", ["900 Lakeview Road", "Waukegan, IL 60085"]),
    ("Aldercrest Garden Supply, Inc.", ["1220 Orchard Lane", "Yakima, WA 98901"]),
    ("Pinecone Toy Company LLC", ["66 Maple Court", "Burlington, VT 05401"]),
    ("Lumen & Loom Apparel Group, Inc.", ["333 South Alameda Street", "Los Angeles, CA 90013"]),
]
FOREIGN_MAKERS = [
    (
        "Fabbrica Ceramiche Valdarno S.r.l.",
        ["Via dei Vasai 14", "52027 San Giovanni Valdarno (AR), Italy"],
    ),
    ("Metallwerk Oberlausitz GmbH", ["Industriestrasse 22", "02763 Zittau, Germany"]),
    ("Textiles Ribera del Duero S.L.", ["Calle Mayor 8", "09400 Aranda de Duero, Spain"]),
    ("Verrerie de la Bresse SAS", ["12 rue des Souffleurs", "01000 Bourg-en-Bresse, France"]),
    ("Zaklady Drzewne Podhale Sp. z o.o.", ["ul. Tartaczna 5", "34-400 Nowy Targ, Poland"]),
    ("Houtbewerking Van der Meer B.V.", ["Zaagmolenweg 31", "8441 Heerenveen, Netherlands"]),
]
PEOPLE = [
    "Margaret A. Okafor",
    "Daniel R. Whitcombe",
    "Priya Raghunathan",
    "Thomas J. Brennan",
    "Elena Sokolova",
    "Marcus D. Hale",
    "Yuki Tanabe",
    "Rosalind Ferreira",
    "Gregory P. Lund",
    "Adaeze Nwosu",
    "Stefan Kowalczyk",
    "Hannah L. Whitfield",
]
EU_PEOPLE = [
    "Giulia Bertolini",
    "Jens-Uwe Krause",
    "Ines Marquez Ruiz",
    "Aurelien Dubois",
    "Katarzyna Wrobel",
    "Pieter de Graaf",
]
GOODS = [
    (
        "Insulated stainless steel food jars with polypropylene lids, 16 oz., model FJ-16",
        "keeping food hot or cold for lunches",
        "stainless steel 78%, polypropylene 18%, silicone 4%",
        "7323.93.0045",
    ),
    (
        "Battery-powered LED camping lanterns with folding handles, model Trailglow 300",
        "portable lighting for camping",
        "ABS plastic 62%, aluminum 21%, electronics 17%",
        "9405.40.8440",
    ),
    (
        "Knitted acrylic winter hats with a faux-fur pompom, style WH-22",
        "headwear worn in cold weather",
        "acrylic 85%, polyester 15%",
        "6505.00.2545",
    ),
    (
        "Bamboo cutting boards with juice grooves, 18 x 12 inches, item CB-1812",
        "food preparation in household kitchens",
        "bamboo 97%, mineral oil finish 3%",
        "4419.90.9000",
    ),
    (
        "Cordless electric pruning shears with a 21 V lithium-ion battery, model PS-21",
        "cutting branches in gardens and orchards",
        "steel 44%, nylon 31%, battery and motor 25%",
        "8467.29.0090",
    ),
    (
        "Ceramic stoneware dinner plates, reactive glaze, 27 cm diameter, item SP-27",
        "serving food at the table",
        "stoneware 100%",
        "6912.00.4810",
    ),
    (
        "Folding aluminum camping chairs with polyester seats, model Basecamp 2",
        "seating outdoors",
        "aluminum 58%, polyester 36%, plastic fittings 6%",
        "9401.71.0031",
    ),
    (
        "Plush stuffed toy animals with embroidered eyes, 30 cm, style PL-30",
        "play by children aged 3 and over",
        "polyester fabric 60%, polyester fiberfill 40%",
        "9503.00.0073",
    ),
]
PORTS = [
    ("2704", "Los Angeles, CA"),
    ("1001", "New York, NY"),
    ("5301", "Houston, TX"),
    ("3002", "Seattle, WA"),
    ("1401", "Norfolk, VA"),
    ("3901", "Chicago, IL"),
    ("5201", "Miami, FL"),
    ("2809", "San Francisco, CA"),
    ("1601", "Charleston, SC"),
]
FILERS = ["ABC", "EH4", "G7D", "112", "3B9", "CFA", "D2I", "HB1"]
SURETIES = ["Great Plains Indemnity Company", "Atlantic Bonding Surety Co."]
CONSULTANCIES = [
    "Whitlock Trade Advisory",
    "Keel & Crane Customs Consulting",
    "Parkhurst Compliance Partners",
]
ASSOCIATIONS = ["American Housewares Importers Council", "Outdoor Products Trade Association"]
