"""Invented parties, places, goods and the printed styles of dates and money."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from bench.corpus_twentieth.law import entry_number

PORTS = [("1703", "Savannah, GA"), ("2704", "Los Angeles, CA"), ("1001", "New York, NY"),
         ("3901", "Chicago, IL"), ("5301", "Houston, TX"), ("2809", "San Francisco, CA"),
         ("1401", "Norfolk, VA"), ("3002", "Seattle, WA"), ("4601", "Newark, NJ"),
         ("1601", "Charleston, SC"), ("5201", "Miami, FL"), ("0712", "Champlain, NY")]
COMPANIES = ["Quillfeather Housewares LLC", "Brandywine Cycle Imports, Inc.",
             "Osprey Ridge Outfitters Co.", "Halvorsen & Daughters Trading Corp.",
             "Juniper Lane Ceramics, Inc.", "Mesquite Valley Tool Supply LLC",
             "Copperline Lighting Group, Inc.", "Tamarack Footwear Company",
             "Blue Heron Textile Mills, Inc.", "Kestrel Marine Hardware LLC",
             "Pinecrest Garden Goods Corp.", "Arroyo Seco Kitchenware, Inc.",
             "Whitfield-Ng Electronics LLC", "Larkspur Pet Products Co.",
             "Old Mill Road Furniture, Inc.", "Saltmarsh Apparel Group LLC"]
STREETS = ["1450 Harbor Gate Blvd.", "88 Tanner Street, Suite 210", "2301 Industrial Parkway",
           "17 Quarry Lane", "640 West Ferris Avenue", "9 Commerce Court, Unit 4",
           "3125 Riverbend Road", "410 Depot Street", "5550 Airport Loop Drive",
           "72 Foundry Row"]
CITIES = ["Pooler, GA 31322", "Ontario, CA 91761", "Secaucus, NJ 07094",
          "Elk Grove Village, IL 60007",
          "Katy, TX 77494", "Hayward, CA 94545", "Chesapeake, VA 23320", "Kent, WA 98032",
          "Summerville, SC 29483", "Doral, FL 33172", "Plattsburgh, NY 12901"]
PEOPLE = ["Renata O. Castellanos", "Douglas P. Whitcombe", "Mei-Ling Harrow", "Tobias J. Ferreira",
          "Priya Raghunathan", "Colm F. Brennan", "Annika S. Lindqvist", "Marcus D. Oyelaran",
          "Hollis T. Beaumont", "Giselle M. Arceneaux", "Wendell K. Yoshida", "Fiona R. McAllister"]
FIRMS = [("Hatcher Lindgren & Ruiz LLP", "1201 Pennsylvania Ave. NW, Suite 600",
          "Washington, DC 20004"),
         ("Oakes, Merriweather & Tran PLLC", "55 Water Street, 22nd Floor", "New York, NY 10041"),
         ("Calloway Trade Law Group", "800 Brickell Avenue, Suite 1400", "Miami, FL 33131"),
         ("Strand & Pemberton LLP", "600 Montgomery Street", "San Francisco, CA 94111")]
BROKERS = [("Tidewater Customs Brokerage, Inc.", "210 Bay Street", "Savannah, GA 31401"),
           ("Great Lakes Entry Services LLC", "1100 W. Touhy Ave.", "Des Plaines, IL 60018"),
           ("Pacific Rim Trade Consultants", "19800 Mariner Ave.", "Torrance, CA 90503")]
GOODS = [("stainless steel vacuum-insulated beverage bottles, 24 oz., item VB-240",
          "7323.93.0080", "stainless steel"),
         ("waterproof hiking boots for men, rubber soles and leather uppers, style TR-9",
          "6403.91.6090", "leather and rubber"),
         ("cordless LED work lights with rechargeable lithium-ion battery, model WL-55",
          "8513.10.4000", "aluminum and polycarbonate"),
         ("glazed stoneware dinner plates, 10.5 inch, pattern Harvest Moon",
          "6912.00.4810", "stoneware"),
         ("cotton terry bath towels, 27 x 54 inch, dyed", "6302.60.0020", "100% cotton"),
         ("bicycle disc brake rotors of steel, 160 mm, part DR-160", "8714.94.9010", "steel"),
         ("polyester fleece pet beds with foam insert, model PB-30", "6307.90.9891",
          "polyester and polyurethane foam"),
         ("wooden dining chairs with upholstered seats, model DC-12", "9401.61.6011",
          "beech wood and polyester fabric")]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.",
        "Dec."]
DATE_STYLES = ("long", "abbr", "us", "iso", "dmy", "ddmonyyyy", "usdash")


def fmt_date(day: date, style: str) -> str:
    """One US sender's way of writing a date."""
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "abbr":
        return f"{ABBR[day.month - 1]} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if style == "ddmonyyyy":
        return f"{day.day:02d}-{MONTHS[day.month - 1][:3]}-{day.year}"
    return f"{day.month}-{day.day}-{day.year}"  # usdash


def fmt_money(value: Decimal, style: str) -> str:
    """$1,234.56 / USD 1,234.56 / 1,234.56 / 1234.56."""
    text = f"{value:,.2f}"
    if style == "dollar":
        return f"${text}"
    if style == "usd":
        return f"USD {text}"
    if style == "plain":
        return f"{value:.2f}"
    return text


def filer_code(rng: random.Random) -> str:
    letters = "ABCDEFGHI"
    digits = "0123456789"
    return rng.choice(letters) + rng.choice(letters + digits) + rng.choice(digits + letters)


def new_entry(rng: random.Random, filer: str) -> str:
    return entry_number(filer, f"{rng.randrange(10**7):07d}")


def importer_number(rng: random.Random) -> str:
    return f"{rng.randrange(10, 99)}-{rng.randrange(10**7):07d}"
