# ruff: noqa: E501
"""Page model shared by both producers, invented parties, and the printed forms of dates and money."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

Op = list[
    Any
]  # ["text", x, y, font, size, s] | ["line", x1, y1, x2, y2, w] | ["rect", x, y, w, h, lw]
FONTS = ("H", "HB", "T", "TB", "C", "CB")
_WIDTH = {"H": 0.53, "HB": 0.57, "T": 0.48, "TB": 0.52, "C": 0.6, "CB": 0.6}


def width(s: str, font: str, size: float) -> float:
    return len(s) * _WIDTH[font] * size


class Doc:
    """Letter-size pages in points, y measured down from the top edge to the text baseline."""

    def __init__(self) -> None:
        self.pages: list[list[Op]] = [[]]

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x: float, y: float, s: str, font: str = "H", size: float = 10) -> None:
        if s.strip():
            self.pages[-1].append(["text", round(x, 2), round(y, 2), font, size, s])

    def right(self, x: float, y: float, s: str, font: str = "H", size: float = 10) -> None:
        self.text(x - width(s, font, size), y, s, font, size)

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.pages[-1].append(["line", round(x1, 2), round(y1, 2), round(x2, 2), round(y2, 2), w])

    def rect(self, x: float, y: float, w: float, h: float, lw: float = 0.5) -> None:
        self.pages[-1].append(["rect", round(x, 2), round(y, 2), round(w, 2), round(h, 2), lw])

    def para(
        self,
        x: float,
        y: float,
        wide: float,
        s: str,
        font: str = "H",
        size: float = 10,
        lead: float = 13,
    ) -> float:
        """Wrap s into lines no wider than `wide`; returns the baseline below the last line."""
        line = ""
        for word in s.split():
            trial = f"{line} {word}".strip()
            if line and width(trial, font, size) > wide:
                self.text(x, y, line, font, size)
                y += lead
                line = word
            else:
                line = trial
        self.text(x, y, line, font, size)
        return y + lead


MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def fdate(d: dt.date, style: str) -> str:
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "abbr":
        return f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year}"
    if style == "dots":
        return d.strftime("%Y.%m.%d")
    return d.isoformat()


DATE_STYLES = ("long", "dmy", "us", "abbr", "dots", "iso")


def money(cents: int, style: str) -> str:
    whole, frac = divmod(cents, 100)
    grouped = f"{whole:,}.{frac:02d}"
    if style == "usd":
        return f"USD {grouped}"
    if style == "plain":
        return grouped
    if style == "bare":
        return f"{whole}.{frac:02d}"
    return f"${grouped}"


MONEY_STYLES = ("dollar", "usd", "plain", "bare")

PORTS = [
    ("2704", "Los Angeles"), ("1001", "New York"), ("3901", "Chicago"), ("5301", "Houston"),
    ("1303", "Baltimore"), ("2809", "San Francisco"), ("3004", "Seattle"), ("1703", "Savannah"),
    ("4601", "Newark"), ("5201", "Miami"), ("3801", "Detroit"), ("2304", "Laredo"),
]  # fmt: skip
COMPANIES = [
    "Harbor Ridge Outfitters Inc.", "Calloway Marine Supply Co.", "Tessaro Home Goods LLC",
    "Brightwater Instruments Corp.", "Okafor & Lind Trading LLC", "Pinecrest Ceramics Inc.",
    "Veldhuis Bicycle Imports Inc.", "Saltmarsh Apparel Group LLC", "Northgate Lighting Corp.",
    "Ambrose Kitchenware Co.", "Redfern Optical Inc.", "Quillon Textiles LLC",
    "Marlowe & Daughters Foods Inc.", "Cinder Peak Tools Corp.", "Aurelian Audio LLC",
    "Kestrel Garden Products Inc.", "Bramble Street Toys Co.", "Ostrander Medical Devices Inc.",
]  # fmt: skip
STREETS = [
    "1450 Harbor Blvd., Suite 210", "88 Wharf Street", "2201 Industrial Parkway", "17 Elm Court",
    "400 Commerce Drive, Unit 5", "9 Cannery Row", "3120 Airport Road", "615 West Lake Avenue",
]  # fmt: skip
CITIES = [
    "Long Beach, CA 90802", "Elizabeth, NJ 07201", "Joliet, IL 60431", "Pasadena, TX 77506",
    "Tacoma, WA 98421", "Doral, FL 33172", "Savannah, GA 31408", "Dearborn, MI 48126",
]  # fmt: skip
PEOPLE = [
    "Miriam Castellanos", "Dov Abernathy", "Priya Raghunathan", "Tobias Weller", "Ines Marchetti",
    "Kwame Asante", "Harriet Oyelaran", "Lucas Fennimore", "Sigrid Tollefsen", "Rafael Quintero",
    "Agnes Whitcombe", "Yusuf Demir",
]  # fmt: skip
FILERS = ["ABC", "E7H", "9B2", "CDI", "H41", "FGA", "2D8", "BIE"]
GOODS = [
    ("stainless steel stock pots, 12-quart, with lids", "7323.93.0080"),
    ("cotton knit polo shirts for men", "6105.10.0010"),
    ("LED desk lamps with USB charging port", "9405.21.0000"),
    ("carbon fiber bicycle frames", "8714.91.3000"),
    ("porcelain dinner plates, sets of eight", "6911.10.3750"),
    ("wireless in-ear headphones", "8518.30.2000"),
    ("polyester woven table linens", "6302.53.0030"),
    ("hand-held cordless drills, 18 V", "8467.21.0030"),
    ("ceramic garden planters", "6912.00.5000"),
    ("plastic building-block toy sets", "9503.00.0073"),
]  # fmt: skip


def rng(*parts: Any) -> random.Random:
    return random.Random("|".join(str(p) for p in parts))


def ein(r: random.Random) -> str:
    return f"{r.randint(11, 98)}-{r.randint(1000000, 9999999)}"


def serial(r: random.Random) -> str:
    return f"{r.randint(0, 9999999):07d}"


def business_date(r: random.Random, start: dt.date, span: int) -> dt.date:
    d = start + dt.timedelta(days=r.randint(0, span))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d
