"""A small SVG page builder (absolutely positioned text on layers) printed to PDF by Inkscape."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path

from bench.corpus_seventeenth.fmt import xml

SANS, SERIF, MONO, LSANS = "DejaVu Sans", "Liberation Serif", "DejaVu Sans Mono", "Liberation Sans"
# Inkscape writes no space glyphs: a word gap must be wider than pdfplumber's 3 pt tolerance,
# so every run gets word-spacing that keeps it so (a designed form's loose setting).
SPACE_EM = {SANS: 0.318, SERIF: 0.25, MONO: 0.602, LSANS: 0.278}


def word_gap(font: str, size: float) -> float:
    """The word-spacing that makes a space at least 4.4 pt wide (kerning pairs eat into it)."""
    return round(max(0.6, 4.4 - SPACE_EM[font] * size), 2)


class Page:
    """One US-letter page: text and rules in named Inkscape layers."""

    def __init__(self) -> None:
        self.layers: dict[str, list[str]] = {}

    def _put(self, layer: str, item: str) -> None:
        self.layers.setdefault(layer, []).append(item)

    def text(self, x: float, y: float, content: str, *, size: float = 10, font: str = SANS,
             layer: str = "values", bold: bool = False, spacing: float = 0,
             caps: bool = False, anchor: str = "start") -> None:
        style = (f'font-family="{font}" font-size="{size}" letter-spacing="{spacing}" '
                 f'word-spacing="{word_gap(font, size)}" text-anchor="{anchor}"'
                 + (' font-weight="bold"' if bold else "")
                 + (' font-variant="small-caps"' if caps else ""))
        self._put(layer, f'<text x="{x}" y="{y}" {style}>{xml(content)}</text>')

    def lines(self, x: float, y: float, rows: list[str], *, size: float = 10, leading: float = 13,
              font: str = SANS, layer: str = "values") -> float:
        """Rows as tspans of one text element; returns the y below the last row."""
        spans = "".join(f'<tspan x="{x}" y="{y + i * leading:.1f}">{xml(row)}</tspan>'
                        for i, row in enumerate(rows))
        self._put(layer, f'<text font-family="{font}" font-size="{size}" '
                         f'word-spacing="{word_gap(font, size)}">{spans}</text>')
        return y + len(rows) * leading

    def para(self, x: float, y: float, content: str, width_chars: int, *, size: float = 10,
             leading: float = 13, font: str = SANS, layer: str = "values") -> float:
        return self.lines(x, y, textwrap.wrap(content, width_chars), size=size, leading=leading,
                          font=font, layer=layer)

    def rule(self, x1: float, y1: float, x2: float, y2: float, width: float = 0.6,
             layer: str = "frame") -> None:
        self._put(layer, f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="#222" '
                         f'stroke-width="{width}"/>')

    def box(self, x: float, y: float, w: float, h: float, fill: str = "none",
            layer: str = "frame") -> None:
        self._put(layer, f'<rect x="{x}" y="{y}" width="{w}" height="{h}" fill="{fill}" '
                         f'stroke="#222" stroke-width="0.6"/>')

    def svg(self) -> str:
        """The page; the frame layer (rules and shaded boxes) goes first, under the text."""
        groups = "".join(
            f'<g inkscape:groupmode="layer" id="{name}" '
            f'inkscape:label="{name}">{"".join(items)}</g>'
            for name, items in sorted(self.layers.items(), key=lambda kv: kv[0] != "frame"))
        return ('<svg xmlns="http://www.w3.org/2000/svg" '
                'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
                f'width="612pt" height="792pt" viewBox="0 0 612 792">{groups}</svg>')


def to_pdf(pages: list[Page], out: Path) -> None:
    """Each page through `inkscape --export-type=pdf`, joined by pdfunite."""
    with tempfile.TemporaryDirectory(prefix="s17-svg-") as tmp:
        parts: list[Path] = []
        for number, page in enumerate(pages):
            source = Path(tmp) / f"page{number}.svg"
            source.write_text(page.svg(), encoding="utf-8")
            target = source.with_suffix(".pdf")
            subprocess.run(["inkscape", "--export-type=pdf", f"--export-filename={target}",
                            str(source)], check=True, capture_output=True, timeout=120)
            parts.append(target)
        if len(parts) == 1:
            shutil.copyfile(parts[0], out)
        else:
            subprocess.run(["pdfunite", *map(str, parts), str(out)], check=True,
                           capture_output=True, timeout=60)
