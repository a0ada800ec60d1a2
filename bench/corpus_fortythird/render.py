"""Two producers: a ploticus script (PostScript, made PDF by ps2pdf) and a GLE script
(`gle -d pdf`).

A page is a list of operations in inches from the top left of a US Letter sheet:
("t", x, y, font, text), ("l", x1, y1, x2, y2) and ("r", x, y, w, h).
Fonts: sans, sansb, serif, serifb, mono.
"""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter

Op = tuple[object, ...]
Page = list[Op]

PLOTICUS_FONT = {
    "sans": ("/Helvetica", 10),
    "sansb": ("/Helvetica-Bold", 10),
    "serif": ("/Times-Roman", 11),
    "serifb": ("/Times-Bold", 11),
    "mono": ("/Courier", 10),
}
# GLE's PostScript fonts set each word apart; below these heights the gaps are too narrow for a
# text extractor to see the spaces (measured with pdfplumber), so the GLE pages use them.
GLE_FONT = {
    "sans": ("psh", 0.42),
    "sansb": ("pshb", 0.42),
    "serif": ("pstr", 0.46),
    "serifb": ("pstb", 0.46),
    "mono": ("psc", 0.36),
}
PAGE_H = 11.0


def _f(value: object) -> float:
    return float(str(value))


def _clean(text: str) -> str:
    for char in "'\"\\{}^_@":
        assert char not in text, (char, text)
    return text


def ploticus_page(page: Page, work: Path) -> bytes:
    """One page through ploticus -ps and ps2pdf."""
    lines = ["#proc page", "  pagesize: 8.5 11", ""]
    for op in page:
        if op[0] == "t":
            _, x, y, font, text = op
            name, size = PLOTICUS_FONT[str(font)]
            lines += [
                "#proc annotate",
                f"  location: {_f(x):.3f} {PAGE_H - _f(y):.3f}",
                f"  textdetails: size={size} align=L font={name}",
                f"  text: {_clean(str(text))}",
                "",
            ]
        elif op[0] == "l":
            _, x1, y1, x2, y2 = op
            lines += [
                "#proc drawcommands",
                "  commands:",
                "    linetype 0 0.6 1",
                f"    mov {_f(x1):.3f} {PAGE_H - _f(y1):.3f}",
                f"    lin {_f(x2):.3f} {PAGE_H - _f(y2):.3f}",
                "",
            ]
        else:
            _, x, y, w, h = op
            x0, y0, x1, y1 = (
                _f(x),
                PAGE_H - _f(y),
                _f(x) + _f(w),
                PAGE_H - _f(y) - _f(h),
            )
            lines += [
                "#proc drawcommands",
                "  commands:",
                "    linetype 0 0.8 1",
                f"    mov {x0:.3f} {y0:.3f}",
                f"    lin {x1:.3f} {y0:.3f}",
                f"    lin {x1:.3f} {y1:.3f}",
                f"    lin {x0:.3f} {y1:.3f}",
                f"    lin {x0:.3f} {y0:.3f}",
                "",
            ]
    script = work / "page.pl"
    script.write_text("\n".join(lines) + "\n")
    ps = work / "page.ps"
    subprocess.run(
        ["ploticus", "-ps", str(script), "-o", str(ps)], check=True, capture_output=True, cwd=work
    )
    # ploticus' own ISOLatin1Encoding maps 45 to /minus and 39 to /quoteright: patched back so that
    # a hyphen stays a hyphen.
    prolog = ps.read_text(encoding="latin-1").replace("/comma/minus/period", "/comma/hyphen/period")
    ps.write_text(
        prolog.replace("/ampersand/quoteright", "/ampersand/quotesingle"), encoding="latin-1"
    )
    pdf = work / "page.pdf"
    subprocess.run(
        ["ps2pdf", "-sPAPERSIZE=letter", "-dFIXEDMEDIA", str(ps), str(pdf)],
        check=True,
        capture_output=True,
        cwd=work,
    )
    return pdf.read_bytes()


def _gle_text(text: str) -> str:
    # A plain space after punctuation is set too narrow for an extractor to see; TeX's control space
    # ("\\ ") is a full word space.
    return _clean(text).replace("$", "\\$").replace(" ", "\\ ")


def gle_page(page: Page, work: Path) -> bytes:
    """One page through the Graphics Layout Engine (cm from the bottom left)."""
    lines = ["size 21.59 27.94", "set lwidth 0.02"]
    for op in page:
        if op[0] == "t":
            _, x, y, font, text = op
            name, height = GLE_FONT[str(font)]
            lines += [
                f"set font {name} hei {height}",
                f"amove {_f(x) * 2.54:.3f} {(PAGE_H - _f(y)) * 2.54:.3f}",
                f'write "{_gle_text(str(text))}"',
            ]
        elif op[0] == "l":
            _, x1, y1, x2, y2 = op
            lines += [
                f"amove {_f(x1) * 2.54:.3f} {(PAGE_H - _f(y1)) * 2.54:.3f}",
                f"aline {_f(x2) * 2.54:.3f} {(PAGE_H - _f(y2)) * 2.54:.3f}",
            ]
        else:
            _, x, y, w, h = op
            lines += [
                f"amove {_f(x) * 2.54:.3f} {(PAGE_H - _f(y) - _f(h)) * 2.54:.3f}",
                f"box {_f(w) * 2.54:.3f} {_f(h) * 2.54:.3f}",
            ]
    script = work / "page.gle"
    script.write_text("\n".join(lines) + "\n")
    subprocess.run(["gle", "-d", "pdf", "page.gle"], check=True, capture_output=True, cwd=work)
    return (work / "page.pdf").read_bytes()


def render(producer: str, pages: list[Page]) -> bytes:
    """All pages through one producer, joined into one PDF."""
    draw = ploticus_page if producer == "ploticus" else gle_page
    writer = PdfWriter()
    with tempfile.TemporaryDirectory(prefix="c43-") as tmp:
        for page in pages:
            for sheet in PdfReader(io.BytesIO(draw(page, Path(tmp)))).pages:
                writer.add_page(sheet)
    writer.add_metadata({"/Producer": producer, "/Creator": producer})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
