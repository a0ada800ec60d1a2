"""The two producers: HTMLDOC (HTML set by htmldoc's own PDF writer) and gnuplot (every line a
label placed at page coordinates on gnuplot's pdfcairo terminal, rules drawn as arrows)."""

from __future__ import annotations

import html
import os
import subprocess
import tempfile
import textwrap
from pathlib import Path

from bench.corpus_thirtysixth.model import Doc

HTMLDOC_FONTS = {"sans": "helvetica", "serif": "times", "mono": "courier"}
CAIRO_FONTS = {"sans": "Liberation Sans", "serif": "Liberation Serif", "mono": "Liberation Mono"}
WIDTHS = {"sans": 0.56, "serif": 0.52, "mono": 0.6}  # average glyph width in em, rounded up


def _html(doc: Doc) -> str:
    out = ["<html><head><title>", html.escape(doc.stem), "</title></head><body>"]
    for block in doc.blocks:
        kind = block[0]
        if kind == "head":
            out.append(f"<h3>{html.escape(block[1])}</h3>")
        elif kind == "right":
            out.append(f'<p align="right">{html.escape(block[1])}</p>')
        elif kind == "p":
            out.append(f"<p>{html.escape(block[1])}</p>")
        elif kind == "kv":
            rows = "".join(
                f"<tr><td valign=top><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
                for k, v in block[1]
            )
            out.append(f"<table cellpadding=1 cellspacing=0 border=0>{rows}</table>")
        elif kind == "table":
            _, header, rows, ruled = block
            border = 1 if ruled else 0
            cells = "".join(f"<th align=left>{html.escape(h)}</th>" for h in header)
            body = "".join(
                "<tr>" + "".join(f"<td nowrap>{html.escape(c)}</td>" for c in row) + "</tr>"
                for row in rows
            )
            out.append(
                f"<table border={border} cellpadding=3 cellspacing=0 width=100%>"
                f"<tr>{cells}</tr>{body}</table>"
            )
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in block[1]) + "</ul>")
        elif kind == "mono":
            out.append("<pre>" + html.escape("\n".join(block[1])) + "</pre>")
        elif kind == "gap":
            out.append("<br>")
        elif kind == "page":
            out.append("<!-- NEW PAGE -->")
    out.append("</body></html>")
    return "\n".join(out)


def htmldoc(doc: Doc, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "doc.html"
        source.write_text(_html(doc), encoding="latin-1", errors="replace")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1735689600")
        subprocess.run(
            [
                "htmldoc",
                "--webpage",
                "--quiet",
                "-t",
                "pdf14",
                "--textfont",
                HTMLDOC_FONTS[doc.font],
                "--fontsize",
                "10",
                "--header",
                "...",
                "--footer",
                "..1",
                "--no-title",
                "--left",
                "0.9in",
                "--right",
                "0.9in",
                "-f",
                str(pdf),
                str(source),
            ],
            check=True,
            env=env,
            capture_output=True,
        )


class _Page:
    """Lays lines onto 612 x 792 pages and writes gnuplot commands."""

    def __init__(self, font: str) -> None:
        self.font = CAIRO_FONTS[font]
        self.em = WIDTHS[font]
        self.pages: list[list[str]] = [[]]
        self.y = 740.0

    def need(self, height: float) -> None:
        if self.y - height < 60:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 740.0

    def text(
        self, x: float, value: str, size: float = 10, bold: bool = False, align: str = "left"
    ) -> None:
        face = self.font + (":Bold" if bold else "")
        quoted = value.replace("\\", "\\\\").replace('"', '\\"')
        self.pages[-1].append(
            f'set label "{quoted}" at {x:.1f},{self.y:.1f} {align} font "{face},{size}" noenhanced'
        )

    def rule(self, x0: float, x1: float, y: float) -> None:
        self.pages[-1].append(f"set arrow from {x0:.1f},{y:.1f} to {x1:.1f},{y:.1f} nohead lw 0.6")

    def vrule(self, x: float, y0: float, y1: float) -> None:
        self.pages[-1].append(f"set arrow from {x:.1f},{y0:.1f} to {x:.1f},{y1:.1f} nohead lw 0.6")

    def chars(self, width: float, size: float) -> int:
        return max(8, int(width / (self.em * size)))

    def wrapped(
        self, x: float, width: float, value: str, size: float = 10, bold: bool = False
    ) -> None:
        for line in textwrap.wrap(value, self.chars(width, size), break_on_hyphens=False) or [""]:
            self.need(size * 1.35)
            self.text(x, line, size, bold)
            self.y -= size * 1.35


def _layout(doc: Doc) -> list[list[str]]:
    page = _Page(doc.font)
    left, width = 66.0, 480.0
    for block in doc.blocks:
        kind = block[0]
        if kind == "head":
            page.wrapped(left, width, block[1], 13, True)
            page.y -= 4
        elif kind == "right":
            page.need(14)
            page.text(left + width, block[1], 10, align="right")
            page.y -= 14
        elif kind == "p":
            page.wrapped(left, width, block[1])
            page.y -= 6
        elif kind == "kv":
            labels = max(len(k) for k, _ in block[1])
            indent = min(200.0, labels * page.em * 10 + 14)
            for label, value in block[1]:
                page.need(14)
                page.text(left, label, 10, True)
                page.wrapped(left + indent, width - indent, value)
            page.y -= 6
        elif kind == "table":
            _, header, rows, ruled = block
            size = 9.0
            wants = [max(len(str(r[c])) for r in [header, *rows]) + 2 for c in range(len(header))]
            scale = min(1.0, page.chars(width, size) / sum(wants))
            xs = [left]
            for w in wants:
                xs.append(xs[-1] + w * scale * page.em * size)
            xs[-1] = left + width if ruled else xs[-1]
            for n, row in enumerate([header, *rows]):
                page.need(size * 1.6)
                top = page.y + size * 1.05
                if ruled and n <= 1:
                    page.rule(left, xs[-1], top)
                for c, cell in enumerate(row):
                    page.text(xs[c] + 3, str(cell), size, bold=n == 0)
                if ruled:
                    for x in xs:
                        page.vrule(x, top, page.y - size * 0.55)
                page.y -= size * 1.6
                if ruled:
                    page.rule(left, xs[-1], page.y + size * 1.05)
            page.y -= 6
        elif kind == "ul":
            for item in block[1]:
                page.need(14)
                page.text(left + 8, "-", 10)
                page.wrapped(left + 20, width - 20, item)
            page.y -= 4
        elif kind == "mono":
            for line in block[1]:
                page.need(12)
                page.text(left, line, 9)
                page.y -= 11.5
            page.y -= 6
        elif kind == "gap":
            page.y -= 10
        elif kind == "page":
            page.new_page()
    return [p for p in page.pages if p]


def gnuplot(doc: Doc, pdf: Path) -> None:
    script = [
        f'set terminal pdfcairo size 8.5in,11in font "{CAIRO_FONTS[doc.font]},10" noenhanced',
        f'set output "{pdf}"',
        "unset border; unset tics; unset key",
        "set xrange [0:612]; set yrange [0:792]",
        "set lmargin at screen 0; set rmargin at screen 1",
        "set tmargin at screen 1; set bmargin at screen 0",
    ]
    pages = _layout(doc)
    for number, lines in enumerate(pages, start=1):
        script += ["unset label", "unset arrow", *lines]
        if len(pages) > 1:
            script.append(
                f'set label "Page {number} of {len(pages)}" at 546,40 right '
                f'font "{CAIRO_FONTS[doc.font]},8" noenhanced'
            )
        script.append("plot NaN notitle")
    script.append("unset output")
    subprocess.run(["gnuplot"], input="\n".join(script), text=True, check=True, capture_output=True)


PRODUCERS = {"htmldoc": htmldoc, "gnuplot": gnuplot}
