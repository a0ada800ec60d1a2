"""The two producers: `reuse` (Perl's PDF::Reuse, laid out here) and `pdfjs` (node's pdfjs,
its own layout).

A document is {"font", "size", "blocks"}; blocks are h, p, right, center, space, rule, pre,
bullets, box, kv and table (see js/render.js, which sets the same blocks with pdfjs's flow layout).
"""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = Path(__file__).resolve().parent
PAGE_W, PAGE_H = 612.0, 792.0
LEFT, RIGHT, TOP, BOTTOM = 66.0, 546.0, 740.0, 60.0
FACES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}


def _wrap(text: str, face: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}" if current else word
        if current and stringWidth(trial, face, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    if current or not lines:
        lines.append(current)
    return lines


class _Layout:
    """Places the blocks on pages of text and rule operations for reuse.pl."""

    def __init__(self, font: str, size: float) -> None:
        self.regular, self.bold = FACES[font]
        self.size = size
        self.lead = size * 1.35
        self.pages: list[list[dict[str, Any]]] = [[]]
        self.y = TOP

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.pages.append([])
            self.y = TOP

    def text(self, x: float, y: float, s: str, face: str, size: float) -> None:
        self.pages[-1].append(
            {"op": "text", "x": round(x, 2), "y": round(y, 2), "s": s, "font": face, "size": size}
        )

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.6) -> None:
        self.pages[-1].append({"op": "line", "x1": x1, "y1": y1, "x2": x2, "y2": y2, "w": w})

    def para(
        self, text: str, face: str, size: float, align: str = "left", indent: float = 0.0
    ) -> None:
        for line in _wrap(text, face, size, RIGHT - LEFT - indent):
            self.need(size * 1.35)
            self.y -= size * 1.35
            width = stringWidth(line, face, size)
            x = {
                "left": LEFT + indent,
                "right": RIGHT - width,
                "center": (LEFT + RIGHT - width) / 2,
            }[align]
            self.text(x, self.y, line, face, size)

    def grid(
        self,
        rows: list[list[str]],
        widths: list[float],
        ruled: bool,
        bold_rows: set[int],
        bold_first_col: bool = False,
    ) -> None:
        scale = (RIGHT - LEFT) / sum(widths)
        cols = [w * scale for w in widths]
        size = self.size - 1 if len(cols) > 3 else self.size
        lead = size * 1.3
        for index, row in enumerate(rows):
            faces = [
                self.bold if index in bold_rows or (bold_first_col and c == 0) else self.regular
                for c in range(len(row))
            ]
            cells = [_wrap(cell, faces[c], size, cols[c] - 8) for c, cell in enumerate(row)]
            height = max(len(c) for c in cells) * lead + 6
            self.need(height)
            top = self.y
            x = LEFT
            for c, lines in enumerate(cells):
                for n, line in enumerate(lines):
                    self.text(x + 4, top - 3 - lead * (n + 1) + size * 0.25, line, faces[c], size)
                x += cols[c]
            bottom = top - height
            if ruled:
                self.line(LEFT, top, RIGHT, top)
                self.line(LEFT, bottom, RIGHT, bottom)
                x = LEFT
                for w in [0.0, *cols]:
                    x += w
                    self.line(x, top, x, bottom)
            elif index in bold_rows:
                self.line(LEFT, bottom + 1, RIGHT, bottom + 1, 0.4)
            self.y = bottom

    def block(self, b: dict[str, Any]) -> None:
        t = b["t"]
        face = self.bold if b.get("bold") else self.regular
        if t == "h":
            self.y -= 4
            self.para(b["text"], self.bold, b.get("size", self.size + 2), b.get("align", "left"))
            self.y -= 2
        elif t == "p":
            self.para(b["text"], face, self.size, b.get("align", "left"))
            self.y -= self.lead * 0.4
        elif t in ("right", "center"):
            for line in b["lines"]:
                self.para(line, face, self.size, t)
        elif t == "space":
            self.y -= b["h"]
        elif t == "rule":
            self.y -= 4
            self.line(LEFT, self.y, RIGHT, self.y, 0.75)
            self.y -= 4
        elif t == "pre":
            size = b.get("size", 9.5)
            for line in b["lines"]:
                self.need(size * 1.3)
                self.y -= size * 1.3
                self.text(LEFT, self.y, line, "Courier", size)
        elif t == "bullets":
            for item in b["items"]:
                self.para(f"{b['mark']} {item}", face, self.size, indent=14)
            self.y -= self.lead * 0.3
        elif t == "box":
            height = len(b["lines"]) * self.lead + 12
            self.need(height)
            top = self.y
            self.y -= 6
            for i, line in enumerate(b["lines"]):
                self.para(
                    line,
                    self.bold if i == 0 and b.get("bold_first") else self.regular,
                    self.size,
                    indent=6,
                )
            self.y -= 6
            self.pages[-1].append(
                {
                    "op": "rect",
                    "x": LEFT,
                    "y": self.y,
                    "width": RIGHT - LEFT,
                    "height": top - self.y,
                    "w": 1.0,
                }
            )
            self.y -= 6
        elif t == "kv":
            lw = b.get("lw", 160)
            self.grid(
                [list(r) for r in b["rows"]],
                [lw, 480 - lw],
                b["ruled"],
                set(),
                bool(b.get("bold_labels")),
            )
            self.y -= 6
        elif t == "table":
            rows = ([list(b["head"])] if b.get("head") else []) + [list(r) for r in b["rows"]]
            widths = [w or 80 for w in b["widths"]]
            self.grid(rows, widths, b["ruled"], {0} if b.get("head") else set())
            self.y -= 6
        elif t == "break":
            self.pages.append([])
            self.y = TOP
        else:
            raise ValueError(t)


def render(producer: str, doc: dict[str, Any], out: Path) -> None:
    """Write `doc` to `out` with the producer named."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="c38-") as tmp:
        spec = Path(tmp) / "doc.json"
        if producer == "reuse":
            layout = _Layout(doc["font"], doc["size"])
            for b in doc["blocks"]:
                layout.block(b)
            pages = [p for p in layout.pages if p] or [[]]
            spec.write_text(
                json.dumps(
                    {
                        "pages": pages,
                        "creator": doc.get("creator", ""),
                        "title": doc.get("title", ""),
                    }
                )
            )
            cmd = ["perl", str(HERE / "reuse.pl"), str(spec), str(out)]
        elif producer == "pdfjs":
            spec.write_text(json.dumps(doc))
            cmd = ["node", str(HERE / "js" / "render.js"), str(spec), str(out)]
        else:
            raise ValueError(producer)
        subprocess.run(cmd, check=True, capture_output=True, timeout=120, cwd=tmp)
