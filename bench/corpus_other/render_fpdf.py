"""Producer `fpdf`: the page model drawn with fpdf2 (core fonts, its own line breaking)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from fpdf import FPDF

from bench.corpus_other.doc import Columns, Document, Gap, Line, PageBreak, Table

MARGIN = 64.0


def render(doc: Document, out: Path, title: str) -> None:
    """Write DOC to OUT as a PDF made by fpdf2."""
    pdf = FPDF(unit="pt", format="letter")
    pdf.set_creation_date(datetime(2026, 1, 1, tzinfo=UTC))  # same bytes for a seed
    pdf.set_title(title)
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, MARGIN)
    pdf.add_page()
    width = pdf.w - 2 * MARGIN
    for block in doc.blocks:
        if isinstance(block, Line):
            _line(pdf, doc, block, width)
        elif isinstance(block, Table):
            _table(pdf, doc, block, width)
        elif isinstance(block, Columns):
            _columns(pdf, doc, block, width)
        elif isinstance(block, PageBreak):
            pdf.add_page()
        elif isinstance(block, Gap):
            pdf.ln(block.points)
    pdf.output(str(out))


def _font(pdf: FPDF, doc: Document, style: str) -> float:
    family = "courier" if style == "mono" else doc.font
    size = {"title": doc.size + 3, "small": doc.size - 1.5,
            "smallbold": doc.size - 1.5, "mono": doc.size - 2}.get(style, doc.size)
    pdf.set_font(family, "B" if style in ("bold", "title", "smallbold") else "", size)
    return size * 1.3


def _line(pdf: FPDF, doc: Document, line: Line, width: float) -> None:
    height = _font(pdf, doc, line.style)
    pdf.set_x(MARGIN + line.indent)
    align = "C" if line.style == "title" else "L"
    pdf.multi_cell(width - line.indent, height, line.text or " ", align=align,
                   new_x="LMARGIN", new_y="NEXT")


def _table(pdf: FPDF, doc: Document, table: Table, width: float) -> None:
    total = sum(table.widths)
    cols = [width * w / total for w in table.widths]
    border: Literal[0, 1] = 1 if table.ruled else 0
    for index, row in enumerate([table.header, *table.rows]):
        height = _font(pdf, doc, "smallbold" if index == 0 else "small") + 2
        if pdf.will_page_break(height):
            pdf.add_page()
        for cell, col in zip(row, cols, strict=True):
            pdf.cell(col, height, cell, border=border)
        pdf.ln(height)
    pdf.ln(4)


def _columns(pdf: FPDF, doc: Document, block: Columns, width: float) -> None:
    height = _font(pdf, doc, "normal")
    top = pdf.get_y()
    for number, text in enumerate(block.left):
        _font(pdf, doc, "bold" if number == 0 else "normal")
        pdf.set_xy(MARGIN, top + number * height)
        pdf.cell(width * 0.55, height, text)
    for number, text in enumerate(block.right):
        _font(pdf, doc, "small")
        pdf.set_xy(MARGIN + width * 0.62, top + number * height)
        pdf.cell(width * 0.38, height, text)
    pdf.set_xy(MARGIN, top + max(len(block.left), len(block.right)) * height + 6)
