"""A document as a list of blocks that either producer can print."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Para:
    """A paragraph; `notes` become footnotes (rinoh) or numbered notes at the end (abiword)."""

    text: str
    notes: list[str] = field(default_factory=list)
    bold: bool = False


@dataclass
class Lines:
    """Lines kept as printed: letterheads, addresses, signature blocks."""

    lines: list[str]


@dataclass
class Table:
    """A table with one header row (repeated on every page where the producer can)."""

    header: list[str]
    rows: list[list[str]]


@dataclass
class Heading:
    text: str


@dataclass
class PageBreak:
    """A new page, with the running caption a letter's continuation page carries (or none)."""

    caption: str = ""


Block = Para | Lines | Table | Heading | PageBreak


@dataclass
class Doc:
    """One document: blocks plus the typeface family it asks for."""

    blocks: list[Block]
    font: str = "serif"  # serif | sans | mono
