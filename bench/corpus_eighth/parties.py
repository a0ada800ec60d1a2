"""Invented importers, ports and goods shared by the three kinds."""

from __future__ import annotations

PARTIES = [
    ("Cedar Ridge Outfitters, Inc.", ("412 Kettle Creek Road", "Bozeman, MT 59715")),
    ("Lakeshore Lamp & Light Co.", ("90 Wharf Street", "Duluth, MN 55802")),
    ("Pelican Bay Provisions LLC", ("2200 Gulf Breeze Parkway", "Pensacola, FL 32502")),
    ("Ironwood Tool Supply Corp.", ("17 Anvil Way", "Youngstown, OH 44503")),
    ("Marigold Textiles (USA) Inc.", ("5 Loom Court, Suite 300", "Charlotte, NC 28202")),
    ("Quarry Hill Ceramics, L.L.C.", ("88 Kiln Avenue", "Zanesville, OH 43701")),
    ("Sierra Vista Medical Devices Inc.", ("1450 Canyon Loop", "Tucson, AZ 85701")),
    ("Old Mill Bakeware Company", ("3 Millpond Lane", "Lancaster, PA 17602")),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1703", "Savannah"),
    ("4103", "Cincinnati"),
    ("3901", "Chicago"),
    ("1401", "Norfolk"),
]
GOODS = [
    "Cordless angle grinders, 20V, model AG-20X, without battery",
    "Men's woven cotton shirts, long sleeve, style nos. WS-110 and WS-112",
    "Stoneware dinner plates, 27 cm, glazed, pattern Harbor Blue",
    "Stainless steel insulated food jars, 16 oz., item FJ-16",
    "LED table lamps with fabric shades, model TL-7",
    "Nitrile examination gloves, powder free, sizes S to XL",
]
PEOPLE = [
    "Harriet O. Vance",
    "Desmond K. Achebe",
    "Lucia M. Ferraro",
    "Tobias J. Lindgren",
    "Priya S. Raman",
    "Conrad W. Beaumont",
    "Ingrid A. Solberg",
    "Mateo R. Quintana",
]
