"""The PyX producer: PyX's own PDF writer, TeX Gyre Type 1 fonts, a small line layout of our own."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

from pyx import bbox, canvas, color, document, font, path, style  # type: ignore[import-untyped]
from pyx.font import afmfile  # type: ignore[import-untyped]

GYRE_PFB = Path("/usr/share/texmf/fonts/type1/public/tex-gyre")
GYRE_AFM = Path("/usr/share/texmf/fonts/afm/public/tex-gyre")
FACES = {"sans": ("qhvr", "qhvb"), "serif": ("qtmr", "qtmb"), "mono": ("qcrr", "qcrb")}
WIDTH, HEIGHT, MARGIN = 612.0, 792.0, 60.0
# characters the fonts lack are printed as their nearest ASCII form
SUBSTITUTE = {"\u2610": "[ ]", "\u2612": "[X]", "\u00b9": "(1)", "\u00b2": "(2)"}


@functools.cache
def _font(name: str) -> tuple[Any, Any]:
    with open(GYRE_AFM / f"{name}.afm") as metrics:
        afm = afmfile.AFMfile(metrics)
    t1 = font.t1file.T1file.from_PFB_filename(str(GYRE_PFB / f"{name}.pfb"))
    return font.T1font(t1, afm), afm


@functools.lru_cache(maxsize=4096)
def _width(name: str, text: str, size: float) -> float:
    afm = _font(name)[1]
    total = 0.0
    for char in text:
        glyph = afmfile.unicodestring.get(char, "question")
        try:
            total += afm.width_ds(glyph)
        except KeyError:
            total += afm.width_ds("question")
    return total * size / 1000


def _clean(text: str) -> str:
    for bad, good in SUBSTITUTE.items():
        text = text.replace(bad, good)
    return "".join(c if c in afmfile.unicodestring else "?" for c in text)


def _wrap(name: str, text: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        trial = f"{current} {word}" if current else word
        if current and _width(name, trial, size) > width:
            lines.append(current)
            current = word
        else:
            current = trial
    lines.append(current)
    return lines


class _Layout:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.faces = FACES[spec.get("font", "sans")]
        self.size = float(spec.get("size", 10))
        self.pages: list[Any] = []
        self._new_page()

    def _new_page(self) -> None:
        self.canvas = canvas.canvas()
        self.pages.append(self.canvas)
        self.y = HEIGHT - MARGIN

    def _need(self, height: float) -> None:
        if self.y - height < MARGIN:
            self._new_page()

    def text(self, x: float, text: str, size: float, bold: bool) -> None:
        if not text.strip():
            return
        name = self.faces[1 if bold else 0]
        self.canvas.insert(_font(name)[0].text_pt(x, self.y, _clean(text), size))

    def para(
        self,
        text: str,
        size: float,
        bold: bool = False,
        align: str = "left",
        indent: float = 0,
        x0: float = MARGIN,
        width: float = WIDTH - 2 * MARGIN,
        after: float = 4,
    ) -> None:
        name = self.faces[1 if bold else 0]
        for line in _wrap(name, _clean(text), size, width - indent):
            self._need(size * 1.3)
            self.y -= size * 1.2
            w = _width(name, line, size)
            x = x0 + indent
            if align == "right":
                x = x0 + width - w
            elif align == "center":
                x = x0 + (width - w) / 2
            self.text(x, line, size, bold)
        self.y -= after

    def rule(self) -> None:
        self.y -= 4
        self.canvas.stroke(
            path.line_pt(MARGIN, self.y, WIDTH - MARGIN, self.y), [style.linewidth.normal]
        )
        self.y -= 6

    def table(self, block: dict[str, Any]) -> None:
        rows = block["rows"]
        widths = block.get("widths") or [1 / len(rows[0])] * len(rows[0])
        full = WIDTH - 2 * MARGIN
        size = self.size - 1
        self.y -= 3
        for r, row in enumerate(rows):
            bold = r == 0 and block.get("header", False)
            name = self.faces[1 if bold else 0]
            cells = [
                _wrap(name, _clean(str(c)), size, w * full - 6)
                for c, w in zip(row, widths, strict=True)
            ]
            height = max(len(c) for c in cells) * size * 1.2 + 5
            self._need(height)
            top = self.y
            x = MARGIN
            for lines, w in zip(cells, widths, strict=True):
                self.y = top - 2
                for line in lines:
                    self.y -= size * 1.2
                    self.text(x + 3, line, size, bold)
                if block.get("ruled"):
                    self.canvas.stroke(
                        path.rect_pt(x, top - height, w * full, height),
                        [style.linewidth.thin, color.gray(0.2)],
                    )
                x += w * full
            self.y = top - height
        self.y -= 6

    def block(self, b: dict[str, Any]) -> None:
        kind = b["t"]
        if kind == "h":
            self.para(
                b["text"], b.get("size") or self.size + 3, True, b.get("align", "left"), after=5
            )
        elif kind == "p":
            self.para(
                b["text"],
                b.get("size") or self.size,
                b.get("bold", False),
                b.get("align", "left"),
                b.get("indent", 0),
                after=1 if b.get("tight") else 4,
            )
        elif kind == "table":
            self.table(b)
        elif kind == "bullets":
            for item in b["items"]:
                self.para(f"{b.get('mark', '-')} {item}", self.size, indent=12, after=2)
        elif kind == "cols":
            top = self.y
            half = (WIDTH - 2 * MARGIN) / 2
            lows = []
            for k, lines in enumerate((b["left"], b["right"])):
                self.y = top
                for line in lines:
                    self.para(line, self.size, x0=MARGIN + k * half, width=half - 8, after=2)
                lows.append(self.y)
            self.y = min(lows) - 4
        elif kind == "rule":
            self.rule()
        elif kind == "gap":
            self.y -= 10
        elif kind == "break":
            self._new_page()
        else:
            raise ValueError(kind)


def write_pdf(spec: dict[str, Any], out: Path) -> None:
    layout = _Layout(spec)
    for block in spec["blocks"]:
        layout.block(block)
    pages = [
        document.page(
            c,
            paperformat=document.paperformat.Letter,
            centered=0,
            bbox=bbox.bbox_pt(0, 0, WIDTH, HEIGHT),
        )
        for c in layout.pages
    ]
    document.document(pages).writePDFfile(
        str(out), title=spec.get("title"), author=spec.get("author")
    )
