"""The two producers: SVG pages through rsvg-convert, and pdfme's paragraphs and tables."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from pdfme import build_pdf

from bench.corpus_seventh.fmt import Doc

LINES_PER_PAGE = 58


def rsvg(doc: Doc, out: Path) -> None:
    """Monospace printout pages written as SVG, joined into one PDF by rsvg-convert."""
    pages = [doc.lines[i : i + LINES_PER_PAGE] for i in range(0, len(doc.lines), LINES_PER_PAGE)]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for number, page in enumerate(pages, 1):
            texts = "".join(
                f'<text x="40" y="{56 + 12 * row}" xml:space="preserve">{escape(line)}</text>'
                for row, line in enumerate(page)
                if line
            )
            svg = (
                '<svg xmlns="http://www.w3.org/2000/svg" width="612pt" height="792pt" '
                'viewBox="0 0 612 792">'
                '<g font-family="DejaVu Sans Mono" font-size="8.6" fill="#111">'
                f'{texts}<text x="520" y="770">p. {number}/{len(pages)}</text></g></svg>'
            )
            path = Path(tmp) / f"p{number:03d}.svg"
            path.write_text(svg, encoding="utf-8")
            files.append(str(path))
        subprocess.run(["rsvg-convert", "-f", "pdf", "-o", str(out), *files], check=True)


def pdfme(doc: Doc, out: Path) -> None:
    """Paragraphs, headings and ruled tables laid out by pdfme, with a running header."""
    sections: list[dict[str, Any]] = [{"content": []}]
    for block in doc.blocks:
        content = sections[-1]["content"]
        if block[0] == "p":
            content.append({".": block[1], "style": {"margin_bottom": 6}})
        elif block[0] == "b":
            content.append({".b": block[1], "style": {"margin_bottom": 6, "s": 11}})
        elif block[0] == "table":
            rows = block[1]
            content.append(
                {
                    "widths": [1.0] * len(rows[0]),
                    "style": {"s": 8.5, "margin_bottom": 8},
                    "table": rows,
                }
            )
        else:  # a page break: pdfme starts every section on a new page
            sections.append({"content": []})
    document: dict[str, Any] = {
        "style": {
            "margin_bottom": 12,
            "text_align": "l",
            "page_size": "letter",
            "s": 10,
            "f": doc.font,
        },
        "sections": sections,
    }
    if doc.header:
        document["running_sections"] = {
            "head": {
                "x": "left",
                "y": 20,
                "height": "top",
                "content": [{".": doc.header, "style": {"s": 7}}],
            }
        }
        for section in sections:
            section["running_sections"] = ["head"]
    with out.open("wb") as handle:
        build_pdf(document, handle)
