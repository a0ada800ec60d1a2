"""Invented parties, places and goods (no apostrophes in names: TeX prints them curly)."""

from __future__ import annotations

COMPANIES = [
    ("Halvorsen Kitchen Systems Inc.", ["4410 Marine View Drive", "Tacoma, WA 98422"]),
    ("Bright Meadow Textiles LLC", ["19 Canal Street, Suite 300", "Lowell, MA 01852"]),
    ("Quarry Hill Outdoor Goods Co.", ["2200 Industrial Parkway", "Reno, NV 89502"]),
    ("Ostrander & Vale Lighting Corp.", ["88 Commerce Row", "Charlotte, NC 28203"]),
    ("Pinecrest Audio Devices, Inc.", ["715 Beltline Road", "Garland, TX 75040"]),
    ("Sable Bay Ceramics Ltd.", ["3 Harbor Point Plaza", "Savannah, GA 31401"]),
    ("Northgate Cycle Works LLC", ["1260 Fulton Avenue", "Grand Rapids, MI 49504"]),
    ("Meridian Pet Supply Company", ["402 Eastlake Boulevard", "Columbus, OH 43219"]),
    ("Tallow Creek Home Fragrance Inc.", ["57 Lamplighter Way", "Asheville, NC 28801"]),
    ("Corvane Medical Instruments Co.", ["9100 Research Court", "San Diego, CA 92121"]),
]
UNIVERSITIES = [
    ("Lakeland State University", ["Research Procurement, 210 Science Hall", "Duluth, MN 55812"]),
    ("Western Plains Institute of Technology", ["1500 College Avenue", "Lubbock, TX 79409"]),
    ("Coastal Marine Research Laboratory", ["44 Wharf Road", "Woods Hole, MA 02543"]),
]
BROKERS = [
    (
        "Delacroix Customs Brokerage, Inc.",
        ["1 World Trade Way, Suite 1410", "Long Beach, CA 90802"],
        "Renata S. Delacroix",
        "Licensed Customs Broker No. 23418",
    ),
    (
        "Harbor Gate Clearance LLC",
        ["600 Port Authority Drive", "Newark, NJ 07114"],
        "Thomas W. Brandt",
        "Licensed Customs Broker No. 31907",
    ),
    (
        "Lakeshore Entry Services Co.",
        ["333 Wacker Drive, Floor 9", "Chicago, IL 60606"],
        "Priya K. Raman",
        "Licensed Customs Broker No. 28855",
    ),
]
SIGNERS = [
    "Elaine M. Hartwell",
    "Gustavo R. Ibarra",
    "Nadia F. Kowalczyk",
    "Wendell J. Ashby",
    "Corinne T. Baptiste",
    "Marcus L. Odegaard",
    "Leticia A. Fonseca",
    "Howard P. Brennan",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1303", "Baltimore"),
    ("3002", "Tacoma"),
    ("1703", "Savannah"),
    ("5201", "Miami"),
]
FILERS = ["BDE", "H7A", "C3F", "9GI", "EA2", "F81", "AHB", "D4C"]
GOODS = [
    ("Stainless steel countertop blenders, models HB-200 and HB-250", "8509.40.0050", "blenders"),
    ("Woven polyester upholstery fabric, 140 cm wide, in rolls", "5407.61.9930", "fabric"),
    ("Aluminum folding camp chairs with nylon seats", "9401.71.0031", "camp chairs"),
    ("LED pendant light fixtures for kitchen islands", "9405.11.4010", "pendant lights"),
    ("Bluetooth over-ear headphones with charging case", "8518.30.2000", "headphones"),
    ("Glazed stoneware dinner plates, 27 cm diameter", "6912.00.4810", "dinner plates"),
    ("Carbon fiber bicycle frames, unassembled", "8714.91.3000", "bicycle frames"),
    ("Soy wax scented candles in glass jars", "3406.00.0000", "candles"),
]
CITIES = [
    "Tacoma",
    "Lowell",
    "Reno",
    "Charlotte",
    "Garland",
    "Savannah",
    "Grand Rapids",
    "Columbus",
]
