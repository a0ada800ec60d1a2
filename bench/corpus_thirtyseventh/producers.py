"""The two producers: SVG pages drawn to PDF by svglib + reportlab's renderPDF, and pdfrw objects
with content streams written by hand (base-14 fonts, WinAnsiEncoding)."""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from pdfrw import PdfDict, PdfName, PdfWriter
from reportlab.graphics import renderPDF
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from svglib.svglib import svg2rlg

from bench.corpus_thirtyseventh.layout import PAGE_H, PAGE_W, Page


def svg_page(page: Page) -> str:
    """One page as an SVG document (y grows downwards, as in the layout)."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{PAGE_W:.0f}pt" height="{PAGE_H:.0f}pt" '
        f'viewBox="0 0 {PAGE_W:.0f} {PAGE_H:.0f}">'
    ]
    for x, y, w, h, grey in page.boxes:
        level = int(grey * 255)
        parts.append(
            f'<rect x="{x:.2f}" y="{y:.2f}" width="{w:.2f}" height="{h:.2f}" '
            f'fill="rgb({level},{level},{level})" stroke="none"/>'
        )
    for x0, y0, x1, y1, weight in page.lines:
        parts.append(
            f'<line x1="{x0:.2f}" y1="{y0:.2f}" x2="{x1:.2f}" y2="{y1:.2f}" '
            f'stroke="black" stroke-width="{weight}"/>'
        )
    for x, y, font, size, s, anchor in page.texts:
        parts.append(
            f'<text x="{x:.2f}" y="{y:.2f}" font-family="{font}" font-size="{size}" '
            f'text-anchor="{anchor}">{escape(s)}</text>'
        )
    parts.append("</svg>")
    return "\n".join(parts)


def write_svg(pages: list[Page], out: Path, title: str) -> None:
    """Each SVG page parsed by svglib and drawn on a reportlab canvas page by renderPDF."""
    pdf = canvas.Canvas(str(out), pagesize=(PAGE_W, PAGE_H), invariant=True)
    pdf.setTitle(title)
    pdf.setCreator("svglib + reportlab renderPDF")
    for page in pages:
        drawing = svg2rlg(io.BytesIO(svg_page(page).encode("utf-8")))
        assert drawing is not None
        renderPDF.draw(drawing, pdf, 0, 0)
        pdf.showPage()
    pdf.save()


def _pdf_string(s: str) -> str:
    raw = s.encode("cp1252")
    out = []
    for byte in raw:
        ch = chr(byte)
        if ch in "()\\":
            out.append("\\" + ch)
        elif 32 <= byte < 127:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    return "(" + "".join(out) + ")"


FONT_KEYS = {
    "Helvetica": "F1",
    "Helvetica-Bold": "F2",
    "Times-Roman": "F3",
    "Times-Bold": "F4",
    "Courier": "F5",
    "Courier-Bold": "F6",
}


def content_stream(page: Page) -> str:
    """The page's operators: shaded boxes, rules, then one BT..ET per text run."""
    ops: list[str] = []
    for x, y, w, h, grey in page.boxes:
        ops.append(f"{grey:.2f} g {x:.2f} {PAGE_H - y - h:.2f} {w:.2f} {h:.2f} re f 0 g")
    for x0, y0, x1, y1, weight in page.lines:
        ops.append(f"{weight} w {x0:.2f} {PAGE_H - y0:.2f} m {x1:.2f} {PAGE_H - y1:.2f} l S")
    for x, y, font, size, s, anchor in page.texts:
        if anchor == "end":
            x -= stringWidth(s, font, size)
        ops.append(
            f"BT /{FONT_KEYS[font]} {size} Tf {x:.2f} {PAGE_H - y:.2f} Td {_pdf_string(s)} Tj ET"
        )
    return "\n".join(ops)


def write_pdfrw(pages: list[Page], out: Path, title: str) -> None:
    """Page objects assembled with pdfrw; fonts are the base-14 Type1 fonts."""
    fonts = PdfDict()
    for base, key in FONT_KEYS.items():
        fonts[PdfName(key)] = PdfDict(
            Type=PdfName.Font,
            Subtype=PdfName.Type1,
            BaseFont=PdfName(base),
            Encoding=PdfName.WinAnsiEncoding,
        )
    resources = PdfDict(Font=fonts)
    writer = PdfWriter(compress=False)
    for page in pages:
        stream = PdfDict(stream=content_stream(page))
        writer.addpage(
            PdfDict(
                Type=PdfName.Page,
                MediaBox=[0, 0, int(PAGE_W), int(PAGE_H)],
                Resources=resources,
                Contents=stream,
            )
        )
    writer.trailer.Info = PdfDict(Title=f"({title})", Producer="(pdfrw 0.4)")
    writer.write(str(out))


PRODUCERS = {"svglib": write_svg, "pdfrw": write_pdfrw}
