"""What every kind shares: a built document's truth, date styles and money styles."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

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
SHORT = [
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


@dataclass
class Built:
    """One document's truth file; `case` names the situation and the style it is written in."""

    kind: str
    case: str
    producer: str
    args: list[str]
    values: dict[str, Any]
    decision: dict[str, Any]
    not_scored: list[str] = field(default_factory=list)

    def truth(self) -> dict[str, Any]:
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


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


DATE_STYLES = ("us", "us-short", "long", "abbr", "day-first", "iso", "ordinal", "dotted-day-first")


def date_text(day: dt.date, style: str) -> str:
    """A date as a US sender (or a day-first foreign-trained clerk) prints it."""
    if style == "us":
        return f"{day.month:02d}/{day.day:02d}/{day.year}"
    if style == "us-short":
        return f"{day.month}/{day.day}/{day.year % 100:02d}"
    if style == "long":
        return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"
    if style == "abbr":
        return f"{SHORT[day.month - 1]} {day.day}, {day.year}"
    if style == "day-first":
        return f"{day.day} {SHORT[day.month - 1].rstrip('.')} {day.year}"
    if style == "iso":
        return day.isoformat()
    if style == "ordinal":
        return f"{SHORT[day.month - 1]} {ordinal(day.day)}, {day.year}"
    if style == "dotted-day-first":
        return f"{day.day:02d}-{SHORT[day.month - 1].rstrip('.').upper()[:3]}-{day.year}"
    raise ValueError(style)


def usd(value: Decimal, style: str = "dollar") -> str:
    """Money exact to the cent in the styles referrals use (prose may round; tables never do)."""
    plain = f"{value:,.2f}"
    if style == "dollar":
        return f"${plain}"
    if style == "usd":
        return f"USD {plain}"
    if style == "bare":
        return plain
    if style == "nocomma":
        return f"{value:.2f}"
    raise ValueError(style)


def rough(value: Decimal) -> str:
    """Prose shorthand such as $12.5K, never scored."""
    if value >= 1000:
        return f"${value / 1000:.1f}K"
    return f"${value:.0f}"


def pick(rng: random.Random, options: Sequence[T]) -> T:
    return options[rng.randrange(len(options))]


def iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def num(value: Decimal) -> float:
    return float(value)


def run_on_file(
    text: str,
    suffix: str,
    argv: Callable[[str], list[str]],
    env: dict[str, str],
    encoding: str = "utf-8",
) -> bytes:
    """Writes `text` to a scratch file, runs the producer on it, returns its stdout."""
    with tempfile.NamedTemporaryFile("w", suffix=suffix, delete=False, encoding=encoding) as handle:
        handle.write(text)
    try:
        result = subprocess.run(
            argv(handle.name), check=True, capture_output=True, timeout=60, env=env
        )
    finally:
        Path(handle.name).unlink()
    return result.stdout
