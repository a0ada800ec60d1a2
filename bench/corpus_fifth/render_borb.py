"""Lays out a document with borb's layout API: paragraphs, tables, a two-column cover page."""

from __future__ import annotations

from pathlib import Path

from borb.pdf import (
    PDF,
    Document,
    FixedColumnWidthTable,
    Page,
    Paragraph,
    SingleColumnLayout,
    Standard14Fonts,
    TwoColumnLayout,
    UsageStatistics,
)

from bench.corpus_fifth.model import Break, Doc, Fields, Grid, Para, Title

UsageStatistics.opt_out()  # borb reports usage over the network unless told not to
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
FONTS = tuple(BOLD)


def _paragraph(text: str, font: str, size: int) -> Paragraph:
    return Paragraph(text, font=Standard14Fonts.get(font), font_size=size, margin_bottom=4)


def _table(rows: list[list[str]], font: str, bold: str, header: bool, ruled: bool,
           size: int) -> FixedColumnWidthTable:
    # columns as wide as what they hold, so a date or an amount is not broken inside its cell
    # a header may wrap between words, never inside one (borb would overprint the next cell)
    body = rows[1:] if header else rows
    words = [max(map(len, rows[0][n].split())) if header else 0 for n in range(len(rows[0]))]
    widths = [max(words[n], *(len(row[n]) for row in body)) + 3 for n in range(len(rows[0]))]
    table = FixedColumnWidthTable(number_of_rows=len(rows), number_of_columns=len(rows[0]),
                                  column_widths=widths)
    for number, row in enumerate(rows):
        for cell in row:
            face = bold if (header and number == 0) or (not header and cell is row[0]) else font
            table.append_layout_element(_paragraph(cell or " ", face, size))
    table.set_padding_on_all_cells(3, 3, 3, 3)
    if not ruled:
        table.no_borders()
    return table


def render(doc: Doc, target: Path) -> None:
    """Writes DOC to TARGET; a Break starts a new page, the cover page may have two columns."""
    font, bold = doc.font, BOLD[doc.font]
    size = 10 if font == "Courier" else 11
    document = Document()
    page = Page()
    document.append_page(page)
    layout = TwoColumnLayout(page) if doc.style == "efiling" else SingleColumnLayout(page)
    for block in doc.blocks:
        if isinstance(block, Break):
            page = Page()
            document.append_page(page)
            layout = SingleColumnLayout(page)
        elif isinstance(block, Title):
            layout.append_layout_element(_paragraph(block.text, bold, size + 3))
        elif isinstance(block, Para):
            layout.append_layout_element(_paragraph(block.text, bold if block.bold else font, size))
        elif isinstance(block, Fields):
            rows = [[label, value] for label, value in block.rows]
            layout.append_layout_element(_table(rows, font, bold, False, False, size - 1))
        elif isinstance(block, Grid):
            rows = [block.header, *block.rows]
            small = size - (4 if len(block.header) > 5 else 2)
            layout.append_layout_element(_table(rows, font, bold, True, block.ruled, small))
    PDF.write(what=document, where_to=str(target))
