"""The `dot` producer: each page is a Graphviz graph whose one node is an HTML-like table (rows of
labels and values, ruled or not), drawn by `dot -Tpdf` (cairo); pages are joined with pypdf."""

from __future__ import annotations

import html
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfWriter

Row = list[tuple[str, int, bool]]  # cells: (text, colspan, bold)


def esc(text: str) -> str:
    """Escape text for an HTML-like label."""
    return html.escape(text, quote=True)


def table(rows: list[Row], *, ruled: bool, font: str, size: int) -> str:
    """One HTML-like TABLE; a cell's text may hold several lines separated by newlines."""
    border = "1" if ruled else "0"
    out = [f'<TABLE BORDER="{border}" CELLBORDER="{border}" CELLSPACING="0" CELLPADDING="4">']
    for row in rows:
        out.append("<TR>")
        for text, span, bold in row:
            lines = '<BR ALIGN="LEFT"/>'.join(esc(line) for line in text.split("\n"))
            body = f"<B>{lines}</B>" if bold else lines
            out.append(
                f'<TD COLSPAN="{span}" ALIGN="LEFT" BALIGN="LEFT">'
                f'<FONT FACE="{font}" POINT-SIZE="{size}">{body}</FONT></TD>'
            )
        out.append("</TR>")
    out.append("</TABLE>")
    return "".join(out)


def write(pages: list[str], out: Path) -> None:
    """`pages` are HTML-like table labels, one per page."""
    with tempfile.TemporaryDirectory() as tmp:
        parts = []
        for number, label in enumerate(pages):
            dot = (
                'digraph page { graph [size="7.5,10" margin="0.4" pad="0.3"]; '
                f"node [shape=plaintext]; p [label=<{label}>]; }}"
            )
            part = Path(tmp) / f"p{number}.pdf"
            subprocess.run(
                ["nice", "dot", "-Tpdf", "-o", str(part)],
                input=dot.encode("utf-8"),
                check=True,
                capture_output=True,
            )
            parts.append(part)
        writer = PdfWriter()
        for part in parts:
            writer.append(str(part))
        writer.add_metadata({"/Producer": "graphviz dot -Tpdf"})
        with out.open("wb") as handle:
            writer.write(handle)
