"""Invented parties, places and goods, and the ways senders print dates and money."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

COMPANIES = [
    ("Kestrel Ridge Outfitters, Inc.", "4410 Tamarack Way", "Bozeman, MT 59715"),
    ("Marlowe & Finch Home Goods LLC", "88 Harbor Point Road", "Stamford, CT 06902"),
    ("Sunbelt Ceramic Tile Co.", "2301 W. Buckeye Rd.", "Phoenix, AZ 85009"),
    ("Okafor Brothers Trading Corp.", "190 Meadowlands Parkway, Suite 4", "Secaucus, NJ 07094"),
    ("Bluewater Angling Supply, L.L.C.", "7 Quay Street", "Portland, ME 04101"),
    ("Pinecrest Musical Instruments Inc.", "1500 Commerce Drive", "Elkhart, IN 46514"),
    ("Three Rivers Lighting Group, Inc.", "600 Grant Street, Floor 12", "Pittsburgh, PA 15219"),
    ("Desert Bloom Cosmetics, LLC", "3325 E. Tropicana Ave.", "Las Vegas, NV 89121"),
    ("Hollis-Varga Industrial Fasteners Co.", "22 Foundry Lane", "Worcester, MA 01608"),
    ("Cascadia Kids' Furniture Corp.", "9800 SW Nimbus Ave.", "Beaverton, OR 97008"),
    ("Gulfport Seafood Traders, Inc.", "1 Pass Road", "Gulfport, MS 39501"),
    ("Yellowstone Valley Saddlery LLC", "315 N. 27th Street", "Billings, MT 59101"),
]
PEOPLE = [
    "Theodora K. Lindqvist",
    "Marcus J. Abernathy",
    "Priya Raghunathan",
    "Conor O'Shaughnessy",
    "Beatriz Alvarado-Kim",
    "Samuel T. Okonkwo",
    "Ingrid Halvorsen",
    "Desmond P. Achebe",
    "Ruth Ellen Castellano",
    "Warrick D. Pemberton",
    "Mei-Ling Zhou",
    "Jonah R. Feldstein",
]
FIRMS = [
    "Halbrook Tessier LLP",
    "Quayle, Moran & Ishikawa PLLC",
    "Northgate Trade Counsel P.C.",
    "Brightwater Customs Brokerage, Inc.",
    "Ferrante Logistics & Customs Services",
]
FIRM_ADDRESSES = [
    "1200 19th Street NW, Suite 500, Washington, DC 20036",
    "One World Trade Center, Suite 8500, New York, NY 10007",
    "355 S. Grand Avenue, 44th Floor, Los Angeles, CA 90071",
    "2 Seaport Lane, Boston, MA 02210",
]
EXPORTERS = [
    (
        "Hangzhou Lianfeng Household Products Co., Ltd.",
        "No. 88 Jiangnan Road, Binjiang District",
        "Hangzhou, Zhejiang 310052, China",
    ),
    (
        "Dong Phuong Furniture Joint Stock Company",
        "Lot C4, Song Than 2 Industrial Park",
        "Di An, Binh Duong, Vietnam",
    ),
    (
        "Sahin Tekstil Sanayi ve Ticaret A.S.",
        "Organize Sanayi Bolgesi 4. Cadde No. 12",
        "Bursa 16140, Turkey",
    ),
    ("Precision Werkzeuge Muller GmbH", "Industriestrasse 41", "73760 Ostfildern, Germany"),
]
PORTS = [
    ("1703", "Savannah, GA"),
    ("2704", "Los Angeles, CA"),
    ("1001", "New York, NY"),
    ("3901", "Chicago, IL"),
    ("5301", "Houston, TX"),
    ("2809", "San Francisco, CA"),
    ("3002", "Seattle, WA"),
    ("1401", "Norfolk, VA"),
]
GOODS = [
    "Cordless rechargeable hair clippers with stainless steel blades, model HC-900",
    "Men's woven cotton shirts, long sleeve, style nos. 4410 and 4412",
    "Glazed porcelain floor tiles, 60 x 60 cm, water absorption under 0.5 percent",
    "Carbon fiber fishing rods, two-piece, 7 ft., item FR-27",
    "Solid maple student violins, 4/4 size, with bow and case",
    "LED downlight fixtures, 6 inch, 120 V, with aluminum housings",
    "Children's upholstered armchairs with pine frames, SKU KA-12",
    "Zinc-plated steel hex bolts, M10 x 40 mm, property class 8.8",
]
FILERS = ["ABD", "CEF", "GHI", "BAD", "FIG", "DEC", "H7A", "2EB"]


def pick(rng: random.Random, items: list[str]) -> str:
    return items[rng.randrange(len(items))]


def fmt_date(day: date, style: int) -> str:
    """One of the ways a US sender prints a date."""
    months = [
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
    short = [
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
    return [
        f"{months[day.month - 1]} {day.day}, {day.year}",
        f"{day:%m/%d/%Y}",
        f"{day.month}/{day.day}/{day:%y}",
        f"{short[day.month - 1]} {day.day}, {day.year}",
        f"{day.day} {months[day.month - 1]} {day.year}",
        day.isoformat(),
    ][style % 6]


def fmt_money(amount: Decimal, style: int) -> str:
    """One of the ways a referral prints money."""
    return [f"${amount:,.2f}", f"{amount:.2f}", f"{amount:,.2f}", f"USD {amount:,.2f}"][style % 4]


def ein(rng: random.Random) -> str:
    return f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"
