"""A document as a list of neutral blocks, which each producer lays out its own way."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1
    align: str = "left"


@dataclass(frozen=True)
class Para:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = "left"
    indent: bool = False


@dataclass(frozen=True)
class Lines:
    """Lines kept as printed: an address, a signature block, a letterhead."""

    lines: tuple[str, ...]
    bold_first: bool = False
    align: str = "left"
    small: bool = False


@dataclass(frozen=True)
class Fields:
    """Label/value pairs, in one or two columns (a form or a system screen)."""

    pairs: tuple[tuple[str, str], ...]
    columns: int = 1


@dataclass(frozen=True)
class Grid:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    ruled: bool = True


@dataclass(frozen=True)
class Items:
    items: tuple[str, ...]
    marker: str = "bullet"  # bullet | number | dash | letter


@dataclass(frozen=True)
class Stamp:
    """A boxed receipt stamp set to the right."""

    lines: tuple[str, ...]


@dataclass(frozen=True)
class Rule:
    pass


@dataclass(frozen=True)
class Break:
    pass


Block = Heading | Para | Lines | Fields | Grid | Items | Stamp | Rule | Break


@dataclass
class Doc:
    """What a style wrote: the blocks, the face it is set in, and every scored text as printed."""

    producer: str
    face: str  # serif | sans | mono
    blocks: list[Block] = field(default_factory=list)
    printed: list[str] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)

    def shows(self, *texts: str | None) -> None:
        """Record texts the truth scores, so the check can find them in the text layer."""
        self.printed.extend(t for t in texts if t)


def marker(kind: str, index: int) -> str:
    if kind == "number":
        return f"{index + 1}."
    if kind == "letter":
        return f"({chr(ord('a') + index)})"
    return "-" if kind == "dash" else "*"
