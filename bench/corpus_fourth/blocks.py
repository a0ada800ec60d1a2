"""What a page holds, independent of the producer that prints it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Letterhead:
    lines: list[str]


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    right: bool = False


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Fields:
    """Caption/value pairs: boxed prints a form grid, else aligned `label  value` lines."""

    rows: list[tuple[str, str]]
    boxed: bool = False


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]
    ruled: bool = True
    wrap: bool = False  # cells may wrap (long text); otherwise each cell stays on one line


@dataclass(frozen=True)
class Checks:
    items: list[tuple[bool, str]]


@dataclass(frozen=True)
class Break:
    """A page break."""


Block = Letterhead | Para | Heading | Fields | Table | Checks | Break


@dataclass
class Doc:
    """One document: its blocks, truth file and the printed text of every scored value."""

    kind: str
    case: str
    producer: str
    style: str
    blocks: list[Block]
    truth: dict[str, Any]
    printed: list[str] = field(default_factory=list)
    font: str = "serif"
