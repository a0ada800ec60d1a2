"""The `pdftex` producer: the blocks written as plain TeX (macros of our own), run by pdftex."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from bench.corpus_thirtythird.model import Block, Doc

FACES = {
    "cm": ("cmr10", "cmbx10", "cmti10"),
    "sans": ("cmss10", "cmssbx10", "cmssi10"),
    "tt": ("cmtt10", "cmbx10", "cmitt10"),
}
# Interword spaces written as glyphs and ToUnicode maps make the text layer read as typed.
PREAMBLE = r"""\pdfoutput=1 \pdfpagewidth=8.5in \pdfpageheight=11in
\pdfcompresslevel=9 \pdfinfoomitdate=1 \pdftrailerid{} \pdfsuppressptexinfo=-1
\input glyphtounicode \pdfgentounicode=1 \pdfinterwordspaceon
\hsize=6.5in \vsize=9in \parindent=0pt \parskip=0pt \tolerance=9000 \emergencystretch=2em
% Spaces wider than pdfplumber's 3pt gap at every size, so words never run together.
\def\spaces{\spaceskip=.42em plus .15em minus .02em \xspaceskip=.5em plus .15em}
\def\ragged{\rightskip=0pt plus 1fil\spaces}
\def\parL#1#2#3{{#1\leftskip=#2pt\ragged\noindent #3\par}}
\def\parC#1#2#3{{#1\spaces\leftskip=0pt plus 1fil\rightskip=0pt plus 1fil\parfillskip=0pt
  \noindent #3\par}}
\def\parR#1#2#3{{#1\spaces\leftskip=0pt plus 1fil\parfillskip=0pt\noindent #3\par}}
\def\cell#1#2#3{\vtop{\hsize=#1pt #2\ragged\noindent\strut #3\strut\par}\hskip6pt}
\def\sidehead#1#2{\hbox to\hsize{\vtop{\hsize=110pt\B\ragged\noindent #1\par}\hskip14pt
  \vtop{\hsize=344pt\R\ragged\noindent #2\par}\hss}\vskip6pt}
\def\framed#1{\vbox{\hrule\hbox{\vrule\kern7pt\vbox{\hsize=452pt\kern5pt #1\kern5pt}\kern7pt\vrule}
  \hrule}\vskip8pt}
\def\fullrule{\hrule\vskip6pt}
"""
SPECIAL = {"&": r"\&", "$": r"\$", "#": r"\#", "%": r"\%", "_": r"\_"}


def escape(text: str, mono: bool) -> str:
    if mono:
        return "".join(rf"\char`\{c}" if c in "\\{}$&#^_%~" else c for c in text)
    for bad in '<>|\\{}~^"':
        assert bad not in text, (bad, text)
    text = "".join(SPECIAL.get(c, c) for c in text)
    return text.replace("--", "-{}-").replace("?`", "?{}`").replace("!`", "!{}`")


class _Fonts:
    """Declares each face and size once, as \\F<n>."""

    def __init__(self, face: str) -> None:
        self.names = dict(zip("rbi", FACES[face], strict=True)) | {"m": "cmtt10"}
        self.defs: dict[tuple[str, float], str] = {}

    def __call__(self, code: str, size: float) -> str:
        key = (code, size)
        if key not in self.defs:
            self.defs[key] = "\\F" + "abcdefghijklmnopqrstuvwxyz"[len(self.defs)]
        return f"{self.defs[key]} \\baselineskip={size * 1.22:.1f}pt"

    def declare(self) -> str:
        return "".join(
            f"\\font{name}={self.names[code]} at {size}pt\n"
            for (code, size), name in self.defs.items()
        )


def _block(b: Block, font: _Fonts, mono_face: bool) -> str:
    kind = b["k"]
    if kind == "p":
        mono = mono_face or b["font"] == "m"
        macro = {"l": "parL", "c": "parC", "r": "parR"}[b["align"]]
        return (
            f"\\{macro}{{{font(b['font'], b['size'])}}}{{{b['indent']}}}"
            f"{{{escape(b['text'], mono and b['font'] != 'b')}}}\\vskip{b['after']}pt\n"
        )
    if kind == "table":
        rows = []
        for n, row in enumerate(b["rows"]):
            code = "b" if n == 0 and b["ruled"] != "none" else b["font"]
            mono = code == "m" or (mono_face and code != "b")
            cells = "&".join(
                f"\\cell{{{w - 6}}}{{{font(code, b['size'])}}}{{{escape(c, mono)}}}"
                for w, c in zip(b["widths"], row, strict=True)
            )
            rule = b["ruled"] == "all" or (b["ruled"] == "head" and n in (0, len(b["rows"]) - 1))
            rows.append(cells + "\\cr" + ("\\noalign{\\hrule}" if rule else "") + "\n")
        cols = "&".join("#\\tabskip=0pt" for _ in b["widths"])
        return f"\\halign{{{cols}\\cr\n{''.join(rows)}}}\\vskip8pt\n"
    if kind == "margin":
        return (
            f"\\def\\R{{{font('r', b['size'])}}}\\def\\B{{{font('b', b['size'])}}}"
            f"\\sidehead{{{escape(b['label'], False)}}}{{{escape(b['text'], mono_face)}}}\n"
        )
    if kind == "box":
        mono = mono_face or b["font"] == "m"
        inner = "".join(
            f"\\parL{{{font(b['font'], b['size'])}}}{{0}}{{{escape(line, mono)}}}"
            for line in b["lines"]
        )
        return f"\\framed{{{inner}}}\n"
    if kind == "rule":
        return "\\fullrule\n"
    if kind == "gap":
        return f"\\vskip{b['h']}pt\n"
    return "\\vfill\\eject\n"


def write(doc: Doc, face: str, title: str, out: Path) -> None:
    fonts = _Fonts(face)
    body = "".join(_block(b, fonts, face == "tt") for b in doc.blocks)
    source = (
        PREAMBLE
        + f"\\pdfinfo{{/Title ({re.sub(r'[^A-Za-z0-9 _.-]', '', title)})}}\n"
        + fonts.declare()
        + body
        + "\\bye\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "doc.tex").write_text(source, encoding="ascii")
        run = subprocess.run(
            ["pdftex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"],
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=60,
        )
        if run.returncode:
            raise RuntimeError(f"pdftex failed on {title}: {run.stdout[-800:]}")
        out.write_bytes((Path(tmp) / "doc.pdf").read_bytes())
