"""A small document model the styles write into, recording how every scored value is printed."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Para:
    """A paragraph; `note` is a footnote hung on its end."""

    text: str
    bold: bool = False
    align: str = "left"  # left | center | right
    note: str | None = None


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """Rows of cells; `ruled` draws every rule, otherwise the columns are only aligned text."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    ruled: bool = True


@dataclass(frozen=True)
class Gap:
    lines: int = 1


Block = Para | Heading | Bullets | Table | Gap


@dataclass
class Document:
    """What one sender printed: blocks, a running header, numbered pages, a typewriter face."""

    blocks: list[Block] = field(default_factory=list)
    running_header: str | None = None
    page_numbers: bool = False
    typewriter: bool = False
    printed: list[str] = field(default_factory=list)

    def show(self, text: str) -> str:
        """Record `text` as the printed form of a scored value and hand it back for the page."""
        self.printed.append(text)
        return text

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def para(self, text: str, **kwargs: object) -> None:
        self.blocks.append(Para(text, **kwargs))  # type: ignore[arg-type]
