"""A tiny page model both PDF producers render, so one document can come out of either."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Heading:
    text: str
    size: float = 13
    align: Align = "left"


@dataclass(frozen=True)
class Para:
    text: str
    size: float = 10
    bold: bool = False
    align: Align = "left"


@dataclass(frozen=True)
class Box:
    """One form box: a small label and the value's lines, below it or after it on one line."""

    label: str
    lines: tuple[str, ...] = ()
    width: float = 1.0  # share of the row
    inline: bool = False


@dataclass(frozen=True)
class BoxRow:
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class Grid:
    """A ruled table with a header row."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # shares; equal when empty
    size: float = 9


@dataclass(frozen=True)
class Stamp:
    """A framed receipt stamp set at the right margin."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Spacer:
    height: float = 8


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Para | BoxRow | Grid | Stamp | Spacer | PageBreak


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    font: Literal["sans", "serif"] = "sans"

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
