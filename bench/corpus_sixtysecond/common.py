# ruff: noqa: E501
"""Page drawing lists, word wrap on the base-14 metrics, date and money forms, and the pools of parties."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

FONTS = {
    "f1": "Helvetica",
    "f2": "Helvetica-Bold",
    "f3": "Times-Roman",
    "f4": "Times-Bold",
    "f5": "Courier",
    "f6": "Courier-Bold",
    "f7": "Times-Italic",
}
LETTER = (612, 792)
HALF = (396, 612)
LANDSCAPE = (792, 612)


def width(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, FONTS[font], size))


def wrap(text: str, avail: float, font: str, size: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and width(trial, font, size) > avail:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


class Doc:
    """A list of pages; each page is {"w", "h", "ops"} with ops ("t", font, size, x, y, text),
    ("l", x1, y1, x2, y2, width10) and ("r", x, y, w, h, grey100 or -1). All numbers are integers."""

    def __init__(self, size: tuple[int, int] = LETTER, margin: int = 72, bottom: int = 72) -> None:
        self.pages: list[dict[str, Any]] = []
        self.size = size
        self.margin = margin
        self.bottom = bottom
        self.y = 0
        self.on_new_page: Any = None
        self.new_page()

    @property
    def w(self) -> int:
        return int(self.pages[-1]["w"])

    @property
    def h(self) -> int:
        return int(self.pages[-1]["h"])

    def new_page(self, size: tuple[int, int] | None = None) -> None:
        if size:
            self.size = size
        self.pages.append({"w": self.size[0], "h": self.size[1], "ops": []})
        self.y = self.size[1] - self.margin
        if self.on_new_page:
            self.on_new_page(self)

    def text(self, x: float, y: float, s: str, font: str = "f3", size: int = 10) -> None:
        assert s.isascii(), s
        if s.strip():
            self.pages[-1]["ops"].append(("t", font, size, round(x), round(y), s))

    def right(self, x: float, y: float, s: str, font: str = "f3", size: int = 10) -> None:
        self.text(x - width(s, font, size), y, s, font, size)

    def center(
        self, y: float, s: str, font: str = "f3", size: int = 10, x0: float = 0, x1: float = 0
    ) -> None:
        x1 = x1 or self.w
        self.text((x0 + x1 - width(s, font, size)) / 2, y, s, font, size)

    def rule(self, x1: float, y1: float, x2: float, y2: float, w10: int = 5) -> None:
        self.pages[-1]["ops"].append(("l", round(x1), round(y1), round(x2), round(y2), w10))

    def box(self, x: float, y: float, w: float, h: float, grey: int = -1) -> None:
        self.pages[-1]["ops"].append(("r", round(x), round(y), round(w), round(h), grey))

    def need(self, lead: float) -> None:
        if self.y - lead < self.bottom:
            self.new_page()

    def line(
        self, s: str, font: str = "f3", size: int = 10, x: float | None = None, lead: float = 0
    ) -> None:
        lead = lead or size * 1.3
        self.need(lead)
        self.text(self.margin if x is None else x, self.y, s, font, size)
        self.y -= round(lead)

    def para(
        self,
        s: str,
        font: str = "f3",
        size: int = 10,
        x: float | None = None,
        right: float | None = None,
        lead: float = 0,
        after: float = 6,
        indent_first: str = "",
    ) -> None:
        x0 = self.margin if x is None else x
        x1 = (self.w - self.margin) if right is None else right
        lead = lead or size * 1.3
        for ln in wrap(indent_first + s, x1 - x0, font, size):
            self.need(lead)
            self.text(x0, self.y, ln, font, size)
            self.y -= round(lead)
        self.y -= round(after)


# ---------------------------------------------------------------- dates and money

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


def fdate(d: dt.date, form: str) -> str:
    m = MONTHS[d.month - 1]
    return {
        "long": f"{m} {d.day}, {d.year}",
        "dmy": f"{d.day} {m} {d.year}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": d.isoformat(),
        "abbr": f"{m[:3]}. {d.day}, {d.year}" if len(m) > 4 else f"{m} {d.day}, {d.year}",
        "dash": f"{d.day:02d}-{m[:3]}-{d.year}",
        "formal": f"the {ordinal(d.day)} day of {m}, {d.year}",
        "compact": f"{d.day:02d}{m[:3].upper()}{d.year}",
    }[form]


DATE_FORMS = ["long", "dmy", "us", "iso", "abbr", "dash", "formal", "compact"]


def money(c: int, form: str) -> str:
    d, r = divmod(c, 100)
    return {
        "dollar": f"${d:,}.{r:02d}",
        "plain": f"{d:,}.{r:02d}",
        "usd": f"USD {d:,}.{r:02d}",
        "bare": f"{d}.{r:02d}",
    }[form]


MONEY_FORMS = ["dollar", "plain", "usd", "bare"]

# ---------------------------------------------------------------- pools

COMPANIES = [
    ("Harrow & Quill Stationers Inc.", ["410 Foundry Street", "Paterson, NJ 07501"]),
    ("Bayline Outdoor Gear LLC", ["2250 Harbor View Road, Suite 300", "Oakland, CA 94607"]),
    ("Cedar Gap Home Furnishings Co.", ["18 Industrial Parkway", "High Point, NC 27260"]),
    ("Marisol Kitchen Imports, Inc.", ["9901 NW 25th Street", "Doral, FL 33172"]),
    ("Tamarack Cycle Works Ltd.", ["77 Lakeshore Drive", "Duluth, MN 55802"]),
    ("O'Fallon Brothers Lighting Corp.", ["3300 Gravois Avenue", "St. Louis, MO 63118"]),
    ("Northgate Textile Partners LP", ["155 Mill Street", "Fall River, MA 02720"]),
    ("Keystone Pet Supply Company", ["600 Freeport Road", "Pittsburgh, PA 15238"]),
    ("Saguaro Tile & Stone LLC", ["4120 East Broadway Road", "Phoenix, AZ 85040"]),
    ("Bluewater Marine Electronics Inc.", ["85 Wharf Lane", "Portsmouth, NH 03801"]),
    ("Prairie Loom Apparel Group", ["2701 Grand Avenue", "Des Moines, IA 50312"]),
    ("Fennimore Audio Labs, Inc.", ["1200 Technology Way", "Beaverton, OR 97005"]),
]
PEOPLE = [
    "Eleanor V. Szabo",
    "Rafael Montoya-Baird",
    "Priya N. Raghavan",
    "Thomas J. Kettering",
    "Lucinda Abernathy",
    "Desmond O'Rourke",
    "Hyun-woo Park",
    "Margarethe Lindqvist",
    "Calvin T. Okafor",
    "Beatriz Saldana",
    "Warren K. Ashby",
    "Noor Haddad",
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("5301", "Houston"),
    ("3002", "Seattle"),
    ("1601", "Charleston"),
    ("1703", "Savannah"),
    ("3901", "Chicago"),
    ("1401", "Norfolk"),
    ("2809", "San Francisco"),
    ("0401", "Boston"),
    ("5201", "Miami"),
    ("4601", "Newark"),
]
FILERS = ["B7D", "E24", "H3A", "9FC", "A61", "G5B", "D8E", "C2I", "4HB", "F9G"]
FIRMS = [
    ("Whitlock, Ames & Duarte LLP", ["1700 K Street NW, Suite 900", "Washington, DC 20006"]),
    ("Pemberton Trade Law PLLC", ["520 Pike Street, 14th Floor", "Seattle, WA 98101"]),
    ("Garza Okonkwo Customs Counsel", ["2 Penn Plaza East", "Newark, NJ 07105"]),
    ("Lark & Halvorsen LLP", ["233 South Wacker Drive", "Chicago, IL 60606"]),
]
BROKERS = [
    ("Meridian Customs Brokerage, Inc.", ["145 Dock Road", "Jamaica, NY 11430"]),
    ("Coastline Entry Services LLC", ["800 W. Ocean Blvd.", "Long Beach, CA 90802"]),
    ("Gulfbridge Brokers & Forwarders", ["9400 Port Road", "Houston, TX 77029"]),
]


def ein(rng: random.Random) -> str:
    return f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"


def pick(rng: random.Random, seq: list[Any]) -> Any:
    return seq[rng.randrange(len(seq))]
