"""The `fpdf2` producer: the same blocks drawn on PDF core fonts with fpdf2's cells and tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import TableBordersLayout

from bench.corpus_twentyeighth.doc import (
    Block,
    Boxes,
    Bullets,
    Doc,
    Fields,
    Gap,
    Head,
    Para,
    Stamp,
    Table,
    Title,
)

ALIGN = {"left": "L", "center": "C", "right": "R"}


class _Page(FPDF):
    """A letter page whose footer carries the document's footer text and the page count."""

    footer_text = ""
    family = "Times"

    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(self.family, "", 7.5)
        self.cell(0, 5, self.footer_text, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")


def _draw(pdf: _Page, block: Block, doc: Doc) -> None:
    body, line = doc.size, doc.size * 0.5
    if isinstance(block, Head):
        pdf.set_font(pdf.family, "B", 14)
        pdf.cell(0, 7, block.name, align=ALIGN[block.align], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(pdf.family, "", 8.5)
        for text in block.lines:
            pdf.cell(0, 4.2, text, align=ALIGN[block.align], new_x="LMARGIN", new_y="NEXT")
        if block.rule:
            pdf.ln(1.5)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(5)
    elif isinstance(block, Title):
        pdf.set_font(pdf.family, "B", block.size)
        pdf.multi_cell(
            0, block.size * 0.5, block.text, align=ALIGN[block.align], new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(2.5)
    elif isinstance(block, Para):
        size = block.size or body
        pdf.set_font("Courier" if block.mono else pdf.family, "B" if block.bold else "", size)
        if block.indent:
            pdf.set_x(pdf.l_margin + 9)
        pdf.multi_cell(
            0, size * 0.5, block.text, align=ALIGN[block.align], new_x="LMARGIN", new_y="NEXT"
        )
        pdf.ln(2.2)
    elif isinstance(block, Fields):
        pdf.set_font(pdf.family, "B", body)
        width = max(pdf.get_string_width(k) for k, _ in block.rows) + 4
        for key, value in block.rows:
            pdf.set_font(pdf.family, "B", body)
            pdf.cell(width if block.tabbed else pdf.get_string_width(key) + 1.5, line, key)
            pdf.set_font(pdf.family, "", body)
            pdf.multi_cell(0, line, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(1.5)
    elif isinstance(block, Table):
        _table(pdf, block, body)
    elif isinstance(block, Bullets):
        pdf.set_font(pdf.family, "", body)
        for number, item in enumerate(block.items, start=1):
            pdf.set_x(pdf.l_margin + 4)
            pdf.cell(6, line, f"{number}." if block.mark == "1." else block.mark)
            pdf.multi_cell(0, line, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(1.5)
    elif isinstance(block, Boxes):
        _boxes(pdf, block)
    elif isinstance(block, Stamp):
        pdf.set_font(pdf.family, "B", 9)
        width = max(pdf.get_string_width(t) for t in block.lines) + 10
        x, y = pdf.w - pdf.r_margin - width, pdf.get_y()
        pdf.set_draw_color(139, 26, 26)
        pdf.set_text_color(139, 26, 26)
        pdf.set_line_width(0.5)
        pdf.rect(x, y, width, 5 * len(block.lines) + 3)
        pdf.set_xy(x, y + 1.5)
        for text in block.lines:
            pdf.set_x(x)
            pdf.cell(width, 5, text, align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_text_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.set_y(y + 5 * len(block.lines) + 6)
    elif isinstance(block, Gap):
        pdf.ln(block.size * 0.35)
    else:
        pdf.add_page()


def _table(pdf: _Page, block: Table, body: float) -> None:
    if block.caption:
        pdf.set_font(pdf.family, "B", body)
        pdf.cell(0, 6, block.caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.family, "", body - 1)
    layout = TableBordersLayout.ALL if block.ruled else TableBordersLayout.HORIZONTAL_LINES
    with pdf.table(
        col_widths=block.widths or None,
        borders_layout=layout,
        line_height=body * 0.5,
        text_align="LEFT",
        first_row_as_headings=True,
    ) as table:
        for row in (block.header, *block.rows):
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(3)


def _boxes(pdf: _Page, block: Boxes) -> None:
    widths = block.widths or (1,) * len(block.cells)
    usable = pdf.w - pdf.l_margin - pdf.r_margin
    sizes = [usable * w / sum(widths) for w in widths]
    pdf.set_font(pdf.family, "", 9.5)
    lines = [
        _line_count(pdf, w - 3, v or " ") for w, (_, v) in zip(sizes, block.cells, strict=True)
    ]
    height = 6 + 4.4 * max(lines)
    if pdf.get_y() + height > pdf.h - pdf.b_margin:
        pdf.add_page()
    x, y = pdf.l_margin, pdf.get_y()
    for w, (label, value) in zip(sizes, block.cells, strict=True):
        pdf.rect(x, y, w, height)
        pdf.set_xy(x + 1.2, y + 0.8)
        pdf.set_font(pdf.family, "", 6.5)
        pdf.cell(w - 2, 3, label)
        pdf.set_xy(x + 1.2, y + 4.5)
        pdf.set_font(pdf.family, "", 9.5)
        pdf.multi_cell(w - 3, 4.4, value or " ")
        x += w
    pdf.set_xy(pdf.l_margin, y + height + 2.5)


def _line_count(pdf: _Page, width: float, text: str) -> int:
    """How many lines TEXT takes in a box WIDTH wide (fpdf2's dry run)."""
    lines = pdf.multi_cell(width, 4.4, text, dry_run=True, output="LINES")
    assert isinstance(lines, list)
    return len(lines)


def render(doc: Doc, path: Path) -> None:
    pdf = _Page(format="letter", unit="mm")
    pdf.family = "Times" if doc.serif else "Helvetica"
    pdf.footer_text = doc.footer
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, 20)
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    pdf.set_creator("fpdf2")
    pdf.add_page()
    for block in doc.blocks:
        _draw(pdf, block, doc)
    pdf.output(str(path))
