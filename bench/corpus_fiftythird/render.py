"""Two producers draw the same list of blocks.

`oxide`: oxidize-pdf (a Rust PDF writer, PyPI `oxidize-pdf`): the blocks are laid out here, line
by line, at page coordinates on the base-14 fonts, with rules and boxes as stroked paths.
`minipdf`: the blocks become a Word document (python-docx), which minipdf (a Rust Office-to-PDF
engine, PyPI `minipdf`) lays out and prints with its own line breaking and fonts.

A block is a tuple: ("p", text, opts), ("table", rows, opts), ("box", lines, opts), ("rule",),
("gap", points), ("break",). opts: font (regular, bold, italic), size, align (left, center, right),
indent (points); tables: widths (fractions), ruled, header.
"""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path
from typing import Any

Block = tuple[Any, ...]

PAGE_W, PAGE_H = 612.0, 792.0
LEFT, RIGHT, TOP, BOTTOM = 66.0, 66.0, 60.0, 64.0

_FAMILIES = {
    "helv": ("HELVETICA", "HELVETICA_BOLD", "HELVETICA_OBLIQUE", "Arial"),
    "times": ("TIMES_ROMAN", "TIMES_BOLD", "TIMES_ITALIC", "Times New Roman"),
    "courier": ("COURIER", "COURIER_BOLD", "COURIER_OBLIQUE", "Courier New"),
}


def _opts(block: Block) -> dict[str, Any]:
    return block[2] if len(block) > 2 else {}


# ------------------------------------------------------------------ oxidize-pdf


class _Oxide:
    def __init__(self, family: str, footer: str | None) -> None:
        import oxidize_pdf as ox

        self.ox = ox
        names = _FAMILIES[family]
        self.fonts = {
            "regular": getattr(ox.Font, names[0]),
            "bold": getattr(ox.Font, names[1]),
            "italic": getattr(ox.Font, names[2]),
        }
        self.footer = footer
        self.pages: list[list[tuple[Any, ...]]] = [[]]
        self.y = PAGE_H - TOP

    def width(self, text: str, font: str, size: float) -> float:
        return float(self.ox.measure_text(text, self.fonts[font], size))

    def wrap(self, text: str, font: str, size: float, width: float) -> list[str]:
        lines: list[str] = []
        for para in text.split("\n"):
            cur = ""
            for word in para.split(" "):
                trial = f"{cur} {word}" if cur else word
                if cur and self.width(trial, font, size) > width:
                    lines.append(cur)
                    cur = word
                else:
                    cur = trial
            lines.append(cur)
        return lines

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page()

    def new_page(self) -> None:
        self.pages.append([])
        self.y = PAGE_H - TOP

    def text(self, x: float, y: float, s: str, font: str, size: float) -> None:
        self.pages[-1].append(("t", x, y, s, font, size))

    def line(self, x0: float, y0: float, x1: float, y1: float, w: float = 0.6) -> None:
        self.pages[-1].append(("l", x0, y0, x1, y1, w))

    def para(self, s: str, o: dict[str, Any]) -> None:
        font, size = o.get("font", "regular"), float(o.get("size", 10))
        indent = float(o.get("indent", 0))
        width = PAGE_W - LEFT - RIGHT - indent
        lead = size * 1.32
        for ln in self.wrap(s, font, size, width):
            self.need(lead)
            self.y -= lead
            w = self.width(ln, font, size)
            x = LEFT + indent
            if o.get("align") == "center":
                x = (PAGE_W - w) / 2
            elif o.get("align") == "right":
                x = PAGE_W - RIGHT - w
            self.text(x, self.y + size * 0.25, ln, font, size)
        self.y -= float(o.get("after", size * 0.45))

    def table(self, rows: list[list[str]], o: dict[str, Any]) -> None:
        size = float(o.get("size", 9))
        total = PAGE_W - LEFT - RIGHT - float(o.get("indent", 0))
        fr = o.get("widths") or [1 / len(rows[0])] * len(rows[0])
        widths = [total * f for f in fr]
        x0 = LEFT + float(o.get("indent", 0))
        ruled, lead, pad = bool(o.get("ruled", True)), size * 1.3, 3.0
        header = bool(o.get("header", True))
        for r, row in enumerate(rows):
            font = "bold" if header and r == 0 else "regular"
            cells = [
                self.wrap(c, font, size, w - 2 * pad) for c, w in zip(row, widths, strict=True)
            ]
            h = max(len(c) for c in cells) * lead + 2 * pad
            if self.y - h < BOTTOM:
                self.new_page()
            top = self.y
            x = x0
            for lines, w in zip(cells, widths, strict=True):
                yy = top - pad
                for ln in lines:
                    yy -= lead
                    self.text(x + pad, yy + size * 0.3, ln, font, size)
                x += w
            bottom = top - h
            if ruled:
                self.line(x0, top, x0 + total, top)
                self.line(x0, bottom, x0 + total, bottom)
                x = x0
                for w in [0.0, *widths]:
                    x += w
                    self.line(x, top, x, bottom)
            elif header and r == 0:
                self.line(x0, bottom, x0 + total, bottom)
            self.y = bottom
        self.y -= 8

    def box(self, lines: list[str], o: dict[str, Any]) -> None:
        size = float(o.get("size", 9.5))
        indent = float(o.get("indent", 0))
        width = float(o.get("width", PAGE_W - LEFT - RIGHT - indent))
        lead = size * 1.32
        wrapped = [w for s in lines for w in self.wrap(s, "regular", size, width - 12)]
        title = o.get("title")
        h = lead * (len(wrapped) + (1 if title else 0)) + 10
        self.need(h + 4)
        top, x0 = self.y - 2, LEFT + indent
        yy = top - 4
        if title:
            yy -= lead
            self.text(x0 + 6, yy + size * 0.3, str(title), "bold", size)
        for ln in wrapped:
            yy -= lead
            self.text(x0 + 6, yy + size * 0.3, ln, "regular", size)
        bottom = top - h
        for a, b, c, d in (
            (x0, top, x0 + width, top),
            (x0, bottom, x0 + width, bottom),
            (x0, top, x0, bottom),
            (x0 + width, top, x0 + width, bottom),
        ):
            self.line(a, b, c, d, 0.9)
        self.y = bottom - 8

    def draw(self, blocks: list[Block]) -> bytes:
        for b in blocks:
            if b[0] == "p":
                self.para(b[1], _opts(b))
            elif b[0] == "table":
                self.table(b[1], _opts(b))
            elif b[0] == "box":
                self.box(b[1], _opts(b))
            elif b[0] == "rule":
                self.need(8)
                self.y -= 4
                self.line(LEFT, self.y, PAGE_W - RIGHT, self.y)
                self.y -= 6
            elif b[0] == "gap":
                self.y -= float(b[1])
            elif b[0] == "break":
                self.new_page()
        ox = self.ox
        doc = ox.Document()
        doc.set_creation_date("2026-01-01T00:00:00Z")
        doc.set_modification_date("2026-01-01T00:00:00Z")
        doc.set_producer("oxidize-pdf")
        n = len(self.pages)
        for i, ops in enumerate(self.pages, start=1):
            page = ox.Page.letter()
            page.set_stroke_color(ox.Color.black())
            for op in ops:
                if op[0] == "t":
                    _, x, y, s, font, size = op
                    page.set_font(self.fonts[font], size)
                    page.text_at(x, y, s)
                else:
                    _, x0, y0, x1, y1, w = op
                    page.set_line_width(w)
                    page.move_to(x0, y0)
                    page.line_to(x1, y1)
                    page.stroke()
            if self.footer:
                page.set_font(self.fonts["regular"], 7.5)
                text = self.footer.format(page=i, pages=n)
                page.text_at(PAGE_W - RIGHT - self.width(text, "regular", 7.5), 34, text)
            doc.add_page(page)
        return _fix_xmp_date(bytes(doc.save_to_bytes_with_config(ox.WriterConfig.legacy())))


def _fix_xmp_date(pdf: bytes) -> bytes:
    """oxidize-pdf stamps ModDate and the XMP ModifyDate with the clock, whatever the document's
    dates say; each stamp becomes a fixed one of the same length, so offsets hold and a seed gives
    the same bytes."""

    def fixed(m: re.Match[bytes]) -> bytes:
        stamp = m[1]
        base = b"2026-01-01T00:00:00"
        tail = re.sub(rb"\d", b"0", stamp[len(base) :])
        return b"<xmp:ModifyDate>" + base + tail + b"</xmp:ModifyDate>"

    pdf = re.sub(rb"(/ModDate\s*\(D:)\d{14}", rb"\g<1>20260101000000", pdf)
    return re.sub(rb"<xmp:ModifyDate>([^<]*)</xmp:ModifyDate>", fixed, pdf)


def oxide(blocks: list[Block], family: str = "helv", footer: str | None = None) -> bytes:
    return _Oxide(family, footer).draw(blocks)


# ------------------------------------------------------------------ minipdf (via a Word document)


def _prewrap(text: str, size: float, width: float) -> str:
    """minipdf breaks an over-long line between any two characters (inside entry numbers too), so
    lines are broken here at spaces, measured on Helvetica with room for its wider embedded face."""
    import oxidize_pdf as ox

    font = ox.Font.HELVETICA
    out: list[str] = []
    for para in text.split("\n"):
        cur = ""
        for word in para.split(" "):
            trial = f"{cur} {word}" if cur else word
            if cur and float(ox.measure_text(trial, font, size)) * 1.16 > width:
                out.append(cur)
                cur = word
            else:
                cur = trial
        out.append(cur)
    return "\n".join(out)


def _docx(blocks: list[Block], family: str, footer: str | None) -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    face = _FAMILIES[family][3]
    d = docx.Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Pt(PAGE_W), Pt(PAGE_H)
    sec.left_margin = sec.right_margin = Pt(LEFT)
    sec.top_margin, sec.bottom_margin = Pt(TOP), Pt(BOTTOM)
    normal = d.styles["Normal"]
    normal.font.name = face
    normal.font.size = Pt(10)
    aligns = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT}

    def para(container: Any, s: str, o: dict[str, Any]) -> None:
        p = container.add_paragraph()
        fmt = p.paragraph_format
        fmt.space_after = Pt(float(o.get("after", 4)))
        fmt.space_before = Pt(0)
        if o.get("indent"):
            fmt.left_indent = Pt(float(o["indent"]))
        if o.get("align") in aligns:
            p.alignment = aligns[o["align"]]
        width = PAGE_W - LEFT - RIGHT - float(o.get("indent", 0)) - float(o.get("room", 0))
        s = _prewrap(s, float(o.get("size", 10)), width)
        for k, part in enumerate(s.split("\n")):
            run = p.add_run(part)
            if k < len(s.split("\n")) - 1:
                run.add_break()
            run.font.name = face
            run.font.size = Pt(float(o.get("size", 10)))
            run.bold = o.get("font") == "bold"
            run.italic = o.get("font") == "italic"

    def borders(table: Any) -> None:
        tbl_pr = table._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement(f"w:{edge}")
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), "4")
            el.set(qn("w:color"), "000000")
            b.append(el)
        tbl_pr.append(b)

    for blk in blocks:
        o = _opts(blk)
        if blk[0] == "p":
            para(d, blk[1], o)
        elif blk[0] in ("table", "box"):
            rows = (
                blk[1]
                if blk[0] == "table"
                else [["\n".join(([str(o["title"])] if o.get("title") else []) + list(blk[1]))]]
            )
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if blk[0] == "box" or o.get("ruled", True):
                borders(t)
            total = PAGE_W - LEFT - RIGHT
            fr = o.get("widths") or [1 / len(rows[0])] * len(rows[0])
            t.autofit = False
            for c, col in enumerate(t.columns):
                col.width = Pt(total * fr[c])
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    cell = t.cell(r, c)
                    cell.width = Pt(total * fr[c])
                    cell.paragraphs[0].text = ""
                    bold = blk[0] == "table" and o.get("header", True) and r == 0
                    text = _prewrap(text, float(o.get("size", 9)), total * fr[c] - 14)
                    run = cell.paragraphs[0].add_run(text)
                    run.font.name = face
                    run.font.size = Pt(float(o.get("size", 9)))
                    run.bold = bool(bold)
            para(d, "", {"size": 4, "after": 2})
        elif blk[0] == "rule":
            p = d.add_paragraph()
            p_pr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            bottom = OxmlElement("w:bottom")
            for k, v in (
                ("w:val", "single"),
                ("w:sz", "6"),
                ("w:space", "1"),
                ("w:color", "000000"),
            ):
                bottom.set(qn(k), v)
            bdr.append(bottom)
            p_pr.append(bdr)
            para(d, "", {"size": 6, "after": 0})  # minipdf sets the next line on the rule
        elif blk[0] == "gap":
            para(d, "", {"size": max(2.0, float(blk[1]) / 1.4), "after": 0})
        elif blk[0] == "break":
            d.add_page_break()  # type: ignore[no-untyped-call]
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = footer.replace("{page}", "").replace(" of {pages}", "").strip()
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    buf = io.BytesIO()
    d.core_properties.author = ""
    d.save(buf)
    return buf.getvalue()


def minipdf_print(blocks: list[Block], family: str = "helv", footer: str | None = None) -> bytes:
    import minipdf  # type: ignore[import-untyped]

    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "doc.docx", Path(tmp) / "doc.pdf"
        src.write_bytes(_docx(blocks, family, footer))
        minipdf.convert_to_pdf(src, out)
        return out.read_bytes()


PRODUCERS = {"oxide": oxide, "minipdf": minipdf_print}
