"""The `ps` producer: a legacy system's own PostScript, made PDF by ghostscript's ps2pdf."""

from __future__ import annotations

import subprocess
from pathlib import Path

from .page import HEIGHT, WIDTH, Doc, Line, Text

# The system's prolog: fonts re-encoded so that ' prints as a straight quote (StandardEncoding
# would print a right quote) and short procedures for a text run (T) and a ruled segment (L).
PROLOG = """%!PS-Adobe-3.0
%%Creator: CASEPRT/370 report writer 4.2
%%Pages: {pages}
%%BoundingBox: 0 0 612 792
%%EndComments
%%BeginProlog
/reenc {{ findfont dup length dict begin {{ 1 index /FID ne {{ def }} {{ pop pop }} ifelse }} forall
  /Encoding StandardEncoding 256 array copy dup 39 /quotesingle put dup 96 /grave put def
  currentdict end definefont pop }} bind def
/T {{ exch findfont exch scalefont setfont 3 1 roll moveto show }} bind def
/L {{ setlinewidth newpath moveto lineto stroke }} bind def
%%EndProlog
%%BeginSetup
<< /PageSize [{w} {h}] >> setpagedevice
%%EndSetup
"""


def _string(text: str) -> str:
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def program(doc: Doc) -> str:
    fonts = sorted({op.font for page in doc.pages for op in page if isinstance(op, Text)})
    out = [PROLOG.format(pages=len(doc.pages), w=int(WIDTH), h=int(HEIGHT))]
    out += [f"/{f}-S /{f} reenc" for f in fonts]
    for number, page in enumerate(doc.pages, 1):
        out.append(f"%%Page: {number} {number}")
        for op in page:
            if isinstance(op, Line):
                out.append(f"{op.x1:.1f} {op.y1:.1f} {op.x0:.1f} {op.y0:.1f} {op.width} L")
            else:
                out.append(f"{op.x:.1f} {op.y:.1f} {_string(op.text)} /{op.font}-S {op.size} T")
        out.append("showpage")
    out.append("%%EOF\n")
    return "\n".join(out)


def render(doc: Doc, pdf: Path) -> None:
    ps = pdf.with_suffix(".ps")
    ps.write_text(program(doc), encoding="ascii")
    try:
        subprocess.run(["ps2pdf", "-dPDFSETTINGS=/default", str(ps), str(pdf)], check=True,
                       capture_output=True, timeout=60)
    finally:
        ps.unlink(missing_ok=True)
