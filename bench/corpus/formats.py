"""Ways US documents print dates and check boxes; each document picks its own."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date

DateStyle = Callable[[date], str]


def _abbrev(d: date) -> str:
    name = d.strftime("%B")
    if len(name) <= 4:
        return name  # May, June, July are printed whole
    return ("Sept" if d.month == 9 else name[:3]) + "."


NUMERIC_STYLES: tuple[DateStyle, ...] = (
    lambda d: d.strftime("%m/%d/%Y"),  # 01/05/2024
    lambda d: f"{d.month}/{d.day}/{d:%y}",  # 1/5/24
    lambda d: d.isoformat(),  # 2024-01-05
)
WORD_STYLES: tuple[DateStyle, ...] = (
    lambda d: f"{d:%B} {d.day}, {d.year}",  # January 5, 2024
    lambda d: f"{_abbrev(d)} {d.day}, {d.year}",  # Jan. 5, 2024
    lambda d: f"{d.day} {d:%B} {d.year}",  # 5 January 2024
)


def stamp_date(d: date) -> str:
    """A receipt stamp's date: MAR 15 2024."""
    return f"{d:%b} {d.day:02d} {d.year}".upper()


def pick_numeric(rng: random.Random) -> DateStyle:
    return rng.choice(NUMERIC_STYLES)


def pick_any(rng: random.Random) -> DateStyle:
    return rng.choice(NUMERIC_STYLES + WORD_STYLES)


def yes_no(value: bool | None, *, yes_first: bool = True, box_after: bool = False) -> str:
    """A printed Yes/No check box pair; neither ticked when the value is None."""
    yes, no = ("X" if value else " "), ("X" if value is False else " ")
    pairs = [("YES", yes), ("NO", no)] if yes_first else [("NO", no), ("YES", yes)]
    if box_after:
        return "   ".join(f"{word.title()} [{mark}]" for word, mark in pairs)
    return "   ".join(f"[{mark}] {word}" for word, mark in pairs)
