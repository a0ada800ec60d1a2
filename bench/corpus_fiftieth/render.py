"""Page layouts and the two producers: GNU plotutils' pic2plot (`pic`) and an OCaml camlpdf printer
(`caml`).

A layout is a list of pages; a page is a list of items in PDF points from the bottom left of a US
letter page: ("T", x, y, text, font, size), ("L", x1, y1, x2, y2), ("R", x, y, w, h). The `pic`
producer writes one pic picture per page (1 unit = 1 inch), turns it into PostScript with `pic2plot
-T ps` and into PDF with ghostscript's ps2pdf; plotutils' prolog maps 0x2D to /minus and 0x27 to
/quoteright, patched to /hyphen and /quotesingle so that entry numbers keep their hyphens and names
their apostrophes in the text layer. pic2plot sets one font per document (the layout's first text
font). The `caml` producer pipes the items into printer.ml, compiled once with ocamlfind.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Item = tuple[Any, ...]
Page = list[Item]
Layout = list[Page]

PRODUCERS = ("pic", "caml")
PIC_FONTS = {
    "H": "Helvetica",
    "HB": "Helvetica",
    "T": "Times-Roman",
    "TB": "Times-Roman",
    "TI": "Times-Roman",
    "C": "Courier",
    "CB": "Courier",
}


class Pages:
    """A cursor that flows lines down letter pages."""

    def __init__(
        self, font: str = "H", size: float = 10.0, left: float = 72.0, top: float = 720.0
    ) -> None:
        self.font, self.size, self.left, self.top = font, size, left, top
        self.pages: Layout = [[]]
        self.y = top

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append([])
        self.y = self.top

    def room(self, height: float) -> None:
        if self.y - height < 60:
            self.new_page()

    def text(
        self, x: float, y: float, text: str, font: str | None = None, size: float | None = None
    ) -> None:
        self.page.append(
            ("T", round(x, 1), round(y, 1), text, font or self.font, size or self.size)
        )

    def line(
        self,
        text: str = "",
        x: float | None = None,
        font: str | None = None,
        size: float | None = None,
        lead: float | None = None,
    ) -> None:
        size = size or self.size
        self.room(size * 1.5)
        if text:
            self.text(self.left if x is None else x, self.y, text, font, size)
        self.y -= lead if lead is not None else size * 1.45

    def para(
        self, text: str, width: int = 92, x: float | None = None, font: str | None = None
    ) -> None:
        chars = width if (font or self.font).startswith("C") else int(width * 1.12)
        for row in textwrap.wrap(text, chars):
            self.line(row, x=x, font=font)
        self.gap(4)

    def gap(self, points: float = 8) -> None:
        self.y -= points

    def rule(self, x1: float = 72, x2: float = 540) -> None:
        self.page.append(("L", x1, round(self.y + 9, 1), x2, round(self.y + 9, 1)))

    def box(self, x: float, y: float, w: float, h: float) -> None:
        self.page.append(("R", round(x, 1), round(y, 1), round(w, 1), round(h, 1)))

    def grid(
        self, widths: Sequence[float], rows: list[list[str]], ruled: bool, x: float | None = None
    ) -> None:
        """A table; ruled tables get a frame and rules between rows and columns."""
        x0 = self.left if x is None else x
        height = self.size * 1.9
        self.room(height * min(len(rows), 4))
        for number, row in enumerate(rows):
            self.room(height)
            base = self.y
            left = x0
            for width, cell in zip(widths, row, strict=False):
                self.text(
                    left + 3,
                    base,
                    cell,
                    "HB" if number == 0 and self.font.startswith("H") else None,
                )
                left += width
            if ruled:
                top, bottom = base + self.size + 3, base - height + self.size + 3
                self.box(x0, bottom, sum(widths), top - bottom)
                left = x0
                for width in widths[:-1]:
                    left += width
                    self.page.append(
                        ("L", round(left, 1), round(bottom, 1), round(left, 1), round(top, 1))
                    )
            self.y -= height
        self.gap(6)


def _pic_escape(text: str) -> str:
    return text.replace("\\", "/").replace('"', "'")


def pic_source(layout: Layout) -> str:
    out = []
    for page in layout:
        out += [".PS", "line invis from (0,0) to (8.5,11)"]
        for item in page:
            if item[0] == "T":
                _, x, y, text, _font, size = item
                # pic centres a label on its point; the layouts give baselines
                centre = float(y) + 0.33 * float(size)
                out.append(
                    f'"{_pic_escape(str(text))}" ljust at ({float(x) / 72:.4f},{centre / 72:.4f})'
                )
            elif item[0] == "L":
                _, x1, y1, x2, y2 = (float(v) / 72 if i else v for i, v in enumerate(item))
                out.append(f"line from ({x1:.4f},{y1:.4f}) to ({x2:.4f},{y2:.4f})")
            elif item[0] == "R":
                _, x, y, w, h = (float(v) / 72 if i else v for i, v in enumerate(item))
                out.append(f"box wid {w:.4f} ht {h:.4f} with .sw at ({x:.4f},{y:.4f})")
        out.append(".PE")
    return "\n".join(out) + "\n"


def render_pic(layout: Layout, pdf: Path) -> None:
    fonts = [str(item[4]) for page in layout for item in page if item[0] == "T"]
    font = PIC_FONTS.get(fonts[0] if fonts else "H", "Helvetica")
    ps = subprocess.run(
        ["pic2plot", "-T", "ps", "--page-size", "letter", "--font-name", font],
        input=pic_source(layout).encode("latin-1"),
        capture_output=True,
        check=True,
    ).stdout
    ps = ps.replace(b"/comma/minus/period", b"/comma/hyphen/period")
    ps = ps.replace(b"/ampersand/quoteright", b"/ampersand/quotesingle")
    ps = ps.replace(b"/underscore/quoteleft", b"/underscore/grave")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "page.ps"
        source.write_bytes(ps)
        subprocess.run(
            ["ps2pdf", "-sPAPERSIZE=letter", str(source), str(pdf)], check=True, capture_output=True
        )


PRINTER_ML = Path(__file__).with_name("printer.ml")


def printer_binary() -> Path:
    """printer.ml compiled once per source version, cached under the temp directory."""
    digest = hashlib.sha256(PRINTER_ML.read_bytes()).hexdigest()[:12]
    target = Path(tempfile.gettempdir()) / f"corpus_fiftieth_printer_{digest}"
    if not target.exists():
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "printer.ml"
            source.write_bytes(PRINTER_ML.read_bytes())
            subprocess.run(
                [
                    "ocamlfind",
                    "ocamlopt",
                    "-package",
                    "camlpdf",
                    "-linkpkg",
                    "printer.ml",
                    "-o",
                    "printer",
                ],
                cwd=tmp,
                check=True,
                capture_output=True,
            )
            partial = target.with_suffix(f".{os.getpid()}")
            (Path(tmp) / "printer").replace(partial)
            partial.replace(target)
    return target


def caml_source(layout: Layout) -> str:
    out = []
    for number, page in enumerate(layout):
        if number:
            out.append("P")
        current = None
        for item in page:
            if item[0] == "T":
                _, x, y, text, font, size = item
                if (font, size) != current:
                    out.append(f"F\t{font}\t{size}")
                    current = (font, size)
                out.append(f"T\t{x}\t{y}\t{text}")
            else:
                out.append("\t".join(str(v) for v in item))
    return "\n".join(out) + "\n"


def render_caml(layout: Layout, pdf: Path) -> None:
    subprocess.run(
        [str(printer_binary()), str(pdf)],
        input=caml_source(layout).encode("cp1252"),
        check=True,
        capture_output=True,
    )


def render(producer: str, layout: Layout, pdf: Path) -> None:
    pdf.parent.mkdir(parents=True, exist_ok=True)
    (render_pic if producer == "pic" else render_caml)(layout, pdf)
