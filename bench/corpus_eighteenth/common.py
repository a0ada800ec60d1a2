"""Shared pieces: the document record, spec blocks both renderers draw, and pools of parties."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

Block = dict[str, Any]
T = TypeVar("T")


@dataclass
class Doc:
    """One generated document: how to draw it, its truth, and the printed text a test looks for."""

    kind: str
    case: str
    producer: str
    spec: dict[str, Any]
    truth: dict[str, Any]
    printed: list[str] = field(default_factory=list)


def spec(
    blocks: list[Block],
    *,
    font: str,
    size: int,
    creator: str,
    header: str | None = None,
    footer: str | None = None,
) -> dict[str, Any]:
    """A document spec as render.php and render.rb read it."""
    return {
        "blocks": blocks,
        "font": font,
        "size": size,
        "creator": creator,
        "header": header,
        "footer": footer,
    }


def h(text: str, size: int = 13, align: str = "L") -> Block:
    return {"t": "h", "text": text, "size": size, "align": align}


def p(text: str, bold: bool = False, align: str = "L") -> Block:
    return {"t": "p", "text": text, "bold": bold, "align": align}


def kv(rows: list[tuple[str, str]], w: float = 0.32) -> Block:
    return {"t": "kv", "rows": [list(r) for r in rows], "w": w}


def grid(rows: list[list[tuple[str, str, float]]]) -> Block:
    return {"t": "grid", "rows": [[list(c) for c in row] for row in rows]}


def table(head: list[str], rows: list[list[str]], widths: list[float], borders: str) -> Block:
    return {"t": "table", "head": head, "rows": rows, "widths": widths, "borders": borders}


def checks(items: list[tuple[str, bool]]) -> Block:
    return {"t": "checks", "items": [list(i) for i in items]}


def stamp(lines: list[str]) -> Block:
    return {"t": "stamp", "lines": lines}


def rule() -> Block:
    return {"t": "rule"}


def space(height: int) -> Block:
    return {"t": "space", "h": height}


def brk() -> Block:
    return {"t": "break"}


@dataclass(frozen=True)
class Party:
    name: str
    lines: tuple[str, ...]
    ein: str

    @property
    def address(self) -> str:
        return ", ".join(self.lines)


PARTIES = [
    Party(
        "Quillfeather Stationery Imports, Inc.",
        ("4410 Gateway Blvd., Suite 210", "Reno, NV 89502"),
        "88-4120573",
    ),
    Party(
        "Bellwether & Daughters Trading Co.",
        ("17 Front Street", "Baltimore, MD 21202"),
        "52-7781904",
    ),
    Party("O'Donnell Outdoor Gear LLC", ("900 Alpine Way", "Boise, ID 83702"), "82-3306617"),
    Party("Sunfield Ceramics Corp.", ("2250 Kiln Road", "Tampa, FL 33610"), "59-6618842"),
    Party("Marrow Lane Audio Ltd.", ("68 Harbor Point Drive", "Portland, OR 97217"), "93-2204416"),
    Party(
        "Ridgecrest <RCX> Components LLC",
        ("1200 Foundry Avenue", "Pittsburgh, PA 15222"),
        "25-8839021",
    ),
    Party(
        "Copperleaf Home Textiles, Inc.", ("31 Weaver Street", "Greensboro, NC 27401"), "56-4471290"
    ),
    Party("Tallgrass Pet Supply Co.", ("7705 Prairie Lane", "Omaha, NE 68114"), "47-1928305"),
    Party("Kestrel Bay Marine Hardware Inc.", ("455 Wharf Road", "Mobile, AL 36602"), "63-5507718"),
    Party(
        "Vantage Kitchenware Group LLC",
        ("3301 Commerce Parkway", "Columbus, OH 43219"),
        "31-6042287",
    ),
    Party("Ashby-Nakamura Optics Corp.", ("140 Lens Court", "San Jose, CA 95131"), "77-0918345"),
    Party("Prairie Rose Candle Works", ("12 Depot Street", "Fargo, ND 58102"), "45-2290176"),
]

PORTS = [
    ("2704", "Los Angeles, CA"),
    ("1001", "New York, NY"),
    ("5301", "Houston, TX"),
    ("1303", "Baltimore, MD"),
    ("2904", "Portland, OR"),
    ("3901", "Chicago, IL"),
    ("1801", "Tampa, FL"),
    ("4601", "Newark, NJ"),
]

PEOPLE = [
    "Eleanor V. Prescott",
    "Marcus J. Okafor",
    "Dana L. Whitcombe",
    "Rafael T. Ibarra",
    "Sonia K. Lindqvist",
    "Gregory P. Hanlon",
    "Aiko M. Farrell",
    "Thaddeus R. Coleman",
    "Priya N. Castellano",
    "Wendell A. Broussard",
    "Lucia F. Marchetti",
    "Owen D. Abernathy",
]

FIRMS = [
    ("Harrow, Vale & Quint LLP", ("1776 K Street NW, Suite 900", "Washington, DC 20006")),
    ("Stanwick Trade Law PLLC", ("250 Park Avenue South, 7th Floor", "New York, NY 10003")),
    ("Delacroix Customs Counsel", ("600 Travis Street, Suite 3400", "Houston, TX 77002")),
    ("Pemberton Brokerage Services, Inc.", ("5 Terminal Way", "Elizabeth, NJ 07201")),
]


def pick(rng: random.Random, options: Sequence[T]) -> T:
    """One option, chosen by the generator's seeded random source."""
    return options[rng.randrange(len(options))]
