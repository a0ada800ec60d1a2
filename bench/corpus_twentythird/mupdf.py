"""Prints a document through MuPDF's own HTML/XHTML layout engine (`mutool convert`)."""

from __future__ import annotations

import random
import subprocess
from html import escape
from pathlib import Path

from .common import Doc

# MuPDF's built-in faces only: with an @font-face TrueType font MuPDF 1.21 maps the hyphen to U+00AD
# in the text layer, so "36-2574702" would not be in it as printed.
FONTS = [("serif", ""), ("sans-serif", ""), ("monospace", ""), ("serif", ""), ("sans-serif", "")]


def xhtml(doc: Doc, rng: random.Random) -> str:
    """The document as XHTML with its own CSS: font, size, margins and table rules vary."""
    family, face = rng.choice(FONTS)
    size = rng.choice([9.5, 10, 10.5, 11])
    rule = rng.choice(["1px solid black", "0.5pt solid #444", "none"])
    css = (
        f"{face} @page {{ margin: {rng.choice([0.6, 0.75, 1.0])}in; }} "
        f"body {{ font-family: {family}; font-size: {size}pt; }} h2 {{ font-size: {size + 2}pt; }} "
        f"table {{ border-collapse: collapse; }} td {{ border: {rule}; padding: 2px 5px; }} "
        ".box { border: 1.5px solid black; padding: 4px; margin: 6px 0; } "
        f".small {{ font-size: {size - 2}pt; }} "
        ".hdr { font-size: 8pt; text-align: right; }"
    )
    parts = []
    header = f'<p class="hdr">{escape(doc.header)}</p>' if doc.header else ""
    parts.append(header)
    for block in doc.blocks:
        if block.kind == "h":
            parts.append(f"<h2>{escape(block.text)}</h2>")
        elif block.kind == "p":
            parts.append(f"<p>{escape(block.text)}</p>" if block.text else "")
        elif block.kind == "small":
            parts.append(f'<p class="small">{escape(block.text)}</p>')
        elif block.kind == "break":
            parts.append(f'<div style="page-break-before: always"></div>{header}')
        elif block.kind == "box":
            inner = "<br/>".join(escape(" ".join(r)) for r in block.rows)
            parts.append(f'<div class="box">{inner}</div>')
        elif block.kind == "table":
            rows = "".join(
                "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>"
                for row in block.rows
            )
            parts.append(f"<table>{rows}</table>")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><head>'
        f"<title>{escape(doc.case)}</title><style>{css}</style></head><body>{''.join(parts)}</body></html>"
    )


def render(doc: Doc, rng: random.Random, out: Path, work: Path) -> None:
    """Writes OUT.pdf via `mutool convert` on US Letter pages."""
    source = work / (out.stem + ".xhtml")
    source.write_text(xhtml(doc, rng), encoding="utf-8")
    subprocess.run(
        ["mutool", "convert", "-W", "612", "-H", "792", "-o", str(out), str(source)],
        check=True,
        capture_output=True,
        timeout=60,
    )
