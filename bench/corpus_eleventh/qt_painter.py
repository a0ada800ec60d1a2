"""Draws a form-like Document with QPainter onto QPdfWriter: boxes as rectangles, text placed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.corpus_eleventh import doc
from bench.corpus_eleventh.qt import DPI, FONTS, pdf_writer, plain_font

MARGIN = 0.7 * DPI
GAP = 0.06 * DPI


class _Pen:
    """Where the next block goes, with a new page when the current one is full."""

    def __init__(self, painter: Any, writer: Any, family: str) -> None:
        self.painter, self.writer, self.family = painter, writer, family
        size = writer.pageLayout().fullRectPixels(DPI)
        self.width, self.height = size.width() - 2 * MARGIN, size.height() - MARGIN
        self.y = MARGIN

    def font(self, points: float, bold: bool = False) -> None:
        self.painter.setFont(plain_font(self.family, points, bold))

    def room(self, needed: float) -> None:
        if self.y + needed > self.height:
            self.writer.newPage()
            self.y = MARGIN

    def text(
        self,
        x: float,
        width: float,
        text: str,
        points: float = 10,
        bold: bool = False,
        centre: bool = False,
    ) -> float:
        """Wraps text into a box `width` wide at the pen; returns the height it took."""
        from PySide6.QtCore import QRectF, Qt

        self.font(points, bold)
        flags = Qt.TextFlag.TextWordWrap | (Qt.AlignmentFlag.AlignHCenter if centre else 0)
        bounds = self.painter.boundingRect(QRectF(x, self.y, width, 10 * DPI), flags, text)
        self.room(bounds.height())
        self.painter.drawText(QRectF(x, self.y, width, bounds.height()), flags, text)
        return float(bounds.height())


def _cells(pen: _Pen, cells: list[tuple[str, str]], widths: list[float], points: float) -> None:
    """One row of ruled cells: a small caption over a value, or a value alone."""
    from PySide6.QtCore import QRectF, Qt

    heights = []
    for (caption, value), width in zip(cells, widths, strict=True):
        pen.font(points)
        lines = (caption + "\n" if caption else "") + (value or " ")
        heights.append(
            pen.painter.boundingRect(
                QRectF(0, 0, width - GAP, 10 * DPI), Qt.TextFlag.TextWordWrap, lines
            ).height()
        )
    row = max(heights) + GAP
    pen.room(row)
    x = MARGIN
    for (caption, value), width in zip(cells, widths, strict=True):
        pen.painter.drawRect(QRectF(x, pen.y, width, row))
        top = pen.y
        pen.y += GAP / 2
        if caption:
            pen.y += pen.text(x + GAP / 2, width - GAP, caption, points - 2.5)
        pen.text(x + GAP / 2, width - GAP, value, points)
        pen.y = top
        x += width
    pen.y += row


def _block(pen: _Pen, block: doc.Block) -> None:
    if isinstance(block, doc.Title):
        pen.y += pen.text(MARGIN, pen.width, block.text, 14, bold=True, centre=True) + GAP
    elif isinstance(block, doc.Para):
        pen.y += pen.text(MARGIN, pen.width, block.text, 10, bold=block.bold) + GAP
    elif isinstance(block, doc.Lines):
        pen.y += pen.text(MARGIN, pen.width, "\n".join(block.lines), 10) + GAP
    elif isinstance(block, doc.Boxes):
        width = pen.width / len(block.cells)
        _cells(pen, list(block.cells), [width] * len(block.cells), 10)
        pen.y += GAP / 2
    elif isinstance(block, doc.Table):
        longest = [
            max(len(row[i]) for row in (block.header, *block.rows)) + 2
            for i in range(len(block.header))
        ]
        widths = [pen.width * n / sum(longest) for n in longest]
        for row in (block.header, *block.rows):
            _cells(pen, [("", cell) for cell in row], widths, 9)
        pen.y += GAP
    elif isinstance(block, doc.Checks):
        _checks(pen, block)
    elif isinstance(block, doc.PageBreak):
        pen.writer.newPage()
        pen.y = MARGIN


def _checks(pen: _Pen, block: doc.Checks) -> None:
    """Drawn squares; a ticked one carries an X typed inside it."""
    from PySide6.QtCore import QRectF

    side = 0.13 * DPI
    pen.room(side + GAP)
    pen.font(10)
    label_width = pen.painter.fontMetrics().horizontalAdvance(block.label) + GAP * 2
    pen.text(MARGIN, label_width, block.label)
    x = MARGIN + label_width
    for option, ticked in block.options:
        pen.painter.drawRect(QRectF(x, pen.y + GAP / 3, side, side))
        if ticked:
            pen.text(x + side * 0.15, side, "X", 8, bold=True)
        x += side + GAP
        option_width = pen.painter.fontMetrics().horizontalAdvance(option) + GAP * 2
        pen.text(x, option_width, option)
        x += option_width
    pen.y += side + GAP


def render(document: doc.Document, out: Path) -> None:
    """Letter paper at 300 dpi, portrait or landscape; one QPainter over every page."""
    from PySide6.QtGui import QPainter

    writer = pdf_writer(document, out, "Qt QPainter")
    painter = QPainter(writer)
    try:
        pen = _Pen(painter, writer, FONTS[document.font])
        for block in document.blocks:
            _block(pen, block)
    finally:
        painter.end()
