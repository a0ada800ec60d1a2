"""A document as a list of layout blocks, drawn by either producer (typst or fpdf2)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Head:
    """A letterhead: a name line in bold, then smaller lines; left, centre or right."""

    name: str
    lines: tuple[str, ...]
    align: str = "left"
    rule: bool = True


@dataclass(frozen=True)
class Title:
    text: str
    size: int = 13
    align: str = "left"


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    indent: bool = False
    size: float = 0  # 0: the style's body size
    align: str = "left"
    mono: bool = False


@dataclass(frozen=True)
class Fields:
    """Label and value pairs, one a line (labels in bold, a column of their own when tabbed)."""

    rows: tuple[tuple[str, str], ...]
    tabbed: bool = True


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    ruled: bool = True
    widths: tuple[int, ...] = ()  # relative widths; equal when empty
    caption: str = ""


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    mark: str = "-"  # "-", "*" or "1." (numbered)


@dataclass(frozen=True)
class Boxes:
    """A row of ruled form boxes, each a small label over its value (a form of the sender's own)."""

    cells: tuple[tuple[str, str], ...]
    widths: tuple[int, ...] = ()


@dataclass(frozen=True)
class Stamp:
    """A receipt stamp set at the right in a frame."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Gap:
    size: float = 10


@dataclass(frozen=True)
class Break:
    pass


Block = Head | Title | Para | Fields | Table | Bullets | Boxes | Stamp | Gap | Break


@dataclass
class Doc:
    """The blocks with the page look: font family, body size, footer text."""

    blocks: list[Block]
    serif: bool = True
    size: float = 10
    footer: str = ""
    printed: list[str] = field(default_factory=list)  # every scored text, checked against the PDF
