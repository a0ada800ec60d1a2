"""The page model both producers draw: lines, tables, two-column heads and page breaks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Line:
    """One paragraph; STYLE is normal, bold, title, small or mono (kept unwrapped if it fits)."""

    text: str
    style: str = "normal"
    indent: int = 0  # points


@dataclass(frozen=True)
class Table:
    """Rows of cells; RULED draws grid lines, else the columns are only aligned text."""

    header: list[str]
    rows: list[list[str]]
    widths: list[int]  # relative widths of the columns
    ruled: bool = True


@dataclass(frozen=True)
class Columns:
    """A two-column block, e.g. a letterhead with the firm left and the contacts right."""

    left: list[str]
    right: list[str]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Gap:
    points: int = 8


def fit(header: list[str], rows: list[list[str]]) -> list[int]:
    """Column widths in proportion to the longest text each column holds."""
    return [max(len(cell) for cell in column) + 2 for column in zip(header, *rows, strict=True)]


Block = Line | Table | Columns | PageBreak | Gap


@dataclass
class Document:
    """What a sender wrote, and the typeface family it was printed in."""

    font: str  # helvetica | times | courier
    size: float
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def lines(self, *texts: str, style: str = "normal") -> None:
        self.blocks.extend(Line(text, style) for text in texts)
