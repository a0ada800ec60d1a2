"""Producer `html2ps`: the document as a plain HTML page (an intranet page or a web form printed),
made PostScript by the Perl html2ps and PDF by ghostscript's ps2pdf."""

from __future__ import annotations

import subprocess
import tempfile
from html import escape
from pathlib import Path

from bench.corpus_thirtyfirst.blocks import (
    Block,
    Break,
    Doc,
    Fields,
    Grid,
    Heading,
    Items,
    Lines,
    Para,
    Rule,
    Stamp,
    marker,
)

FACES = {"serif": "Times", "sans": "Helvetica", "mono": "Courier"}


def _e(text: str) -> str:
    return escape(text, quote=False)


def _block(block: Block) -> str:
    if isinstance(block, Heading):
        tag = "h2" if block.level == 1 else "h3"
        return f'<{tag} align="{block.align}">{_e(block.text)}</{tag}>'
    if isinstance(block, Para):
        text = _e(block.text)
        text = f"<b>{text}</b>" if block.bold else text
        text = f"<i>{text}</i>" if block.italic else text
        style = "&nbsp;" * 8 if block.indent else ""
        return f'<p align="{block.align}">{style}{text}</p>'
    if isinstance(block, Lines):
        lines = [_e(x) for x in block.lines]
        if block.bold_first and lines:
            lines[0] = f"<b>{lines[0]}</b>"
        body = "<br>\n".join(lines)
        body = f"<small>{body}</small>" if block.small else body
        return f'<p align="{block.align}">{body}</p>'
    if isinstance(block, Fields):
        pairs = list(block.pairs)
        per_row = block.columns
        rows = []
        for start in range(0, len(pairs), per_row):
            cells = "".join(
                f'<td nowrap valign="top"><b>{_e(k)}:</b></td><td valign="top">{_e(v)}</td>'
                for k, v in pairs[start : start + per_row]
            )
            rows.append(f"<tr>{cells}</tr>")
        width = ' width="100%"' if per_row > 1 else ""
        return f'<table border="0" cellpadding="2"{width}>' + "\n".join(rows) + "</table>"
    if isinstance(block, Grid):
        border = "1" if block.ruled else "0"
        head = "".join(f"<th>{_e(h)}</th>" for h in block.headers)
        body = "\n".join(
            "<tr>" + "".join(f'<td valign="top">{_e(c)}</td>' for c in row) + "</tr>"
            for row in block.rows
        )
        return f'<table border="{border}" cellpadding="3"><tr>{head}</tr>\n{body}</table>'
    if isinstance(block, Items):
        if block.marker == "bullet":
            return "<ul>" + "".join(f"<li>{_e(t)}</li>" for t in block.items) + "</ul>"
        return "".join(
            f"<p>&nbsp;&nbsp;{marker(block.marker, i)} {_e(t)}</p>"
            for i, t in enumerate(block.items)
        )
    if isinstance(block, Stamp):
        body = "<br>".join(f"<b>{_e(x)}</b>" for x in block.lines)
        cell = f'<tr><td align="center">{body}</td></tr>'
        return f'<table border="1" cellpadding="4" align="right">{cell}</table><br clear="all">'
    if isinstance(block, Rule):
        return "<hr>"
    if isinstance(block, Break):
        return "<!--NewPage-->"
    raise TypeError(block)


def html(doc: Doc) -> str:
    body = "\n".join(_block(b) for b in doc.blocks)
    return f"<html><head><title></title></head><body>\n{body}\n</body></html>\n"


def render(doc: Doc, pdf: Path) -> None:
    config = (
        "@html2ps { paper { type: letter; } option { hyphenate: 0; } "
        "margin { left: 2.2cm; right: 2.2cm; top: 2cm; bottom: 2cm; } }\n"
        f"BODY {{ font-family: {FACES[doc.face]}; font-size: 11pt; }}\n"
        "H2 { font-family: Helvetica; }\n"
    )
    with tempfile.TemporaryDirectory() as tmp:
        source, cfg, ps = Path(tmp, "doc.html"), Path(tmp, "doc.cfg"), Path(tmp, "doc.ps")
        source.write_text(html(doc), encoding="latin-1")
        cfg.write_text(config, encoding="ascii")
        subprocess.run(
            ["html2ps", "-f", str(cfg), "-o", str(ps), str(source)], check=True, capture_output=True
        )
        subprocess.run(
            ["ps2pdf", "-sPAPERSIZE=letter", str(ps), str(pdf)], check=True, capture_output=True
        )
