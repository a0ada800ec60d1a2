"""The neutral document model both producers render: a letter is a list of blocks."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Block:
    """One piece of a page: kind is h | p | kv | table | break | stamp | sig."""

    kind: str
    text: str = ""
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass
class Doc:
    """A document: letterhead lines (drawn as a header), blocks, a footer line, a body font."""

    letterhead: tuple[str, ...]
    blocks: list[Block] = field(default_factory=list)
    footer: str = ""
    font: str = "Helvetica"

    def add(self, kind: str, text: str = "", rows: list[tuple[str, ...]] | None = None) -> None:
        """Append one block."""
        self.blocks.append(Block(kind, text, tuple(rows or ())))


def h(doc: Doc, text: str) -> None:
    doc.add("h", text)


def p(doc: Doc, text: str) -> None:
    doc.add("p", text)


def kv(doc: Doc, pairs: list[tuple[str, str]]) -> None:
    doc.add("kv", rows=[(a, b) for a, b in pairs])


def table(doc: Doc, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    doc.add("table", rows=[header, *rows])
