"""A document as a list of blocks, laid out either on SVG pages or in XeLaTeX."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Title:
    text: str
    sub: str = ""


@dataclass(frozen=True)
class Fields:
    """Label/value pairs: numbered boxes on a form, a description list or aligned rows in TeX."""

    pairs: list[tuple[str, str]]
    numbered: bool = False


@dataclass(frozen=True)
class Para:
    text: str
    heading: str = ""
    footnote: str = ""  # a citation at the foot of the page (TeX) or after the paragraph (SVG)


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    caption: str = ""


@dataclass(frozen=True)
class Sign:
    """A signature: LEFT lines (name, title) and RIGHT lines (firm, place) side by side."""

    left: list[str]
    right: list[str] = field(default_factory=list)
    mark: str = ""  # "/s/ Name", or "" for a signature line


Block = Title | Fields | Para | Table | Sign


@dataclass
class Doc:
    """Blocks plus the page header repeated on every page."""

    header: str
    blocks: list[Block]
    letterhead: list[str] = field(default_factory=list)
