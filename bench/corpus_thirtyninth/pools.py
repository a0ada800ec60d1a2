"""Names, places, goods and the printing habits (dates, money) of this hand's senders."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

PARTIES = [
    ("Halvorsen Marine Supply Co.", ["411 Harbor Loop", "Tacoma, WA 98421"]),
    ("Bright Meadow Textiles, Inc.", ["2200 Commerce Parkway, Suite 140", "Greensboro, NC 27409"]),
    ("O'Rourke & Daughters Tile LLC", ["88 Quarry Road", "Barre, VT 05641"]),
    ("Pinecrest Outdoor Gear Corp.", ["1750 W. Lake Street", "Chicago, IL 60612"]),
    ("Sunward Solar Components, Inc.", ["9 Innovation Drive", "Tempe, AZ 85281"]),
    ("Casa Verde Foods Import Co.", ["3105 NW 72nd Avenue", "Miami, FL 33122"]),
    ("Kestrel Audio Devices LLC", ["640 Bryant Street, Floor 3", "San Francisco, CA 94107"]),
    ("Mariposa Ceramics & Glass Ltd.", ["17 Ferry Street", "Newark, NJ 07105"]),
    ("Tri-County Hardware Distributors", ["5020 Industrial Blvd.", "Columbus, OH 43219"]),
    ("Aldergate Medical Supplies, Inc.", ["300 Research Way", "Memphis, TN 38118"]),
]
SURETIES = [("Great Lakes Surety Company", ["1 Insurance Plaza", "Hartford, CT 06103"])]
PORTS = [("2704", "Los Angeles"), ("1001", "New York"), ("1703", "Savannah"), ("3002", "Seattle"),
         ("5301", "Houston"), ("0901", "Buffalo"), ("4601", "Newark"), ("5201", "Miami")]
SIGNERS = ["Teresa M. Lindqvist", "Rajiv Anand", "Colleen P. Ferraro", "Dmitri Volkov",
           "Aiyana Whitehorse", "Gustavo Echeverria", "Helen Tsao-Baker", "Samuel K. Ofori"]
GOODS = [
    ("Stainless steel marine deck cleats, models DC-6 and DC-8", "7326.90.8688"),
    ("Woven polyester upholstery fabric, 280 g/m2, in rolls", "5407.61.9930"),
    ("Glazed porcelain floor tiles, 60 x 60 cm", "6907.22.0000"),
    ("Nylon camping hammocks with suspension straps", "6306.22.9030"),
    ("Monocrystalline solar cells, not assembled in modules", "8541.42.0010"),
    ("Frozen cooked black beans in 2 kg pouches", "2005.51.2020"),
    ("Wireless over-ear headphones with noise cancelling", "8518.30.2000"),
    ("Hand-painted ceramic serving bowls", "6912.00.4810"),
    ("Cordless rotary hammer drills, 18 V", "8467.21.0010"),
    ("Disposable nitrile examination gloves", "4015.12.1010"),
]
FILERS = ["A7B", "EH2", "31C", "BD4", "G9F", "IC1", "H2E", "5DA"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DATE_STYLES = ["long", "us", "iso", "dmy", "abbr", "ordinal"]
MONEY_STYLES = ["dollar", "plain", "usd", "bare", "spaced"]


def ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def fmt_date(day: dt.date, style: str) -> str:
    month = MONTHS[day.month - 1]
    if style == "long":
        return f"{month} {day.day}, {day.year}"
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "dmy":
        return f"{day.day} {month} {day.year}"
    if style == "abbr":
        short = month[:3] + ("" if month == "May" else ".")
        return f"{short} {day.day}, {day.year}"
    return f"{month} {ordinal(day.day)}, {day.year}"


def fmt_money(value: Decimal | float, style: str) -> str:
    text = f"{Decimal(str(value)):,.2f}"
    return {"dollar": f"${text}", "plain": text, "usd": f"USD {text}",
            "bare": text.replace(",", ""), "spaced": f"$ {text}"}[style]


def ein(rng: random.Random) -> str:
    return f"{rng.randint(20, 98)}-{rng.randint(1000000, 9999999)}"


def business(day: dt.date) -> dt.date:
    from bench.corpus_thirtyninth.law import business_day

    while not business_day(day):
        day += dt.timedelta(1)
    return day
