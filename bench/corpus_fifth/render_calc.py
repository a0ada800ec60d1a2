"""Writes a document as a worksheet (openpyxl) and prints it to PDF with LibreOffice Calc."""

from __future__ import annotations

import math
import os
import subprocess
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break as RowBreak
from openpyxl.worksheet.worksheet import Worksheet

from bench.corpus_fifth.model import Break, Doc, Fields, Grid, Para, Title

COLUMNS = 8
WIDTH = 13  # characters per column
FONTS = ("Liberation Sans", "Liberation Serif", "DejaVu Sans Mono")
THIN = Side(style="thin")
WRAP = Alignment(wrap_text=True, vertical="top")


def _lines(text: str, width_chars: float) -> int:
    return max(1, math.ceil(len(text) * 1.1 / max(width_chars, 1)))


class _Sheet:
    def __init__(self, sheet: Worksheet, font: str) -> None:
        self.sheet, self.font, self.row = sheet, font, 1

    def cell(self, column: int, span: int, text: str, bold: bool = False, size: int = 10,
             ruled: bool = False) -> int:
        """Writes TEXT merged over SPAN columns; returns the lines it needs at this width."""
        sheet, row = self.sheet, self.row
        first = sheet.cell(row=row, column=column, value=text)
        first.font = Font(name=self.font, bold=bold, size=size)
        first.alignment = WRAP
        if span > 1:
            sheet.merge_cells(start_row=row, start_column=column, end_row=row,
                              end_column=column + span - 1)
        if ruled:
            for col in range(column, column + span):
                sheet.cell(row=row, column=col).border = Border(THIN, THIN, THIN, THIN)
        return _lines(text, span * WIDTH)

    def finish_row(self, lines: int, size: int = 10) -> None:
        self.sheet.row_dimensions[self.row].height = lines * (size + 3.5) + 3
        self.row += 1


def _spans(count: int) -> list[int]:
    base, extra = divmod(COLUMNS, count)
    return [base + (1 if n < extra else 0) for n in range(count)]


def write_sheet(doc: Doc, target: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = doc.kind[:20]
    for column in range(1, COLUMNS + 1):
        sheet.column_dimensions[get_column_letter(column)].width = WIDTH
    out = _Sheet(sheet, doc.font)
    for block in doc.blocks:
        if isinstance(block, Break):
            sheet.row_breaks.append(RowBreak(id=out.row - 1))
        elif isinstance(block, Title):
            out.finish_row(out.cell(1, COLUMNS, block.text, bold=True, size=13), 13)
        elif isinstance(block, Para):
            out.finish_row(out.cell(1, COLUMNS, block.text, bold=block.bold))
        elif isinstance(block, Fields):
            for label, value in block.rows:
                lines = max(out.cell(1, 3, label, bold=True), out.cell(4, COLUMNS - 3, value))
                out.finish_row(lines)
        elif isinstance(block, Grid):
            spans = _spans(len(block.header))
            for number, row in enumerate([block.header, *block.rows]):
                column, lines = 1, 1
                for span, text in zip(spans, row, strict=True):
                    lines = max(lines, out.cell(column, span, text, bold=number == 0,
                                                size=9, ruled=block.ruled))
                    column += span
                out.finish_row(lines, 9)
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(target)


def convert(sheets: list[Path], out_dir: Path) -> None:
    """Prints every worksheet to PDF in one LibreOffice run with a profile of its own."""
    if not sheets:
        return
    soffice = os.environ.get("SOFFICE_PATH", "soffice")
    with tempfile.TemporaryDirectory(prefix="corpus-fifth-lo-") as profile:
        command = [soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                   "--convert-to", "pdf", "--outdir", str(out_dir), *map(str, sheets)]
        result = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    missing = [s.name for s in sheets if not (out_dir / f"{s.stem}.pdf").is_file()]
    if result.returncode != 0 or missing:
        raise RuntimeError(f"LibreOffice did not print {missing or 'the sheets'}: "
                           f"{result.stderr.strip()[-400:]}")
