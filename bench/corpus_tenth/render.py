"""Prints a Doc to PDF: rinohtype from reStructuredText, or AbiWord from its .abw XML."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.corpus_tenth.model import Doc, Heading, Lines, PageBreak, Para, Table

_REPO = Path(__file__).resolve().parents[2]

FONTS = {
    "serif": ("TeX Gyre Pagella", "Liberation Serif"),
    "sans": ("TeX Gyre Heros", "DejaVu Sans"),
    "mono": ("TeX Gyre Cursor", "Liberation Mono"),
}
RST_SPECIAL = re.compile(r"([\\*`_|\[\]<>])")
STYLESHEET = """[STYLESHEET]
name=tenth
base=sphinx_article

[VARIABLES]
serif_typeface={face}
sans_typeface={face}

[default:Paragraph]
typeface=$(serif_typeface)
font_weight=REGULAR
font_size=10pt
line_spacing=fixed(12pt, leading(0))
indent_first=0
space_above=0
space_below=0
text_align=JUSTIFY
kerning=True
ligatures=False
hyphenate=False

[table]
repeat_head=true

[new page : Paragraph(has_class='newpage')]
base=body
page_break=any

[body]
typeface={face}
"""


def _rst_text(text: str) -> str:
    escaped = RST_SPECIAL.sub(r"\\\1", text)
    # A paragraph opening "1." or "(a)" would become a list and lose its marker's text.
    return "\\" + escaped if re.match(r"^(\(?[0-9A-Za-z]{1,4}[.)]|[-+•] )", escaped) else escaped


def to_rst(doc: Doc) -> str:
    """The document as reStructuredText; footnotes as auto-numbered [#] notes."""
    parts: list[str] = []
    notes: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Para):
            text = _rst_text(block.text)
            text = f"**{text}**" if block.bold else text
            parts.append(text + "".join(" [#]_" for _ in block.notes))
            notes.extend(block.notes)
        elif isinstance(block, Heading):
            parts.append(f"**{_rst_text(block.text)}**")
        elif isinstance(block, Lines):
            parts.append("\n".join(f"| {_rst_text(line)}" if line else "|" for line in block.lines))
        elif isinstance(block, Table):
            rows = [block.header, *block.rows]
            body = "\n".join(
                "   * - " + "\n     - ".join(_rst_text(c) for c in row) for row in rows
            )
            parts.append(".. list-table::\n   :header-rows: 1\n\n" + body)
        else:
            # The style sheet breaks the page before the classed element; rinoh drops the
            # class of a line block, so a caption paragraph carries it where there is one.
            parts.append(".. class:: newpage")
            if block.caption:
                parts.append(_rst_text(block.caption))
    parts.extend(f".. [#] {_rst_text(note)}" for note in notes)
    return "\n\n".join(parts) + "\n"


ABW_HEAD = "\n".join(
    [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN"'
        ' "http://www.abisource.com/awml.dtd">',
        '<abiword template="false" xmlns="http://www.abisource.com/awml.dtd" xml:space="preserve"'
        ' fileformat="1.1" version="3.0.5">',
        '<styles><s type="P" name="Normal" basedon="" followedby="Current Settings" props="'
        "font-family:{face}; font-size:{size}pt; margin-top:0pt; margin-bottom:6pt;"
        " line-height:1.0;"
        ' text-align:left"/></styles>',
        '<pagesize pagetype="Letter" orientation="portrait" width="8.500000" height="11.000000"'
        ' units="in" page-scale="1.000000"/>',
        '<section props="page-margin-left:1in; page-margin-right:1in; page-margin-top:0.9in;'
        ' page-margin-bottom:0.9in">',
        "",
    ]
)
# AbiWord squeezes the columns of its own tables until values wrap inside cells, so tables
# are printed the way many word-processor memos are: rows of text on tab stops, no rules.
TABLE_FONT_PT = 9
INCH_PER_CHAR = 0.075  # 9 pt sans or serif, with room for wide digits


def _abw_table(table: Table) -> str:
    """Rows aligned on tab stops that clear each column's longest value (header bold)."""
    rows = [table.header, *table.rows]
    stops, position = [], 0.0
    for n in range(len(table.header) - 1):
        position += max(len(row[n]) for row in rows) * INCH_PER_CHAR + 0.2
        stops.append(f"{position:.2f}in/L0")
    props = f"tabstops:{','.join(stops)}; font-size:{TABLE_FONT_PT}pt"
    lines = []
    for r, row in enumerate(rows):
        text = "\t".join(html.escape(cell) for cell in row)
        text = f'<c props="font-weight:bold">{text}</c>' if r == 0 else text
        lines.append(f'<p props="{props}">{text}</p>')
    return "\n".join(lines)


def to_abw(doc: Doc) -> str:
    """The document in AbiWord's own XML; notes numbered at the end."""
    face, size = FONTS[doc.font][1], {"serif": 11, "sans": 10, "mono": 10}[doc.font]
    out = [ABW_HEAD.format(face=face, size=size)]
    notes: list[str] = []
    pending_break = ""
    for block in doc.blocks:
        if isinstance(block, PageBreak):
            pending_break = "<pbr/>"  # AbiWord takes a page break only inside a paragraph
            if block.caption:
                out.append(f"<p>{pending_break}{html.escape(block.caption)}</p>")
                pending_break = ""
            continue
        if isinstance(block, Para):
            marks = ""
            for note in block.notes:
                notes.append(note)
                marks += f'<c props="text-position:superscript">{len(notes)}</c>'
            text = html.escape(block.text)
            text = f'<c props="font-weight:bold">{text}</c>' if block.bold else text
            out.append(f"<p>{pending_break}{text}{marks}</p>")
        elif isinstance(block, Heading):
            out.append(
                f'<p>{pending_break}<c props="font-weight:bold">{html.escape(block.text)}</c></p>'
            )
        elif isinstance(block, Lines):
            out.append(
                f"<p>{pending_break}"
                + "<br/>".join(html.escape(line) for line in block.lines)
                + "</p>"
            )
        elif isinstance(block, Table):
            if pending_break:
                out.append(f"<p>{pending_break}</p>")
            out.append(_abw_table(block))
        pending_break = ""
    if notes:
        out.append("<p>_______________</p>")
        out.extend(f"<p>{n}. {html.escape(note)}</p>" for n, note in enumerate(notes, start=1))
    out.append("</section>\n</abiword>\n")
    return "\n".join(out)


def render_rinoh(doc: Doc, pdf: Path) -> None:
    """rinohtype: parse the reST, render with a style sheet in the document's typeface (in a
    child process: see rinoh_child)."""
    with tempfile.TemporaryDirectory(prefix="tenth-rinoh-") as work:
        source = Path(work) / "doc.rst"
        source.write_text(to_rst(doc))
        sheet = Path(work) / "tenth.rts"
        sheet.write_text(STYLESHEET.format(face=FONTS[doc.font][0]))
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [str(_REPO), os.environ.get("PYTHONPATH")]))}
        subprocess.run(
            [sys.executable, "-m", "bench.corpus_tenth.rinoh_child", str(source), str(sheet),
             str(Path(work) / "doc")],
            check=True, capture_output=True, timeout=300, cwd=work, env=env,
        )
        pdf.write_bytes((Path(work) / "doc.pdf").read_bytes())


def render_abiword(doc: Doc, pdf: Path) -> None:
    """AbiWord, headless: its own .abw XML in, PDF out."""
    with tempfile.TemporaryDirectory(prefix="tenth-abiword-") as work:
        source = Path(work) / "doc.abw"
        source.write_text(to_abw(doc))
        target = Path(work) / "doc.pdf"
        subprocess.run(
            ["abiword", "--to=pdf", f"--to-name={target}", str(source)],
            check=True,
            capture_output=True,
            timeout=120,
            cwd=work,
        )
        pdf.write_bytes(target.read_bytes())


RENDERERS = {"rinoh": render_rinoh, "abiword": render_abiword}
