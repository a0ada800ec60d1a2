"""Names, addresses, goods and date styles the documents draw from."""

from __future__ import annotations

import random
from datetime import date

COMPANIES = [
    ("Harborline Outdoor Gear, Inc.", ["1200 Wharf Road", "Tacoma, WA 98421"]),
    ("Pine & Lantern Home Goods LLC", ["48 Foundry Street, Suite 3", "Providence, RI 02903"]),
    ("Caldera Ceramics Corp.", ["915 Kiln Avenue", "Albuquerque, NM 87102"]),
    ("Bluewater Audio Systems Co.", ["77 Marina Parkway", "Fort Lauderdale, FL 33316"]),
    ("Granite Peak Tools, Inc.", ["3300 Quarry Lane", "Barre, VT 05641"]),
    ("Sunfield Apparel Group LLC", ["2150 Garment Row", "Los Angeles, CA 90021"]),
    ("Ironbridge Cycle Works, Inc.", ["640 Derailleur Drive", "Boulder, CO 80301"]),
    ("Maple Hollow Kitchenware Co.", ["19 Orchard Street", "Burlington, VT 05401"]),
    ("Coastal Reef Lighting Corp.", ["5010 Lumen Boulevard", "Houston, TX 77002"]),
    ("Prairie Loom Textiles, Inc.", ["808 Spindle Way", "Omaha, NE 68102"]),
    ("Redwood Crest Furniture LLC", ["2750 Timber Court", "Eureka, CA 95501"]),
    ("Northgate Medical Supply Co.", ["13 Clinic Plaza", "Rochester, MN 55902"]),
]
SIGNERS = [
    "Theodora M. Vance",
    "Rafael Okonkwo",
    "Lucinda Park-Hale",
    "Desmond J. Arceneaux",
    "Ingrid Solvang",
    "Marcus T. Feldstein",
    "Priya Raghunathan",
    "Walter G. Brennan",
]
GOODS = [
    ("Cordless rotary hammer drills, 20 V, model RH-2040", "8467.29.0040"),
    ("Men's woven cotton shirts, long sleeve, style 4410", "6205.20.2016"),
    ("Stoneware dinner plates, 27 cm, pattern Mesa", "6912.00.4810"),
    ("LED linear high-bay luminaires, 150 W, item HB-150", "9405.11.4010"),
    ("Aluminium bicycle frames, unpainted, size 54 cm", "8714.91.3000"),
    ("Polyester fleece blankets, 50 x 60 in., SKU FB-5060", "6301.40.0020"),
    ("Bluetooth portable speakers, model WAVE-7", "8518.22.0000"),
    ("Stainless steel stock pots, 12 qt., item SP-12", "7323.93.0080"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("0401", "Boston"),
    ("5201", "Miami"),
]
FILERS = ["ABC", "D4E", "HG1", "B2F", "CI7", "EAH"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def long_date(day: date, style: int) -> str:
    """A date as a letter writer prints it."""
    month = MONTHS[day.month - 1]
    abbr = month[:3] + ("." if len(month) > 3 and month != "May" else "")
    return [
        f"{month} {day.day}, {day.year}",
        f"{day.day} {month} {day.year}",
        f"{abbr} {day.day}, {day.year}",
        f"{day.month:02d}/{day.day:02d}/{day.year}",
    ][style % 4]


def sheet_date(day: date, style: int) -> str:
    """A date as a spreadsheet formats it."""
    mon = MONTHS[day.month - 1][:3]
    return [
        f"{mon}-{day.day:02d}-{day.year}",
        f"{day.day:02d}-{mon}-{day.year % 100:02d}",
        f"{day.month}/{day.day}/{day.year}",
        day.isoformat(),
    ][style % 4]


def dollars(value: float, style: int) -> str:
    return [f"${value:,.2f}", f"{value:,.2f}", f"USD {value:,.2f}", f"{value:.2f}"][style % 4]


def ior(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**6, 10**7)}"
