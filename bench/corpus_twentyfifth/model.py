"""A document as blocks both producers lay out in their own ways, plus its truth."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Fields:
    """Labelled values: the producers choose where the label goes (left, right, above, sidebar)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    transposed: bool = False  # one column per row of data (a form's entries grid turned sideways)


@dataclass(frozen=True)
class Break:
    """A page break where a sender's template puts one (an appendix, a cover page)."""


Block = Heading | Para | Fields | Table | Break


@dataclass
class Doc:
    """One PDF to make: its blocks, the party repeated in the running header, and its truth."""

    kind: str
    case: str
    title: str
    running: str
    blocks: list[Block]
    truth: dict[str, Any]
    style: int = 0
    font: str = "sans"
    extra: dict[str, Any] = field(default_factory=dict)
