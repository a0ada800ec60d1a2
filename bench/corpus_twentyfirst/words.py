"""How senders print dates, money and names; the pools the documents draw from."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

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


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DATE_STYLES: dict[str, Callable[[date], str]] = {
    "long": lambda d: f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
    "us": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "short": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "iso": lambda d: d.isoformat(),
    "dmy": lambda d: f"{d.day} {MONTHS[d.month - 1]} {d.year}",
    "abbr": lambda d: f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}".replace("May.", "May"),
    "mil": lambda d: f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}",
    "legal": lambda d: f"the {ordinal(d.day)} day of {MONTHS[d.month - 1]}, {d.year}",
    "dash": lambda d: f"{d.month:02d}-{d.day:02d}-{d.year}",
}


def fmt_date(day: date, style: str) -> str:
    return DATE_STYLES[style](day)


MONEY_STYLES = ("dollar", "plain", "usd", "comma", "dollar_usd")


def fmt_money(value: Decimal, style: str) -> str:
    grouped = f"{value:,.2f}"
    return {
        "dollar": f"${grouped}",
        "plain": f"{value:.2f}",
        "usd": f"USD {grouped}",
        "comma": grouped,
        "dollar_usd": f"${grouped} USD",
    }[style]


COMPANIES = [
    ("Harborview Kitchenware Inc.", "1180 Terminal Way", "Long Beach, CA 90802"),
    ("Blue Heron Outdoor Gear LLC", "42 Quarry Road", "Portland, ME 04101"),
    ("Castellan Lighting Corp.", "900 Industrial Parkway", "Elk Grove Village, IL 60007"),
    ("Marisol Textile Imports, Inc.", "2215 NW 79th Avenue", "Doral, FL 33122"),
    ("Granite Peak Tools Company", "77 Foundry Street", "Pittsburgh, PA 15222"),
    ("Okafor & Daughters Trading Co.", "310 Commerce Drive", "Savannah, GA 31408"),
    ("Lindqvist Marine Hardware Ltd.", "5 Pier 90 Road", "Seattle, WA 98119"),
    ("Sunbelt Ceramic Tile LLC", "4400 Westpark Drive", "Houston, TX 77042"),
    ("Redwood Bicycle Works, Inc.", "68 Harbor Boulevard", "Oakland, CA 94607"),
    ("Prairie Wind Home Goods Co.", "1502 Dock Street", "Tacoma, WA 98402"),
    ("Achterberg Audio Systems Inc.", "19 Route 9W", "Newburgh, NY 12550"),
    ("Kestrel Pet Supply Corporation", "8800 Airport Road", "Charlotte, NC 28208"),
    ("Tamarind Spice Traders LLC", "61 Haven Avenue", "Port Newark, NJ 07114"),
    ("Northgate Medical Disposables Inc.", "3030 Lakeshore Drive", "Cleveland, OH 44114"),
    ("Copperline Cable & Wire Co.", "270 Eastern Avenue", "Baltimore, MD 21224"),
    ("Vireo Eyewear Group LLC", "15 Canal Street", "New Orleans, LA 70130"),
]

PORTS = [
    ("2704", "Los Angeles/Long Beach Seaport"),
    ("1001", "New York/Newark"),
    ("3002", "Seattle"),
    ("1703", "Savannah"),
    ("5201", "Miami"),
    ("3901", "Chicago"),
    ("5301", "Houston/Galveston"),
    ("1303", "Baltimore"),
    ("2002", "New Orleans"),
    ("4103", "Cleveland"),
]

PEOPLE = [
    "Theodora M. Vance",
    "Rafael Quintero-Alba",
    "Priya Raghunathan",
    "Conrad J. Ellsworth",
    "Mei-Lin Ostrowski",
    "Desmond A. Achebe",
    "Ingrid Haldorsen",
    "Lucas P. Ferreira",
    "Naomi R. Steinberg",
    "Garrett Whitlock",
    "Yusuf Karaman",
    "Beatrix Llewellyn",
]

FIRMS = [
    "Pemberton Strand LLP",
    "Azimuth Customs Law Group",
    "Hollis, Mbeki & Renner PLLC",
    "Calloway Trade Advisors",
    "Brightwater Customs Brokerage, Inc.",
    "Tern & Harrow LLP",
]

GOODS = [
    ("Stainless steel stockpots with aluminum-clad bases, 8 and 12 quart", "7323.93.0045"),
    ("Men's woven cotton shirts, long sleeve, style nos. 44-210 and 44-212", "6205.20.2016"),
    ("LED panel luminaires for ceiling mounting, model CL-600", "9405.11.4010"),
    ("Porcelain floor tiles, unglazed, 600 x 600 mm", "6907.21.1005"),
    ("Cordless impact drivers with lithium-ion battery packs", "8467.29.0051"),
    ("Insulated polyester sleeping bags, rated to 20 degrees F", "9404.30.8000"),
    ("Brass marine deck fittings (cleats and chocks)", "7419.80.5050"),
    ("Bluetooth portable speakers, model AX-12", "8518.22.0000"),
    ("Dog harnesses of nylon webbing with plastic buckles", "4201.00.3000"),
    ("Ground turmeric, in 25 kg bags", "0910.30.0000"),
    ("Nitrile examination gloves, powder free", "4015.12.1010"),
    ("Copper building wire, insulated, 600 volt", "8544.49.3080"),
]

MATERIALS = {
    "7323.93.0045": "stainless steel 88%, aluminum 12% by weight",
    "6205.20.2016": "cotton 100%",
    "9405.11.4010": "aluminum housing 60%, polycarbonate diffuser 25%, electronics 15% by weight",
    "6907.21.1005": "porcelain (clay, feldspar, quartz)",
    "8467.29.0051": "steel 45%, plastics 35%, battery 20%",
    "9404.30.8000": "polyester shell and fill 100%",
    "7419.80.5050": "brass 100%",
    "8518.22.0000": "ABS plastic 55%, speaker drivers and electronics 45%",
    "4201.00.3000": "nylon webbing 80%, plastic buckles 20% by weight",
    "0910.30.0000": "turmeric 100%",
    "4015.12.1010": "nitrile rubber 100%",
    "8544.49.3080": "copper 70%, PVC insulation 30% by weight",
}
