# ruff: noqa: E501  (the lines are the documents' own sentences)
"""Pages as drawing operations, and the two producers that print them.

`jgraph`: a .jgr file of string and line annotations on a page-sized graph with no axes, made
PostScript by jgraph -P and PDF by ghostscript's ps2pdf.  `guile`: a Guile Scheme script drawing the
same operations with the guile-cairo bindings on a cairo PDF surface.
"""

from __future__ import annotations

import subprocess
import tempfile
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

W, H = 612.0, 792.0


@dataclass
class Page:
    """A page under construction; y runs down from the top edge, in points."""

    face: str = "sans"
    ops: list[tuple[object, ...]] = field(default_factory=list)
    y: float = 60.0

    def text(
        self,
        x: float,
        s: str,
        size: float = 10,
        bold: bool = False,
        face: str | None = None,
        y: float | None = None,
    ) -> None:
        self.ops.append(("t", x, self.y if y is None else y, s, size, bold, face or self.face))

    def line(
        self,
        s: str = "",
        x: float = 60,
        size: float = 10,
        bold: bool = False,
        gap: float = 1.35,
        face: str | None = None,
    ) -> None:
        if s:
            self.text(x, s, size, bold, face)
        self.y += size * gap

    def para(
        self, s: str, x: float = 60, width: float = 490, size: float = 10, face: str | None = None
    ) -> None:
        chars = int(width / (size * (0.6 if (face or self.face) == "mono" else 0.52)))
        for part in textwrap.wrap(s, chars):
            self.line(part, x, size, face=face)
        self.y += size * 0.5

    def rule(self, x0: float = 60, x1: float = 552, y: float | None = None) -> None:
        yy = self.y if y is None else y
        self.ops.append(("l", x0, yy, x1, yy))

    def box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        for a in ((x0, y0, x1, y0), (x1, y0, x1, y1), (x1, y1, x0, y1), (x0, y1, x0, y0)):
            self.ops.append(("l", *a))

    def table(
        self,
        xs: list[float],
        rows: list[list[str]],
        ruled: bool,
        size: float = 9,
        head_bold: bool = True,
    ) -> None:
        top = self.y - size
        for r, row in enumerate(rows):
            for x, cell in zip(xs, row, strict=False):
                self.text(x + 3, cell, size, bold=head_bold and r == 0)
            self.y += size * 1.7
            if ruled:
                self.rule(xs[0], 552, self.y - size * 1.0)
        if ruled:
            self.rule(xs[0], 552, top)
            for x in [*xs, 552.0]:
                self.ops.append(("l", x, top, x, self.y - size * 1.0))
        self.y += size * 0.6


FONTS_PS = {
    ("sans", False): "Helvetica",
    ("sans", True): "Helvetica-Bold",
    ("serif", False): "Times-Roman",
    ("serif", True): "Times-Bold",
    ("mono", False): "Courier",
    ("mono", True): "Courier-Bold",
}
FONTS_CAIRO = {"sans": "DejaVu Sans", "serif": "Liberation Serif", "mono": "DejaVu Sans Mono"}


def _jgr(pages: list[Page]) -> str:
    out = []
    for i, page in enumerate(pages):
        out.append("newpage" if i else "")
        out.append(
            "newgraph\nxaxis min 0 max 612 size 8.5 nodraw\nyaxis min 0 max 792 size 11 nodraw"
        )
        for op in page.ops:
            if op[0] == "t":
                _, x, y, s, size, bold, face = op
                s = str(s).replace("\\", "/")
                out.append(
                    f"newstring hjl vjb x {x:.1f} y {H - float(str(y)):.1f} fontsize {size} "
                    f"font {FONTS_PS[(str(face), bool(bold))]} : {s}"
                )
            else:
                _, x0, y0, x1, y1 = op
                out.append(
                    f"newline linethickness 0.6 pts {x0:.1f} {H - float(str(y0)):.1f} "
                    f"{x1:.1f} {H - float(str(y1)):.1f}"
                )
    return "\n".join(out) + "\n"


def _scm(pages: list[Page], pdf: Path) -> str:
    def q(s: str) -> str:
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    out = [
        "(use-modules (cairo))",
        f"(define s (cairo-pdf-surface-create {W} {H} {q(str(pdf))}))",
        "(define cr (cairo-create s))",
        "(cairo-set-line-width cr 0.6)",
    ]
    for page in pages:
        for op in page.ops:
            if op[0] == "t":
                _, x, y, s, size, bold, face = op
                weight = "'bold" if bold else "'normal"
                out.append(
                    f"(cairo-select-font-face cr {q(FONTS_CAIRO[str(face)])} 'normal {weight})"
                )
                out.append(f"(cairo-set-font-size cr {float(str(size))})")
                out.append(f"(cairo-move-to cr {float(str(x)):.1f} {float(str(y)):.1f})")
                out.append(f"(cairo-show-text cr {q(str(s))})")
            else:
                _, x0, y0, x1, y1 = op
                out.append(
                    f"(cairo-move-to cr {x0:.1f} {y0:.1f}) (cairo-line-to cr {x1:.1f} {y1:.1f}) (cairo-stroke cr)"
                )
        out.append("(cairo-show-page cr)")
    out.append("(cairo-surface-finish s)")
    return "\n".join(out) + "\n"


def render(producer: str, pages: list[Page], pdf: Path) -> None:
    """Print the pages to pdf with the producer (`jgraph` or `guile`)."""
    with tempfile.TemporaryDirectory() as tmp:
        if producer == "jgraph":
            src = Path(tmp) / "doc.jgr"
            src.write_text(_jgr(pages), encoding="latin-1", errors="replace")
            ps = subprocess.run(["jgraph", "-P", str(src)], check=True, capture_output=True).stdout
            (Path(tmp) / "doc.ps").write_bytes(ps)
            subprocess.run(
                ["ps2pdf", "-dPDFSETTINGS=/default", str(Path(tmp) / "doc.ps"), str(pdf)],
                check=True,
                capture_output=True,
            )
        else:
            src = Path(tmp) / "doc.scm"
            src.write_text(_scm(pages, pdf.resolve()), encoding="utf-8")
            subprocess.run(
                ["guile", "--no-auto-compile", str(src)], check=True, capture_output=True
            )
