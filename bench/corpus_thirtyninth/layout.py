"""A page list of positioned lines (fonts, text, rules, boxes) and the producers that draw it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
WIDTH = {"helvetica": 0.52, "times": 0.47, "courier": 0.6}
Op = list[object]


class Page:
    """Lines laid down from the top of a US-letter page (points, y grows downwards)."""

    def __init__(self, family: str = "helvetica", size: float = 10.5) -> None:
        self.pages: list[list[Op]] = [[]]
        self.family, self.size, self.style = family, size, ""
        self.y = 72.0
        self.font(family, "", size)

    def font(self, family: str | None = None, style: str = "", size: float | None = None) -> None:
        self.family = family or self.family
        self.size = size or self.size
        self.style = style
        self.pages[-1].append(["font", self.family, style, self.size])

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 72.0
        self.font(self.family, self.style, self.size)

    def need(self, height: float) -> None:
        if self.y + height > 740:
            self.new_page()

    def at(self, x: float, y: float, text: str) -> None:
        self.pages[-1].append(["text", round(x, 1), round(y, 1), text])

    def line(self, text: str, x: float = 72, gap: float | None = None) -> None:
        self.need(self.size * 1.4)
        self.at(x, self.y, text)
        self.y += gap if gap is not None else self.size * 1.4

    def skip(self, height: float = 8) -> None:
        self.y += height

    def rule(self, x0: float = 72, x1: float = 540, dy: float = -4) -> None:
        self.pages[-1].append(["line", x0, round(self.y + dy, 1), x1, round(self.y + dy, 1)])

    def box(self, x: float, y: float, w: float, h: float) -> None:
        self.pages[-1].append(["rect", x, round(y, 1), w, round(h, 1)])

    def wrap(self, text: str, width: float = 468, x: float = 72) -> list[str]:
        limit = max(10, int(width / (self.size * WIDTH[self.family])))
        lines: list[str] = []
        current = ""
        for word in text.split():
            if current and len(current) + 1 + len(word) > limit:
                lines.append(current)
                current = word
            else:
                current = f"{current} {word}".strip()
        if current:
            lines.append(current)
        return lines

    def para(self, text: str, width: float = 468, x: float = 72, after: float = 6) -> None:
        for part in self.wrap(text, width, x):
            self.line(part, x)
        self.skip(after)

    def row(self, cells: list[tuple[float, str]]) -> None:
        self.need(self.size * 1.5)
        for x, text in cells:
            self.at(x, self.y, text)
        self.y += self.size * 1.5

    def table(self, xs: list[float], header: list[str], rows: list[list[str]], ruled: bool,
              x1: float = 540) -> None:
        self.need(self.size * 1.5 * (len(rows) + 2))
        top = self.y
        self.font(style="B")
        self.row(list(zip(xs, header, strict=False)))
        self.font(style="")
        if ruled:
            self.rule(xs[0] - 4, x1, dy=-self.size * 1.1)
        for cells in rows:
            self.row(list(zip(xs, cells, strict=False)))
            if ruled:
                self.rule(xs[0] - 4, x1, dy=-self.size * 1.1)
        if ruled:
            height = self.y - top
            for x in xs[1:]:
                self.pages[-1].append(["line", x - 4, round(top - self.size * 1.1, 1), x - 4,
                                       round(top - self.size * 1.1 + height, 1)])
            self.box(xs[0] - 4, top - self.size * 1.1, x1 - xs[0] + 4, height)
        self.skip(6)


def render(producer: str, page: Page, title: str, out: Path) -> None:
    """Draw the page list with Horde_Pdf (php) or RBPDF (ruby)."""
    doc = json.dumps({"title": title, "pages": page.pages})
    if producer == "horde":
        command = ["php", str(HERE / "horde_pdf.php"), str(out)]
    else:
        command = ["ruby", str(HERE / "rbpdf_pdf.rb"), str(out)]
    subprocess.run(command, input=doc.encode(), check=True, timeout=120)
