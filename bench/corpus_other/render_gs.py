"""Producer `gs`: the page model written as PostScript by hand and turned into PDF by ps2pdf."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from fpdf import FPDF

from bench.corpus_other.doc import Columns, Document, Gap, Line, PageBreak, Table

PAGE_W, PAGE_H, MARGIN = 612.0, 792.0, 60.0
FONTS = {("helvetica", ""): "Helvetica", ("helvetica", "B"): "Helvetica-Bold",
         ("times", ""): "Times-Roman", ("times", "B"): "Times-Bold",
         ("courier", ""): "Courier", ("courier", "B"): "Courier-Bold"}
# ISOLatin1Encoding maps quote, backquote and hyphen to curly quotes and a minus sign: restore them.
PROLOG = """%!PS-Adobe-3.0
%%Creator: tradebots corpus_other (hand-written PostScript)
/straight ISOLatin1Encoding 256 array copy
  dup 39 /quotesingle put dup 96 /grave put dup 45 /hyphen put def
/F { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
     /Encoding straight def currentdict end definefont pop } def
"""


class _Metrics:
    """String widths from the standard fonts' AFM metrics (fpdf2 ships them)."""

    def __init__(self) -> None:
        self._pdf = FPDF(unit="pt")

    def width(self, text: str, family: str, bold: str, size: float) -> float:
        self._pdf.set_font(family, bold, size)
        return float(self._pdf.get_string_width(text))


class _Writer:
    def __init__(self, doc: Document) -> None:
        self.doc, self.metrics = doc, _Metrics()
        self.pages: list[list[str]] = [[]]
        self.y = PAGE_H - MARGIN

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_H - MARGIN

    def room(self, height: float) -> None:
        if self.y - height < MARGIN:
            self.new_page()

    def text(self, x: float, text: str, style: str, size: float | None = None) -> None:
        family = "courier" if style == "mono" else self.doc.font
        bold = "B" if style in ("bold", "title", "smallbold") else ""
        size = size or self._size(style)
        escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        self.pages[-1].append(f"/{FONTS[family, bold]}-S findfont {size} scalefont setfont "
                              f"{x:.1f} {self.y:.1f} moveto ({escaped}) show")

    def rule(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(f"0.6 setlinewidth {x0:.1f} {y0:.1f} moveto {x1:.1f} {y1:.1f} "
                              "lineto stroke")

    def _size(self, style: str) -> float:
        return {"title": self.doc.size + 3, "small": self.doc.size - 1.5,
                "smallbold": self.doc.size - 1.5,
                "mono": self.doc.size - 2}.get(style, self.doc.size)

    def wrap(self, text: str, style: str, width: float) -> list[str]:
        family = "courier" if style == "mono" else self.doc.font
        bold = "B" if style in ("bold", "title") else ""
        words, lines, current = text.split(" "), [], ""
        for word in words:
            trial = f"{current} {word}" if current else word
            if current and self.metrics.width(trial, family, bold, self._size(style)) > width:
                lines.append(current)
                current = word
            else:
                current = trial
        return [*lines, current]

    def line(self, block: Line) -> None:
        size = self._size(block.style)
        width = PAGE_W - 2 * MARGIN - block.indent
        for part in self.wrap(block.text, block.style, width) if block.text else [""]:
            self.room(size * 1.3)
            self.y -= size * 1.3
            x = MARGIN + block.indent
            if block.style == "title":
                family_w = self.metrics.width(part, self.doc.font, "B", size)
                x = (PAGE_W - family_w) / 2
            self.text(x, part, block.style)

    def table(self, block: Table) -> None:
        total, width = sum(block.widths), PAGE_W - 2 * MARGIN
        xs = [MARGIN]
        for w in block.widths:
            xs.append(xs[-1] + width * w / total)
        height = self.doc.size * 1.5
        for index, row in enumerate([block.header, *block.rows]):
            self.room(height)
            top = self.y
            self.y -= height
            for cell, x in zip(row, xs, strict=False):
                self.y += height * 0.3
                self.text(x + 3, cell, "smallbold" if index == 0 else "small")
                self.y -= height * 0.3
            if block.ruled:
                self.rule(xs[0], top, xs[-1], top)
                self.rule(xs[0], self.y, xs[-1], self.y)
                for x in xs:
                    self.rule(x, top, x, self.y)
        self.y -= 6

    def columns(self, block: Columns) -> None:
        size = self._size("normal")
        top = self.y
        for number, text in enumerate(block.left):
            self.y = top - (number + 1) * size * 1.3
            self.text(MARGIN, text, "bold" if number == 0 else "normal")
        for number, text in enumerate(block.right):
            self.y = top - (number + 1) * size * 1.3
            self.text(MARGIN + (PAGE_W - 2 * MARGIN) * 0.62, text, "small")
        self.y = top - max(len(block.left), len(block.right)) * size * 1.3 - 6

    def postscript(self) -> str:
        fonts = "".join(f"/{name}-S /{name} F\n" for name in FONTS.values())
        body = [PROLOG, fonts, f"%%Pages: {len(self.pages)}\n"]
        for number, page in enumerate(self.pages, start=1):
            body.append(f"%%Page: {number} {number}\n<< /PageSize [{PAGE_W:.0f} {PAGE_H:.0f}] >>"
                        " setpagedevice\n")
            body.extend(f"{op}\n" for op in page)
            body.append("showpage\n")
        body.append("%%EOF\n")
        return "".join(body)


def render(doc: Document, out: Path, title: str) -> None:
    """Write DOC to OUT: PostScript first, then Ghostscript's ps2pdf."""
    writer = _Writer(doc)
    for block in doc.blocks:
        if isinstance(block, Line):
            writer.line(block)
        elif isinstance(block, Table):
            writer.table(block)
        elif isinstance(block, Columns):
            writer.columns(block)
        elif isinstance(block, PageBreak):
            writer.new_page()
        elif isinstance(block, Gap):
            writer.y -= block.points
    text = writer.postscript().replace("\n", f"\n%%Title: {title}\n", 1)
    # gs derives the file ID from the clock and the output name: a fixed epoch and a fixed name
    # in a scratch folder give a seed the same bytes wherever the corpus is written.
    with tempfile.TemporaryDirectory(prefix="corpus-other-gs-") as scratch:
        source, made = Path(scratch) / "document.ps", Path(scratch) / "document.pdf"
        source.write_text(text, encoding="latin-1")
        subprocess.run(["ps2pdf", "-dPDFSETTINGS=/default", "document.ps", "document.pdf"],
                       check=True, capture_output=True, timeout=120, cwd=scratch,
                       env={**os.environ, "SOURCE_DATE_EPOCH": "1767225600"})
        shutil.move(made, out)
