"""The `weasy` producer: blocks as HTML with a style's own CSS, printed by WeasyPrint."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from bench.corpus_fourth.blocks import (
    Block,
    Break,
    Checks,
    Doc,
    Fields,
    Heading,
    Letterhead,
    Para,
    Table,
)

FONTS = {"serif": "'Liberation Serif', 'DejaVu Serif', serif",
         "sans": "'Liberation Sans', 'DejaVu Sans', sans-serif",
         "mono": "'Liberation Mono', 'DejaVu Sans Mono', monospace"}
STYLE_CSS = {
    "lawfirm": ".lh{text-align:center;border-bottom:2px solid #333} h3{text-decoration:underline}",
    "importer": ".lh{text-align:left;color:#124} h3{font-size:11pt}",
    "efiling": ".lh{background:#dde;padding:4pt} table.kv td{border-bottom:1px dotted #999}",
    "consultant": ".lh{text-align:right;border-bottom:1px solid #060} h3{color:#060}",
    "memo": ".lh{font-size:18pt;letter-spacing:3pt}",
    "summary-text": "body{font-size:9pt} .lh{border:1px solid #000;padding:3pt}",
}


# Entry numbers and EINs kept on one line: a break after their hyphen splits the number.
UNBROKEN = re.compile(r"\b[A-Z0-9]{3}-\d{7}-\d\b|\b\d{2}-\d{7}\b|\b\d{4}-\d{2}-\d{6}\b")


def _text(value: str) -> str:
    lines = (UNBROKEN.sub(lambda m: f'<span class="nb">{m[0]}</span>', escape(line))
             for line in value.split("\n"))
    return "<br>".join(lines)


def _block(block: Block) -> str:
    if isinstance(block, Letterhead):
        first, *rest = block.lines
        return (f'<div class="lh"><b>{_text(first)}</b>'
                + "".join(f"<br>{_text(line)}" for line in rest) + "</div>")
    if isinstance(block, Para):
        cls = ' class="right"' if block.right else ""
        body = f"<b>{_text(block.text)}</b>" if block.bold else _text(block.text)
        return f"<p{cls}>{body}</p>"
    if isinstance(block, Heading):
        return f"<h3>{_text(block.text)}</h3>"
    if isinstance(block, Fields):
        cls = "grid" if block.boxed else "kv"
        rows = "".join(
            f'<tr><td class="cap">{_text(k)}</td><td>{_text(v)}</td></tr>' for k, v in block.rows)
        return f'<table class="{cls}">{rows}</table>'
    if isinstance(block, Table):
        cls = ("ruled" if block.ruled else "plain") + (" wrap" if block.wrap else "")
        head = "".join(f"<th>{_text(h)}</th>" for h in block.header)
        body = "".join("<tr>" + "".join(f"<td>{_text(c)}</td>" for c in row) + "</tr>"
                       for row in block.rows)
        return f'<table class="{cls}"><tr>{head}</tr>{body}</table>'
    if isinstance(block, Checks):
        return "<p>" + " &nbsp; ".join(
            f"{'☒' if on else '☐'} {_text(text)}" for on, text in block.items) + "</p>"
    assert isinstance(block, Break)
    return '<div style="page-break-after: always"></div>'


def html(doc: Doc) -> str:
    """The whole document as one HTML page."""
    css = (f"@page{{size:Letter;margin:0.9in 1in}} body{{font-family:{FONTS[doc.font]};"
           "font-size:10.5pt;line-height:1.35} p.right{text-align:right}"
           " table{border-collapse:collapse;margin:6pt 0}"
           " table.ruled td,table.ruled th{border:1px solid #000;padding:2pt 5pt}"
           " table.plain td,table.plain th{padding:1pt 10pt 1pt 0;text-align:left}"
           " table.grid{width:100%} table.grid td{border:1px solid #000;padding:2pt 4pt}"
           " table.kv td{padding:1pt 12pt 1pt 0;vertical-align:top}"
           " td.cap{font-weight:bold;white-space:nowrap}"
           " table.ruled td,table.plain td,span.nb{white-space:nowrap}"
           " table.wrap td{white-space:normal}"
           + STYLE_CSS.get(doc.style, ""))
    body = "\n".join(_block(b) for b in doc.blocks)
    head = f"<head><meta charset='utf-8'><style>{css}</style></head>"
    return f"<html>{head}<body>{body}</body></html>"


def write(doc: Doc, path: Path) -> None:
    """Print DOC to PATH with WeasyPrint."""
    from weasyprint import HTML  # imported here: only this producer needs pango

    HTML(string=html(doc)).write_pdf(path)
