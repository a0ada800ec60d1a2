# ruff: noqa: E501
"""Two producers for one block vocabulary: `textpdf` (Perl's Text::PDF, text operators laid out here)
and `context` (ConTeXt MkIV markup compiled with `context --batchmode`).

Blocks: ("title", s) ("h", s) ("p", runs) ("lines", [s]) ("right", [s]) ("small", s)
("fields", [(caption, value, frac)]) value lines with the caption printed UNDER each line,
("table", headers, rows, fracs) ("rule",) ("gap",) ("page",).  Runs are (text, "n"|"b"|"f"):
normal, bold, or filled in (a typed entry in a printed blank, in Courier)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

PRODUCERS = ("textpdf", "context")
HERE = Path(__file__).resolve().parent
FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def available() -> bool:
    if not shutil.which("perl") or not shutil.which("context"):
        return False
    ok = subprocess.run(["perl", "-MText::PDF::File", "-e", "1"], capture_output=True)
    return ok.returncode == 0


def runs_of(p: Any) -> list[tuple[str, str]]:
    return [(p, "n")] if isinstance(p, str) else list(p)


# ---------------------------------------------------------------- textpdf


class _Pager:
    def __init__(self, family: str, size: float, header: str | None) -> None:
        self.family, self.size, self.header = family, size, header
        self.ops: list[str] = []
        self.pages = 0
        self.y = 0.0
        self.left, self.right = 72.0, 540.0
        self.new_page()

    def font(self, tag: str) -> str:
        if tag == "M":
            return "Courier"
        return FONTS[self.family]["RBI".index(tag)]

    def width(self, text: str, tag: str, size: float) -> float:
        return float(stringWidth(text, self.font(tag), size))

    def new_page(self) -> None:
        self.ops.append("PAGE")
        self.pages += 1
        self.y = 730.0
        if self.header and self.pages > 1:
            self.text("I", 8, self.left, 752, f"{self.header} - page {self.pages}")
            self.line(self.left, 746, self.right, 746, 0.4)

    def need(self, h: float) -> None:
        if self.y - h < 60:
            self.new_page()

    def text(self, tag: str, size: float, x: float, y: float, s: str) -> None:
        s = s.replace("\t", " ")
        self.ops.append(f"T\t{tag}\t{size}\t{x:.2f}\t{y:.2f}\t{s}")

    def line(self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5) -> None:
        self.ops.append(f"L\t{x1:.2f}\t{y1:.2f}\t{x2:.2f}\t{y2:.2f}\t{w}")

    def grey(self, x: float, y: float, w: float, h: float, g: float = 0.9) -> None:
        self.ops.append(f"G\t{x:.2f}\t{y:.2f}\t{w:.2f}\t{h:.2f}\t{g}")

    def para(self, runs: list[tuple[str, str]], size: float, indent: float = 0) -> None:
        words: list[tuple[str, str]] = []
        for text, style in runs:
            tag = {"n": "R", "b": "B", "f": "M"}[style]
            words += [(w, tag) for w in text.split()]
        lead = size * 1.35
        x0 = self.left + indent
        line: list[tuple[str, str]] = []
        width = 0.0

        def flush() -> None:
            self.need(lead)
            x = x0
            groups: list[tuple[str, list[str]]] = []
            for w, t in line:
                if groups and groups[-1][0] == t:
                    groups[-1][1].append(w)
                else:
                    groups.append((t, [w]))
            for t, ws in groups:
                s = " ".join(ws)
                self.text(t, size, x, self.y, s)
                wd = self.width(s, t, size)
                if t == "M":
                    self.line(x - 1, self.y - 2, x + wd + 1, self.y - 2, 0.3)
                x += wd + 1.6 * self.width(" ", "R", size)
            self.y -= lead

        for w, t in words:
            wd = self.width(w, t, size)
            space = self.width(" ", "R", size)
            if line and width + space + wd > self.right - x0:
                flush()
                line, width = [], 0.0
            width += (space if line else 0) + wd
            line.append((w, t))
        if line:
            flush()
        self.y -= size * 0.5


def _layout(doc: dict[str, Any]) -> _Pager:
    size = float(doc.get("size", 10))
    pg = _Pager(doc["font"], size, doc.get("header"))
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            pg.need(size * 3)
            w = pg.width(b[1], "B", size + 4)
            pg.text("B", size + 4, (612 - w) / 2, pg.y, b[1])
            pg.y -= size * 2.2
        elif kind == "h":
            pg.need(size * 3)
            pg.y -= size * 0.4
            pg.text("B", size + 1, pg.left, pg.y, b[1])
            pg.y -= size * 1.6
        elif kind == "p":
            pg.para(runs_of(b[1]), size, float(b[2]) if len(b) > 2 else 0)
        elif kind in ("lines", "right"):
            for s in b[1]:
                pg.need(size * 1.3)
                x = pg.right - pg.width(s, "R", size) if kind == "right" else pg.left
                pg.text("R", size, x, pg.y, s)
                pg.y -= size * 1.3
            pg.y -= size * 0.5
        elif kind == "small":
            pg.para([(b[1], "n")], size - 2)
        elif kind == "rule":
            pg.line(pg.left, pg.y + size * 0.6, pg.right, pg.y + size * 0.6, 0.8)
            pg.y -= size * 0.8
        elif kind == "gap":
            pg.y -= size * 1.2
        elif kind == "page":
            pg.new_page()
        elif kind == "fields":
            pg.need(size * 3.4)
            x = pg.left
            span = pg.right - pg.left
            for caption, value, frac in b[1]:
                w = span * frac - 8
                vs = size
                while pg.width(value, "M", vs) > w and vs > 6:
                    vs -= 0.5
                pg.text("M", vs, x + 2, pg.y, value)
                pg.line(x, pg.y - 3, x + w, pg.y - 3, 0.5)
                pg.text("R", 6.5, x, pg.y - 11, caption.upper())
                x += span * frac
            pg.y -= size * 3.0
        elif kind == "table":
            _, headers, rows, fracs = b
            span = pg.right - pg.left
            xs = [pg.left]
            for f in fracs:
                xs.append(xs[-1] + span * f)
            lead = size * 1.5
            for r, row in enumerate([headers, *rows]):
                pg.need(lead + 4)
                if r == 0:
                    pg.grey(pg.left, pg.y - 4, span, lead, 0.88)
                for c, cell in enumerate(row):
                    tag = "B" if r == 0 else "R"
                    cs = size - 1
                    while pg.width(cell, tag, cs) > xs[c + 1] - xs[c] - 6 and cs > 5:
                        cs -= 0.5
                    pg.text(tag, cs, xs[c] + 3, pg.y, cell)
                pg.line(pg.left, pg.y - 4, pg.right, pg.y - 4, 0.3)
                pg.y -= lead
            pg.y -= size * 0.6
    return pg


def render_textpdf(doc: dict[str, Any]) -> bytes:
    pg = _layout(doc)
    with tempfile.TemporaryDirectory() as tmp:
        ops = Path(tmp, "ops.tsv")
        ops.write_text("\n".join(pg.ops) + "\n", encoding="utf-8")
        out = Path(tmp, "out.pdf")
        subprocess.run(
            ["perl", str(HERE / "textpdf_print.pl"), str(ops), str(out), doc["font"]],
            check=True,
            capture_output=True,
        )
        return out.read_bytes()


# ---------------------------------------------------------------- context

_TEX = {"\\": r"\textbackslash{}", "#": r"\#", "$": r"\$", "%": r"\%", "&": r"\&",
        "_": r"\_", "{": r"\{", "}": r"\}", "~": r"\lettertilde{}", "^": r"\letterhat{}",
        "|": r"\letterbar{}", "'": r"\lettersinglequote{}", "`": r"{`}", "-": "-{}"}  # fmt: skip


def _esc(s: str) -> str:
    return "".join(_TEX.get(ch, ch) for ch in s)


def tex(s: str) -> str:
    """Escaped text; a word with a hyphen (entry, importer and case numbers) is kept on one line."""
    return " ".join(
        r"\dontleavehmode\hbox{" + _esc(w) + "}" if "-" in w else _esc(w) for w in s.split(" ")
    )


def loose(s: str) -> str:
    """Small print with explicit word spaces: at 8 pt a font's own space is under the 3 pt a text
    extractor needs to see a word break."""
    return r"\hskip0.5em ".join(tex(w) for w in s.split())


def _tex_runs(runs: list[tuple[str, str]]) -> str:
    out = []
    for text, style in runs:
        if style == "b":
            out.append(r"{\bf{}" + tex(text) + "}")
        elif style == "f":
            out.append(r"\underbar{\tt{}" + tex(text) + "}")
        else:
            out.append(tex(text))
    return "".join(out)


def context_source(doc: dict[str, Any]) -> str:
    body = {"Helvetica": "ss", "Times": "rm", "Courier": "tt"}[doc["font"]]
    size = max(11, int(doc.get("size", 10)))
    lines = [
        r"\setuppapersize[letter]",
        r"\setuplayout[backspace=1in,width=middle,topspace=0.6in,header=0.3in,footer=0.3in,height=middle]",
        rf"\setupbodyfont[modern,{body},{size}pt]",
        r"\definefontfeature[default][default][liga=no,tlig=no,trep=no,kern=yes]",
        r"\setupalign[flushleft,nothyphenated,verytolerant]",
        r"\setupwhitespace[medium]",
        r"\setupindenting[no]",
        r"\setupinteraction[state=start,title={},author={},date={}]",
        r"\setupbackend[export=no]",
    ]
    if doc.get("header"):
        lines.append(
            r"\setupheadertexts[{\tfx\it{}"
            + loose(doc["header"])
            + r"\hskip0.5em -{}\hskip0.5em page\hskip0.5em \pagenumber}]"
        )
    else:
        lines.append(r"\setupheadertexts[]")
    lines.append(r"\setupfootertexts[]")
    lines.append(r"\starttext")
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            lines.append(r"\midaligned{\bfb{}" + tex(b[1]) + r"}\blank[medium]")
        elif kind == "h":
            lines.append(r"\blank[small]{\bfa{}" + tex(b[1]) + r"}\par\blank[small]")
        elif kind == "p":
            ind = float(b[2]) if len(b) > 2 else 0
            txt = _tex_runs(runs_of(b[1]))
            if ind:
                txt = r"\startnarrower[left]" + txt + r"\par\stopnarrower"
            lines.append(txt + r"\par")
        elif kind == "lines":
            lines.append(r"\startlines " + "\n".join(tex(s) for s in b[1]) + r"\stoplines")
        elif kind == "right":
            lines.append(
                r"\startalignment[flushright]\startlines "
                + "\n".join(tex(s) for s in b[1])
                + r"\stoplines\stopalignment"
            )
        elif kind == "small":
            lines.append(r"{\tfx{}" + loose(b[1]) + r"\par}")
        elif kind == "rule":
            lines.append(r"\blank[small]\hairline\blank[small]")
        elif kind == "gap":
            lines.append(r"\blank[big]")
        elif kind == "page":
            lines.append(r"\page")
        elif kind == "fields":
            cells_v = []
            cells_c = []
            for caption, value, frac in b[1]:
                w = f"{frac * 0.97:.3f}\\textwidth"
                cells_v.append(
                    rf"\bTD[width={w},frame=off,bottomframe=on] \tt{{}}" + tex(value) + r" \eTD"
                )
                cells_c.append(
                    rf"\bTD[width={w},frame=off] \tfx{{}}" + loose(caption.upper()) + r" \eTD"
                )
            lines.append(
                r"\bTABLE[split=no,offset=2pt] \bTR "
                + " ".join(cells_v)
                + r" \eTR \bTR "
                + " ".join(cells_c)
                + r" \eTR \eTABLE"
            )
        elif kind == "table":
            _, headers, rows, fracs = b
            out = [
                r"\bTABLE[split=yes,offset=3pt,frame=on,rulethickness=0.3pt,align={flushleft,nothyphenated}]"
            ]
            out.append(
                r"\bTABLEhead \bTR[background=color,backgroundcolor=lightgray] "
                + " ".join(
                    rf"\bTH[width={f * 0.98:.3f}\textwidth] " + tex(h) + r" \eTH"
                    for h, f in zip(headers, fracs, strict=True)
                )
                + r" \eTR \eTABLEhead \bTABLEbody"
            )
            for row in rows:
                out.append(
                    r"\bTR " + " ".join(r"\bTD " + tex(c) + r" \eTD" for c in row) + r" \eTR"
                )
            out.append(r"\eTABLEbody \eTABLE")
            lines.append("\n".join(out))
    lines.append(r"\stoptext")
    return "\n\n".join(lines) + "\n"


def render_context(doc: dict[str, Any]) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "doc.tex").write_text(context_source(doc), encoding="utf-8")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600", FORCE_SOURCE_DATE="1")
        res = subprocess.run(
            ["context", "--batchmode", "--noconsole", "--nonstopmode", "doc.tex"],
            cwd=tmp,
            env=env,
            capture_output=True,
        )
        pdf = Path(tmp, "doc.pdf")
        if not pdf.exists():
            log = Path(tmp, "doc.log")
            tail = (
                log.read_text(errors="replace")[-2000:]
                if log.exists()
                else res.stdout[-2000:].decode()
            )
            raise RuntimeError(f"context failed:\n{tail}")
        return pdf.read_bytes()


def render(doc: dict[str, Any], producer: str) -> bytes:
    return render_textpdf(doc) if producer == "textpdf" else render_context(doc)
