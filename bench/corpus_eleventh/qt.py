"""Prints a Document through Qt: QTextDocument rich text into QPdfWriter, offscreen (no display)."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

from bench.corpus_eleventh import doc

DPI = 300
FONTS = {"serif": "DejaVu Serif", "sans": "DejaVu Sans", "mono": "DejaVu Sans Mono"}
_app: object = None


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _nowrap(cell: str) -> str:
    """Short cells (numbers, dates, money) stay on one line, as a clerk's table keeps them."""
    return " style='white-space:nowrap'" if len(cell) <= 24 else ""


def _block(block: doc.Block) -> str:
    if isinstance(block, doc.Title):
        return f"<h2 align='center'>{_e(block.text)}</h2>"
    if isinstance(block, doc.Para):
        return f"<p>{'<b>' + _e(block.text) + '</b>' if block.bold else _e(block.text)}</p>"
    if isinstance(block, doc.Lines):
        return "<p>" + "<br>".join(_e(line) for line in block.lines) + "</p>"
    if isinstance(block, doc.Table):
        border = 1 if block.ruled else 0
        head = "".join(f"<th align='left'>{_e(h)}&nbsp;&nbsp;</th>" for h in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td{_nowrap(c)}>{_e(c)}&nbsp;&nbsp;</td>" for c in row) + "</tr>"
            for row in block.rows
        )
        return (
            f"<table border='{border}' cellspacing='0' cellpadding='4'><tr>{head}</tr>{rows}"
            "</table><p></p>"
        )
    if isinstance(block, doc.Boxes):
        cells = "".join(
            f"<td width='{100 // len(block.cells)}%'><small>{_e(cap)}</small><br>"
            f"{_e(value) or '&nbsp;'}</td>"
            for cap, value in block.cells
        )
        grid = "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        return f"{grid}<tr>{cells}</tr></table>"
    if isinstance(block, doc.Checks):
        marks = "&nbsp;&nbsp;".join(
            ("\u2612 " if on else "\u2610 ") + _e(opt) for opt, on in block.options
        )
        return f"<p>{_e(block.label)}&nbsp;&nbsp;{marks}</p>"
    if isinstance(block, doc.PageBreak):
        return "<div style='page-break-before:always'></div>"
    raise TypeError(block)


def application() -> None:
    """The one QGuiApplication Qt's fonts need, offscreen: no display is used."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])


def pdf_writer(document: doc.Document, out: Path, creator: str) -> Any:
    """A QPdfWriter on letter paper at 300 dpi, turned as the document asks."""
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    application()
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    turn = QPageLayout.Orientation
    writer.setPageOrientation(turn.Landscape if document.landscape else turn.Portrait)
    writer.setResolution(DPI)
    writer.setCreator(creator)
    return writer


def plain_font(family: str, points: float, bold: bool = False) -> Any:
    """A QFont without ligatures, which would print "ﬁ" for "fi" in the text layer."""
    from PySide6.QtGui import QFont

    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def render(document: doc.Document, out: Path) -> None:
    """One QTextDocument, letter paper, portrait or landscape."""
    from PySide6.QtGui import QTextDocument

    writer = pdf_writer(document, out, "Qt")
    text = QTextDocument()
    text.setDefaultFont(plain_font(FONTS[document.font], 10))
    text.setHtml("<body>" + "".join(_block(b) for b in document.blocks) + "</body>")
    text.print_(writer)
