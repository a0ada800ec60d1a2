"""A Word document the way a sender types one, and LibreOffice to print a batch of them to PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
from docx.document import Document as Doc
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from tradebots.documents.preview import convert_to_pdf

ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


class Letter:
    """A python-docx document with the few moves letters, forms and memos are typed with."""

    def __init__(self, font: str = "Liberation Serif", size: float = 11) -> None:
        self.doc: Doc = docx.Document()
        style = self.doc.styles["Normal"]
        style.font.name = font
        style.font.size = Pt(size)
        section = self.doc.sections[0]
        section.left_margin = section.right_margin = Inches(1)
        section.top_margin = section.bottom_margin = Inches(0.8)

    def para(self, text: str = "", *, bold: bool = False, italic: bool = False,
             underline: bool = False, align: str = "left", size: float | None = None,
             after: float = 4) -> None:
        """One paragraph; its lines break where Word wraps them."""
        paragraph = self.doc.add_paragraph()
        paragraph.alignment = ALIGN[align]
        paragraph.paragraph_format.space_after = Pt(after)
        lines = text.split("\n")
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            run.bold, run.italic, run.underline = bold, italic, underline
            if size:
                run.font.size = Pt(size)
            if index < len(lines) - 1:
                run.add_break()

    def labelled(self, label: str, value: str, *, bold_label: bool = True) -> None:
        """`Label: value` on one line, the label in bold as forms and memos print it."""
        paragraph = self.doc.add_paragraph()
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.add_run(label + " ").bold = bold_label
        paragraph.add_run(value)

    def lines(self, lines: Sequence[str], *, align: str = "left", after: float = 6) -> None:
        """An address or signature block: one paragraph, one line per item."""
        self.para("\n".join(lines), align=align, after=after)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], *,
              ruled: bool = True, size: float = 9.5) -> None:
        """A Word table; `ruled=False` prints it with no lines at all, as many memos do."""
        table = self.doc.add_table(rows=1 + len(rows), cols=len(header))
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if ruled:
            table.style = self.doc.styles["Table Grid"]
        for row_index, cells in enumerate((header, *rows)):
            for cell, text in zip(table.rows[row_index].cells, cells, strict=True):
                cell.text = ""
                run = cell.paragraphs[0].add_run(text)
                run.font.size = Pt(size)
                run.bold = row_index == 0
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def tabbed(self, rows: Sequence[Sequence[str]], stops: Sequence[float], *,
               size: float = 9.5, bold_first: bool = True) -> None:
        """Columns set with tab stops (inches): an aligned-text table with no table behind it."""
        for index, cells in enumerate(rows):
            paragraph = self.doc.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(1)
            for stop in stops:
                paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(stop),
                                                                  WD_TAB_ALIGNMENT.LEFT)
            run = paragraph.add_run("\t".join(cells))
            run.font.size = Pt(size)
            run.bold = bold_first and index == 0

    def boxed(self, lines: Sequence[str], *, align: str = "right") -> None:
        """A framed stamp: a one-cell ruled table at the margin."""
        table = self.doc.add_table(rows=1, cols=1)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.RIGHT if align == "right" else \
            WD_TABLE_ALIGNMENT.LEFT
        cell = table.rows[0].cells[0]
        cell.width = Inches(2.6)
        cell.text = ""
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(line)
            run.bold = index == 0
            run.font.size = Pt(9)
        self.doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def grid(self, cells: Sequence[Sequence[str]], *, size: float = 9) -> None:
        """Form boxes: a ruled table whose cells hold `LABEL\nvalue` lines."""
        width = max(len(row) for row in cells)
        table = self.doc.add_table(rows=len(cells), cols=width)
        table.style = self.doc.styles["Table Grid"]
        for row, texts in zip(table.rows, cells, strict=True):
            if len(texts) < width:
                row.cells[len(texts) - 1].merge(row.cells[width - 1])
            for cell, text in zip(row.cells, texts, strict=False):
                cell.text = ""
                label, _, value = text.partition("\n")
                run = cell.paragraphs[0].add_run(label)
                run.font.size = Pt(size - 1.5)
                run.bold = True
                for line in value.split("\n") if value else ():
                    body = cell.add_paragraph().add_run(line)
                    body.font.size = Pt(size + 1)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def rule(self) -> None:
        """A bottom border under an empty paragraph, like a letterhead's line."""
        paragraph = self.doc.add_paragraph()
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for key, value in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "000000")):
            bottom.set(qn(f"w:{key}"), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)

    def save(self, path: Path) -> None:
        self.doc.save(str(path))


def print_docx(jobs: Sequence[tuple[Letter, Path]], work_dir: Path) -> None:
    """Save each letter as .docx in work_dir and print all to their PDFs in one LibreOffice run."""
    work_dir.mkdir(parents=True, exist_ok=True)
    sources = []
    for letter, pdf in jobs:
        source = work_dir / f"{pdf.stem}.docx"
        letter.save(source)
        sources.append(source)
    if not sources:
        return
    out_dir = jobs[0][1].parent
    converted = convert_to_pdf(sources, out_dir)
    assert len(converted) == len(sources)
