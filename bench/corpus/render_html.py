"""Render block documents as HTML and print them to PDF with Chromium, in one browser session."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from bench.corpus import blocks as b
from tradebots.browser.host import shared_playwright

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
_CSS = """
body { font-family: %(font)s; font-size: 10pt; margin: 0; }
h1 { font-size: 13pt; margin: 2pt 0; }
p { margin: 2pt 0 5pt 0; line-height: 1.3; }
table { border-collapse: collapse; width: 100%%; margin: 0; }
td, th { border: 0.8pt solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { font-size: 8pt; }
.label { font-size: 7pt; text-transform: none; }
.stamp { border: 2pt solid #8b0000; color: #8b0000; width: 170pt; margin-left: auto;
         text-align: center; font-weight: bold; font-size: 9pt; padding: 3pt; }
.break { page-break-after: always; }
"""
_FONTS = {"sans": "'Liberation Sans', Arial, sans-serif", "serif": "'DejaVu Serif', serif"}


def _box(box: b.Box) -> str:
    lines = [escape(line) for line in box.lines]
    label = f'<span class="label">{escape(box.label)}</span>'
    if box.inline:
        first = lines[0] if lines else ""
        return "<br>".join([f"{label} {first}", *lines[1:]])
    return "<br>".join([label, *lines]) if lines else f"{label}<br>&nbsp;"


def to_html(document: b.Document) -> str:
    """The document as one self-contained HTML page."""
    parts = [f"<html><head><title>{escape(document.title)}</title>",
             f"<style>{_CSS % {'font': _FONTS[document.font]}}</style></head><body>"]
    for block in document.blocks:
        if isinstance(block, b.Heading):
            parts.append(f'<h1 style="text-align:{block.align}">{escape(block.text)}</h1>')
        elif isinstance(block, b.Para):
            weight = "bold" if block.bold else "normal"
            parts.append(f'<p style="font-size:{block.size}pt;font-weight:{weight};'
                         f'text-align:{block.align}">{escape(block.text)}</p>')
        elif isinstance(block, b.BoxRow):
            total = sum(box.width for box in block.boxes)
            cells = "".join(f'<td style="width:{100 * box.width / total:.1f}%">{_box(box)}</td>'
                            for box in block.boxes)
            parts.append(f"<table><tr>{cells}</tr></table>")
        elif isinstance(block, b.Grid):
            shares = block.widths or tuple(1.0 for _ in block.header)
            head = "".join(f'<th style="width:{100 * s / sum(shares):.1f}%">{escape(h)}</th>'
                           for h, s in zip(block.header, shares, strict=True))
            rows = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                           for row in block.rows)
            parts.append(f'<table style="font-size:{block.size}pt"><tr>{head}</tr>{rows}</table>')
        elif isinstance(block, b.Stamp):
            parts.append('<div class="stamp">' + "<br>".join(escape(x) for x in block.lines)
                         + "</div>")
        elif isinstance(block, b.Spacer):
            parts.append(f'<div style="height:{block.height}pt"></div>')
        else:
            parts.append('<div class="break"></div>')
    parts.append("</body></html>")
    return "".join(parts)


def print_pdfs(jobs: Sequence[tuple[b.Document, Path]], chromium: str) -> None:
    """Print every document to its path with one Chromium instance and one page."""
    if not jobs:
        return
    with shared_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            for document, path in jobs:
                page.set_content(to_html(document), wait_until="load")
                page.pdf(path=str(path), format="Letter", print_background=True,
                         margin={"top": "0.7in", "bottom": "0.7in", "left": "0.7in",
                                 "right": "0.7in"})
        finally:
            browser.close()
