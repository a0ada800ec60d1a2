"""Render a block document with reportlab's platypus (Helvetica or Times, ruled tables)."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from bench.corpus import blocks as b

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}
MARGIN = 50.0


def _style(font: str, size: float, bold: bool = False, align: b.Align = "left") -> ParagraphStyle:
    base = {"sans": "Helvetica", "serif": "Times-Roman"}[font]
    if bold:
        base = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold"}[base]
    return ParagraphStyle(
        f"{base}-{size}-{align}", fontName=base, fontSize=size, leading=size * 1.25,
        alignment=_ALIGN[align],
    )


def _box_cell(box: b.Box, font: str) -> list[Flowable]:
    label = _style(font, 7)
    value = _style(font, 10)
    if box.inline:
        first = box.lines[0] if box.lines else ""
        cell: list[Flowable] = [
            Paragraph(f"<font size=7>{escape(box.label)}</font> {escape(first)}", value)
        ]
        return cell + [Paragraph(escape(line), value) for line in box.lines[1:]]
    cell = [Paragraph(escape(box.label), label)]
    cell += [Paragraph(escape(line), value) for line in box.lines] or [Spacer(1, 12)]
    return cell


def _flowables(document: b.Document, width: float) -> list[Flowable]:
    font = document.font
    out: list[Flowable] = []
    grid = TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                       ("VALIGN", (0, 0), (-1, -1), "TOP")])
    for block in document.blocks:
        if isinstance(block, b.Heading):
            out.append(Paragraph(escape(block.text), _style(font, block.size, True, block.align)))
        elif isinstance(block, b.Para):
            style = _style(font, block.size, block.bold, block.align)
            out += [Paragraph(escape(block.text), style), Spacer(1, 4)]
        elif isinstance(block, b.BoxRow):
            total = sum(box.width for box in block.boxes)
            widths = [width * box.width / total for box in block.boxes]
            cells = [_box_cell(box, font) for box in block.boxes]
            out.append(Table([cells], colWidths=widths, style=grid))
        elif isinstance(block, b.Grid):
            shares = block.widths or tuple(1.0 for _ in block.header)
            widths = [width * s / sum(shares) for s in shares]
            head = _style(font, block.size - 1, True)
            body = _style(font, block.size)
            rows = [[Paragraph(escape(h), head) for h in block.header]]
            rows += [[Paragraph(escape(c), body) for c in row] for row in block.rows]
            out.append(Table(rows, colWidths=widths, style=grid, repeatRows=1))
        elif isinstance(block, b.Stamp):
            style = _style("sans", 9, True, "center")
            table = Table([[[Paragraph(escape(line), style) for line in block.lines]]],
                          colWidths=[170], hAlign="RIGHT")
            table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1.5, colors.darkred)]))
            out.append(table)
        elif isinstance(block, b.Spacer):
            out.append(Spacer(1, block.height))
        else:
            out.append(PageBreak())
    return out


def render_pdf(document: b.Document, path: Path, *, password: str | None = None) -> None:
    """Write the document as a letter-size PDF; `password` encrypts it."""
    template = SimpleDocTemplate(
        str(path), pagesize=LETTER, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=document.title, author="tradebots corpus", invariant=1,
        encrypt=password,
    )
    template.build(_flowables(document, LETTER[0] - 2 * MARGIN))
