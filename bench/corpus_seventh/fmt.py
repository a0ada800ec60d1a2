"""The ways US senders print dates, money and names, and the Doc every style fills in."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

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
# Blocks for pdfme: ("p", text), ("b", heading), ("table", rows), ("break",).
Block = tuple[Any, ...]


def date_styles(day: date) -> list[str]:
    """Five printed forms of one date."""
    abbr = MONTHS[day.month - 1][:3]
    short = abbr + ("." if MONTHS[day.month - 1] != abbr and day.month != 5 else "")
    return [
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
        f"{day:%m/%d/%Y}",
        day.isoformat(),
        f"{day.day} {MONTHS[day.month - 1]} {day.year}",
        f"{short} {day.day}, {day.year}",
    ]


def money_styles(value_cents: int) -> list[str]:
    """Four printed forms of one amount."""
    dollars = f"{value_cents // 100:,}.{value_cents % 100:02d}"
    return [
        f"${dollars}",
        f"USD {dollars}",
        dollars,
        f"{value_cents // 100}.{value_cents % 100:02d}",
    ]


@dataclass
class Doc:
    """One document: its truth file, its text for a producer, and the strings it must print."""

    kind: str
    case: str
    producer: str
    args: list[str]
    values: dict[str, Any]
    decision: dict[str, Any]
    not_scored: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    font: str = "Helvetica"
    header: str = ""
    printed: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, Any]:
        """The truth file in corpus-b's layout."""
        out: dict[str, Any] = {
            "kind": self.kind,
            "case": self.case,
            "args": self.args,
            "values": self.values,
            "decision": self.decision,
        }
        if self.not_scored:
            out["not_scored"] = self.not_scored
        return out


class Pick:
    """A seeded chooser, so every phrasing is a choice the seed fixes."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def one(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def date(self, day: date, forms: list[int] | None = None) -> str:
        return date_styles(day)[self.rng.choice(forms or [0, 1, 2, 3, 4])]

    def money(self, value_cents: int) -> str:
        return self.rng.choice(money_styles(value_cents))


PEOPLE = [
    "Dana K. Oyelaran",
    "Marcus T. Bellweather",
    "Priya Ramanathan",
    "Owen J. Castellanos",
    "Harriet L. Fenwick",
    "Tobias Nakamura-Reyes",
    "Lucinda M. Ashgrove",
    "Gideon P. Farrow",
    "Soledad Iturbe",
    "Bartholomew Quaye",
    "Ingrid S. Holmqvist",
    "Rafael D. Okonkwo",
]
COMPANIES = [
    ("Bluegill Outdoor Goods LLC", "4410 Harbor Point Road", "Baltimore, MD 21224"),
    ("Prairie Lantern Home Furnishings, Inc.", "2300 Industrial Pkwy", "Omaha, NE 68110"),
    ("Copperleaf Kitchen & Bath Co.", "98 Foundry Street", "Paterson, NJ 07501"),
    ("Sable Ridge Apparel Group", "7150 Westheimer Rd., Suite 400", "Houston, TX 77063"),
    ("Kestrel Cycle Works Corp.", "15 Ferry Landing", "Portland, OR 97217"),
    ("Tamarack Toy Company", "601 Commerce Blvd.", "Louisville, KY 40218"),
    ("Harborline Marine Electronics, Inc.", "3200 S. Dixie Highway", "West Palm Beach, FL 33405"),
    ("Juniper & Vale Textiles Ltd.", "44 Mill Pond Lane", "Fall River, MA 02720"),
    ("Ostrander Tool & Die Supply", "1800 Elm Grove Ave.", "Toledo, OH 43612"),
    ("Marigold Ceramics Import Co.", "250 Railroad Ave.", "Savannah, GA 31401"),
    ("Westbrook Lighting Solutions LLC", "9 Quarry Road", "Allentown, PA 18109"),
    ("Cinderhill Sporting Goods, Inc.", "5120 Airport Freeway", "Fort Worth, TX 76117"),
]
PORTS = [
    ("2704", "Los Angeles"),
    ("1001", "New York"),
    ("1703", "Savannah"),
    ("5301", "Houston"),
    ("3901", "Chicago"),
    ("1303", "Baltimore"),
    ("2904", "Portland"),
    ("4601", "Newark"),
]
GOODS = [
    ("Stainless steel insulated beverage bottles, 20 oz and 32 oz", "7323.93.0080", "9617.00.1000"),
    ("Battery-operated plush toy animals with sound modules", "9503.00.0073", "9503.00.0090"),
    ("Men's woven cotton shirts, long sleeve, not napped", "6205.20.2066", "6205.20.2016"),
    ("LED under-cabinet light fixtures with plug-in drivers", "9405.42.8440", "9405.11.6010"),
    ("Aluminum bicycle frames, unpainted", "8714.91.3000", "8714.91.5000"),
    ("Porcelain dinnerware sets of 16 pieces", "6911.10.3810", "6912.00.4810"),
]


def wrap(text: str, width: int, prefix: str = "") -> list[str]:
    """Fixed-width lines of at most `width` characters after `prefix`, split at spaces only."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(prefix + line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return [*lines, prefix + line] if line else lines


def case_and_style(index: int, cases: list[str], styles: list[str]) -> tuple[str, str]:
    """Case by position; the style shifts each round so that a case meets every style."""
    return cases[index % len(cases)], styles[(index + index // len(cases)) % len(styles)]
