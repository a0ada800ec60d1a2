"""Two producers: MetaPost pages (mpost, EPS, ghostscript) and Ruby cairo (Cairo::PDFSurface)."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

RUBY = r"""
require "cairo"
require "json"
spec = JSON.parse(File.read(ARGV[0]))
s = Cairo::PDFSurface.new(ARGV[1], 612, 792)
c = Cairo::Context.new(s)
spec.each do |page|
  page.each do |op|
    c.set_source_rgb(0, 0, 0)
    case op[0]
    when "t"
      c.select_font_face("DejaVu Sans", 0, op[4] == "b" ? 1 : 0)
      c.set_font_size(op[5] * 0.9)
      c.move_to(op[1], op[2])
      c.show_text(op[3])
    when "l"
      c.set_line_width(0.6); c.move_to(op[1], op[2]); c.line_to(op[3], op[4]); c.stroke
    when "r"
      c.set_line_width(0.8); c.rectangle(op[1], op[2], op[3], op[4]); c.stroke
    end
  end
  c.show_page
end
s.finish
"""


class Doc:
    """Pages of drawing operations, y measured from the top of a US letter page."""

    def __init__(self) -> None:
        self.pages: list[list[list[Any]]] = [[]]

    def new_page(self) -> None:
        self.pages.append([])

    def text(self, x: float, y: float, s: str, bold: bool = False, size: float = 10) -> None:
        self.pages[-1].append(["t", x, y, s, "b" if bold else "r", size])

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.pages[-1].append(["l", x0, y0, x1, y1])

    def rect(self, x: float, y: float, w: float, h: float) -> None:
        self.pages[-1].append(["r", x, y, w, h])

    def para(
        self, x: float, y: float, s: str, width: int = 90, size: float = 10, lead: float = 13
    ) -> float:
        line = ""
        for word in s.split():
            if line and len(line) + 1 + len(word) > width:
                self.text(x, y, line, size=size)
                y += lead
                line = word
            else:
                line = f"{line} {word}" if line else word
        if line:
            self.text(x, y, line, size=size)
            y += lead
        return y


def _mp_string(s: str) -> str:
    return s.replace('"', "'")


def metapost(doc: Doc, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        lines = [
            "prologues:=3;",
            'outputtemplate:="p-%c.eps";',
            "numeric cx, cy, sc;",
            "def wrd(expr s, f) = draw (s infont f) scaled sc shifted (cx, cy);",
            "  cx := cx + sc * (xpart urcorner(s infont f)) + 3.4 * sc; enddef;",
        ]
        for number, page in enumerate(doc.pages, start=1):
            lines.append(f"beginfig({number});")
            lines.append("draw (0,0)--(612,792) withcolor white;")
            for op in page:
                if op[0] == "t":
                    _, x, y, s, style, size = op
                    font = "cmbx10" if style == "b" else "cmr10"
                    lines.append(f"cx:={x}; cy:={792 - float(y)}; sc:={float(size) / 10};")
                    lines.extend(f'wrd("{_mp_string(w)}", "{font}");' for w in str(s).split())
                elif op[0] == "l":
                    _, x0, y0, x1, y1 = op
                    lines.append(
                        f"draw ({x0},{792 - float(y0)})--({x1},{792 - float(y1)}) "
                        "withpen pencircle scaled 0.6;"
                    )
                else:
                    _, x, y, w, h = op
                    top = 792 - float(y)
                    lines.append(
                        f"draw unitsquare xscaled {w} yscaled {h} shifted ({x},{top - float(h)}) "
                        "withpen pencircle scaled 0.8;"
                    )
            lines.append("endfig;")
        lines.append("end")
        Path(tmp, "doc.mp").write_text("\n".join(lines) + "\n")
        subprocess.run(
            ["mpost", "-interaction=batchmode", "doc.mp"], cwd=tmp, check=True, capture_output=True
        )
        eps = [f"p-{n}.eps" for n in range(1, len(doc.pages) + 1)]
        subprocess.run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                "-sDEVICE=pdfwrite",
                "-dEPSCrop",
                f"-sOutputFile={out.resolve()}",
                *eps,
            ],
            cwd=tmp,
            check=True,
            capture_output=True,
        )


def cairo(doc: Doc, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "draw.rb").write_text(RUBY)
        Path(tmp, "doc.json").write_text(json.dumps(doc.pages))
        subprocess.run(
            ["ruby", "draw.rb", "doc.json", str(out.resolve())],
            cwd=tmp,
            check=True,
            capture_output=True,
        )


PRODUCERS = {"mpost": metapost, "rbcairo": cairo}
