"""A document as a list of layout blocks, shared by the two producers.

Blocks: ("head", text) a letterhead or title line; ("right", text) a line set to the right;
("p", text) a paragraph; ("kv", [(label, value)]) label/value lines; ("table", header, rows,
ruled); ("ul", [items]) bullets; ("mono", [lines]) preformatted lines; ("gap",); ("page",)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Block = tuple[Any, ...]


@dataclass
class Doc:
    stem: str
    blocks: list[Block] = field(default_factory=list)
    needles: list[str] = field(default_factory=list)  # every scored value as printed
    font: str = "sans"  # sans | serif | mono

    def add(self, *block: Any) -> None:
        self.blocks.append(tuple(block))

    def shows(self, *texts: str) -> None:
        self.needles.extend(t for t in texts if t)

    @property
    def printed(self) -> str:
        """The plan of the document, for the determinism test."""
        return repr(self.blocks)
