"""Invented US importers, ports, goods and people (no real party is named)."""

from __future__ import annotations

IMPORTERS = [
    ("Harrow & Vail Outfitters, Inc.", ["1120 Tanner Road", "Columbus, OH 43215"]),
    ("Bluegill Lighting LLC", ["48 Quarry Street, Suite 210", "Providence, RI 02903"]),
    ("Old Saltbox Trading Co.", ["9 Wharf Lane", "Portland, ME 04101"]),
    ("Sierra Pinon Home Goods Corp.", ["2750 Cerrillos Rd.", "Santa Fe, NM 87505"]),
    ("Kettle Moraine Tool Works, Inc.", ["615 Industrial Pkwy", "Waukesha, WI 53186"]),
    ("Pelican Bay Apparel Group LLC", ["300 Bayshore Blvd, Floor 4", "Tampa, FL 33606"]),
    ("Granite Falls Audio Company", ["71 Millpond Avenue", "Nashua, NH 03060"]),
    ("Desert Marigold Ceramics LLC", ["4409 E. Broadway Blvd", "Tucson, AZ 85711"]),
    ("Cobblestone Pet Supply, Inc.", ["18 Ferry Street", "Easton, PA 18042"]),
    ("Ridgeback Cycle Imports LLC", ["560 Foothill Drive", "Boise, ID 83702"]),
    ("Lantern & Loom Textiles Corp.", ["2 Mercer Plaza", "Greensboro, NC 27401"]),
    ("Three Herons Kitchenware Co.", ["801 Levee Street", "Memphis, TN 38103"]),
    ("Cascade Ridge Fitness Gear Inc.", ["1900 Westlake Ave N", "Seattle, WA 98109"]),
    ("Prairie Wind Electrical Supply LLC", ["77 Depot Street", "Sioux Falls, SD 57104"]),
]

PEOPLE = [
    "Delia M. Okafor",
    "Russell T. Pembrook",
    "Anneliese Varga",
    "Marcus J. Holloway",
    "Priya Ramanathan",
    "Thomas E. Whitcombe",
    "Joanne K. Ferris",
    "Luis Echeverria",
    "Catherine Aldana",
    "Walter H. Brisbane",
    "Naomi Ostrowski",
    "Gideon Fairclough",
]

PORTS = [
    ("2704", "Los Angeles"),
    ("2709", "Long Beach"),
    ("1001", "New York"),
    ("4601", "Newark"),
    ("5301", "Houston"),
    ("3001", "Seattle"),
    ("1303", "Baltimore"),
    ("1703", "Savannah"),
    ("3901", "Chicago"),
    ("5201", "Miami"),
]

BROKERS = [
    ("Meridian Customs Brokerage, Inc.", "Harbor Plaza, 410 W. Ocean Blvd", "Long Beach, CA 90802"),
    ("Tollgate Trade Services LLC", "One Exchange Place, Suite 900", "Jersey City, NJ 07302"),
    ("Gulfway Brokers & Forwarders", "8100 Navigation Blvd", "Houston, TX 77012"),
]

# A broker's own importer number: 174.13(a)(2) asks for it when it files under a power of attorney.
BROKER_NUMBERS = {
    "Meridian Customs Brokerage, Inc.": "95-4410276",
    "Tollgate Trade Services LLC": "22-3871905",
    "Gulfway Brokers & Forwarders": "76-0583314",
}

FILERS = ["ABC", "BDF", "CEG", "HAI", "GFE", "DAB", "IHC", "EBD"]

GOODS = [
    (
        "Stainless steel vacuum-insulated beverage bottles, 24 oz., style VB-240",
        "classification",
        "7323.93.0080",
        "9617.00.1000",
    ),
    (
        "Woven cotton twill trousers for men, style HT-5580",
        "classification",
        "6203.42.4011",
        "6203.42.4016",
    ),
    (
        "LED high-bay light fixtures, 150 W, model HB-150",
        "classification",
        "9405.11.8010",
        "9405.42.8440",
    ),
    (
        "Glazed stoneware dinner plates, 10.5 inch, pattern Mesa",
        "appraised_value",
        "6912.00.4810",
        "6912.00.4810",
    ),
    (
        "Cordless impact drivers, 20 V, model KT-20ID, without battery",
        "classification",
        "8467.29.0051",
        "8467.29.0090",
    ),
    (
        "Nylon dog leashes and collars, retail packaged sets",
        "classification",
        "4201.00.3000",
        "4201.00.6000",
    ),
    (
        "Aluminum bicycle frames, unpainted, sizes 48-58 cm",
        "appraised_value",
        "8714.91.3000",
        "8714.91.3000",
    ),
    (
        "Bluetooth bookshelf loudspeakers, model GF-2, sold in pairs",
        "classification",
        "8518.22.0000",
        "8518.21.0000",
    ),
]
