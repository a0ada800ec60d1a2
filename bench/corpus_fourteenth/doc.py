"""A producer-neutral document: blocks both renderers draw, plus the scored strings it prints."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Doc:
    """Blocks in reading order; `needles` are the printed forms of every scored value."""

    header: str = ""
    footer: str = ""
    font: str = "sans"
    blocks: list[tuple[str, Any]] = field(default_factory=list)
    needles: list[str] = field(default_factory=list)

    def v(self, text: str) -> str:
        """Print a scored value: remember its text so the test can find it in the text layer."""
        self.needles.append(text)
        return text

    def title(self, text: str) -> None:
        self.blocks.append(("title", text))

    def para(self, text: str, bold: bool = False) -> None:
        self.blocks.append(("bpara" if bold else "para", text))

    def pairs(self, rows: list[tuple[str, str]]) -> None:
        self.blocks.append(("pairs", rows))

    def table(self, header: list[str], rows: list[list[str]], spans: list[list[str]] | None = None,
              widths: list[float] | None = None) -> None:
        """A ruled table; `spans`: closing rows whose first cell spans all but the last column."""
        self.blocks.append(("table", {"header": header, "rows": rows, "spans": spans or [],
                                      "widths": widths}))

    def page_break(self) -> None:
        self.blocks.append(("break", None))

    def stamp(self, lines: list[str]) -> None:
        self.blocks.append(("stamp", lines))

    def space(self) -> None:
        self.blocks.append(("space", None))
