"""What a generated document is before it is printed: its truth, its body and what must show."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class TextPrint:
    """Plain text for a2ps, with the header and titles the sender's print job sets."""

    text: str
    header: str = ""
    left_title: str = ""
    center_title: str = ""
    right_title: str = "Page $p./$p#"
    mail: bool = False


@dataclass
class Drawing:
    """Pages of drawing operations for cairo: ("text", x, y, s, face, size, bold) ..."""

    pages: list[list[tuple[Any, ...]]] = field(default_factory=lambda: [[]])


@dataclass
class Doc:
    kind: str
    index: int
    case: str
    producer: str
    style: str
    truth: dict[str, Any]
    body: TextPrint | Drawing
    printed: list[str] = field(default_factory=list)

    @property
    def stem(self) -> str:
        return f"{self.kind}_{self.index + 1:03d}_{self.producer}_{self.case}"
