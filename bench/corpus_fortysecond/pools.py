"""Names, places and goods the documents draw from (no apostrophes: fig2dev prints 0x27 as a "
"right quote)."""

from __future__ import annotations

import datetime as dt

COMPANIES = [
    ("Bluewater Anchor Supply Corp.", ["4410 Harbor Loop Road", "Tacoma, WA 98421"]),
    ("Kestrel & Finch Home Goods LLC", ["88 Industrial Parkway, Suite 12", "Edison, NJ 08837"]),
    ("Granite Peak Outfitters, Inc.", ["1250 Foothill Boulevard", "Ogden, UT 84404"]),
    ("Marigold Textile Imports Co.", ["301 Calle Ocho Plaza", "Miami, FL 33135"]),
    ("Ironbridge Fastener Company", ["7 Mill Race Lane", "Pittsburgh, PA 15222"]),
    ("Silverline Kitchenware Ltd.", ["2600 Commerce Drive", "Columbus, OH 43219"]),
    ("Prairie Lantern Lighting, Inc.", ["915 West Cherry Street", "Wichita, KS 67203"]),
    ("Coastal Reef Aquatics LLC", ["42 Dockside Way", "Charleston, SC 29492"]),
    ("Northwind Cycle Works Inc.", ["1800 Larimer Street, Floor 3", "Denver, CO 80202"]),
    ("Tamarack Toy Company", ["65 Birch Hollow Road", "Burlington, VT 05401"]),
    ("Redstone Ceramic Tile Corp.", ["3300 Kiln Avenue", "Dallas, TX 75212"]),
    ("Orchard Lane Pet Supply Inc.", ["12 Orchard Lane", "Fresno, CA 93721"]),
    ("Sable Creek Audio LLC", ["500 Music Row South", "Nashville, TN 37203"]),
    ("Harborlight Garden Products Co.", ["270 Greenhouse Road", "Savannah, GA 31408"]),
]
PEOPLE = [
    "Andrea L. Whitcombe",
    "Marcus T. Oyelaran",
    "Priya Raghunathan",
    "Daniel J. Kowalczyk",
    "Helena Vasquez-Ortiz",
    "Thomas R. Brannigan",
    "Mei-Ling Cho",
    "Samuel K. Adeyemi",
    "Grace E. Lindqvist",
    "Rafael Montalvo",
    "Colleen M. Fitzhugh",
    "Viktor Novak",
]
TITLES = [
    "Director of Trade Compliance",
    "Licensed Customs Broker",
    "General Counsel",
    "Import Manager",
    "Vice President, Logistics",
    "Customs Compliance Manager",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1601", "Charleston"),
    ("3901", "Chicago"),
    ("5201", "Miami"),
    ("1303", "Baltimore"),
]
FILERS = ["B4D", "7HA", "C21", "EGF", "31A", "H9B", "D5E", "A8C", "F2G", "I6H"]
GOODS = [
    (
        "Stainless steel vacuum-insulated beverage bottles, 750 ml, with polypropylene screw caps",
        "7323.93.0080",
    ),
    ("Cotton knit crew-neck pullovers for men, 60% cotton 40% polyester by weight", "6110.20.2079"),
    ("LED desk lamps with adjustable aluminum arms and USB charging ports", "9405.21.8000"),
    ("Glass mosaic wall tiles on mesh backing, 30 cm by 30 cm sheets", "7016.10.0000"),
    ("Bicycle disc brake rotors of steel, 160 mm diameter", "8714.94.9030"),
    ("Plush stuffed toy animals with polyester fill, 25 cm tall", "9503.00.0073"),
    ("Aquarium air pumps with dual outlets, 120 V", "8414.80.9000"),
    ("Hex-head bolts of carbon steel, zinc plated, M10 by 60 mm", "7318.15.8065"),
    ("Porcelain dinner plates, 27 cm, for household use", "6911.10.3810"),
    ("Bluetooth over-ear headphones with built-in microphone", "8518.30.2000"),
]
MATERIALS = {
    "7323.93.0080": "stainless steel 88%, polypropylene 10%, silicone 2% by weight",
    "6110.20.2079": "cotton 60%, polyester 40% by weight",
    "9405.21.8000": "aluminum 55%, ABS plastic 35%, electronics 10% by value",
    "7016.10.0000": "glass 92%, fiberglass mesh and adhesive 8% by weight",
    "8714.94.9030": "steel 100% by weight",
    "9503.00.0073": "polyester plush 70%, polyester fiber fill 30% by weight",
    "8414.80.9000": "ABS housing 45%, motor and electronics 40%, rubber 15% by value",
    "7318.15.8065": "carbon steel 99%, zinc plating 1% by weight",
    "6911.10.3810": "porcelain 100% by weight",
    "8518.30.2000": "plastics 50%, electronics 40%, textile and foam 10% by value",
}
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
ABBR = [
    "Jan.",
    "Feb.",
    "Mar.",
    "Apr.",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]


def fmt_date(day: dt.date, style: str) -> str:
    if style == "iso":
        return day.isoformat()
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    if style == "dmon":
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3].upper()}-{day.year}"
    raise ValueError(style)


def fmt_money(value: float, style: str) -> str:
    body = f"{value:,.2f}"
    if style == "dollar":
        return "$" + body
    if style == "plain":
        return body
    if style == "usd":
        return "USD " + body
    if style == "bare":
        return f"{value:.2f}"
    raise ValueError(style)
