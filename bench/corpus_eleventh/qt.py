"""Prints a Document through Qt: QTextDocument rich text into QPdfWriter, offscreen (no display)."""

from __future__ import annotations

import html
import os
from pathlib import Path

from bench.corpus_eleventh.doc import (
    Block,
    Boxes,
    Checks,
    Document,
    Lines,
    PageBreak,
    Para,
    Table,
    Title,
)

FONTS = {"serif": "DejaVu Serif", "sans": "DejaVu Sans", "mono": "DejaVu Sans Mono"}
_app: object = None


def _e(text: str) -> str:
    return html.escape(text, quote=False)


def _nowrap(cell: str) -> str:
    """Short cells (numbers, dates, money) stay on one line, as a clerk's table keeps them."""
    return " style='white-space:nowrap'" if len(cell) <= 24 else ""


def _block(block: Block) -> str:
    if isinstance(block, Title):
        return f"<h2 align='center'>{_e(block.text)}</h2>"
    if isinstance(block, Para):
        return f"<p>{'<b>' + _e(block.text) + '</b>' if block.bold else _e(block.text)}</p>"
    if isinstance(block, Lines):
        return "<p>" + "<br>".join(_e(line) for line in block.lines) + "</p>"
    if isinstance(block, Table):
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
    if isinstance(block, Boxes):
        cells = "".join(
            f"<td width='{100 // len(block.cells)}%'><small>{_e(cap)}</small><br>"
            f"{_e(value) or '&nbsp;'}</td>"
            for cap, value in block.cells
        )
        grid = "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        return f"{grid}<tr>{cells}</tr></table>"
    if isinstance(block, Checks):
        marks = "&nbsp;&nbsp;".join(
            ("\u2612 " if on else "\u2610 ") + _e(opt) for opt, on in block.options
        )
        return f"<p>{_e(block.label)}&nbsp;&nbsp;{marks}</p>"
    if isinstance(block, PageBreak):
        return "<div style='page-break-before:always'></div>"
    raise TypeError(block)


def application() -> None:
    """The one QGuiApplication Qt's fonts need, offscreen: no display is used."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    global _app
    if QGuiApplication.instance() is None:
        _app = QGuiApplication([])


def render(document: Document, out: Path) -> None:
    """One QTextDocument, letter paper, portrait or landscape."""
    from PySide6.QtGui import (
        QFont,
        QPageLayout,
        QPageSize,
        QPdfWriter,
        QTextDocument,
    )

    application()
    writer = QPdfWriter(str(out))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setPageOrientation(
        QPageLayout.Orientation.Landscape
        if document.landscape
        else QPageLayout.Orientation.Portrait
    )
    writer.setResolution(300)
    writer.setCreator("Qt")
    text = QTextDocument()
    font = QFont(FONTS[document.font], 10)
    # Ligatures would print "ﬁ" for "fi" in the text layer; the scored names must read as typed.
    font.setFeature(QFont.Tag("liga"), 0)
    text.setDefaultFont(font)
    text.setHtml("<body>" + "".join(_block(b) for b in document.blocks) + "</body>")
    text.print_(writer)
