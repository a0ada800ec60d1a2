"""A small block model of a sender's document and its two renderings (pdfium pages, dot tables)."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from bench.corpus_fortieth import dot_pdf, pdfium_pdf


@dataclass
class Block:
    """kind: line | para | table | kv | gap | page | rule | box.

    line: text (align left/right/center, bold); para: text wrapped; table: header + rows;
    kv: label/value pairs (boxed or not); box: lines drawn inside a frame.
    """

    kind: str
    text: str = ""
    bold: bool = False
    align: str = "left"
    header: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    ruled: bool = True
    indent: int = 0


@dataclass
class Doc:
    """A document: its blocks and the face it is typed in (sans, serif or mono)."""

    blocks: list[Block]
    face: str = "sans"
    size: float = 10.0


def line(text: str, *, bold: bool = False, align: str = "left") -> Block:
    return Block("line", text, bold=bold, align=align)


def para(text: str, indent: int = 0) -> Block:
    return Block("para", text, indent=indent)


def table(header: list[str], rows: list[list[str]], *, ruled: bool = True) -> Block:
    return Block("table", header=header, rows=rows, ruled=ruled)


def kv(pairs: list[tuple[str, str]], *, boxed: bool = False) -> Block:
    return Block("kv", rows=[[a, b] for a, b in pairs], ruled=boxed)


def box(lines: list[str]) -> Block:
    return Block("box", rows=[[x] for x in lines])


GAP = Block("gap")
PAGE = Block("page")
RULE = Block("rule")

LEFT, RIGHT, TOP, BOTTOM = 66.0, 546.0, 64.0, 740.0


def _bold(face: str) -> str:
    return {"sans": "bold", "serif": "serifb", "mono": "monob"}[face]


def to_pdfium(doc: Doc, out: Path) -> None:
    """Lay the blocks out line by line on Letter pages."""
    size = doc.size
    lead = size * 1.35
    pages: list[pdfium_pdf.Page] = [pdfium_pdf.Page()]
    y = TOP
    char_w = 0.6 * size if doc.face == "mono" else 0.5 * size

    def need(height: float) -> None:
        nonlocal y
        if y + height > BOTTOM:
            pages.append(pdfium_pdf.Page())
            y = TOP

    def put(x: float, text: str, bold: bool = False) -> None:
        pages[-1].texts.append((x, y, size, _bold(doc.face) if bold else doc.face, text))

    for block in doc.blocks:
        if block.kind == "page":
            pages.append(pdfium_pdf.Page())
            y = TOP
        elif block.kind == "gap":
            y += lead * 0.7
        elif block.kind == "rule":
            need(lead)
            pages[-1].rules.append((LEFT, y - size * 0.4, RIGHT, y - size * 0.4))
            y += lead * 0.6
        elif block.kind == "line":
            need(lead)
            width = len(block.text) * char_w
            x = (
                LEFT
                if block.align == "left"
                else (RIGHT - width if block.align == "right" else (LEFT + RIGHT - width) / 2)
            )
            put(x, block.text, block.bold)
            y += lead
        elif block.kind == "para":
            x = LEFT + block.indent * char_w
            cols = int((RIGHT - x) / char_w)
            for part in textwrap.wrap(
                block.text, cols, break_long_words=False, break_on_hyphens=False
            ):
                need(lead)
                put(x, part)
                y += lead
        elif block.kind == "box":
            need(lead * (len(block.rows) + 1))
            top = y - size
            y += lead * 0.3
            for (text,) in block.rows:
                put(LEFT + 8, text, bold=(text.isupper()))
                y += lead
            pages[-1].boxes.append((LEFT, top, RIGHT, y - size * 0.5))
            y += lead * 0.5
        elif block.kind in ("table", "kv"):
            rows = ([block.header] if block.header else []) + block.rows
            cols = max(len(r) for r in rows)
            widths = [max(len(r[c]) if c < len(r) else 0 for r in rows) for c in range(cols)]
            total = sum(widths) + 2 * cols
            scale = min(1.0, (RIGHT - LEFT) / (total * char_w))
            xs = [LEFT]
            for w in widths[:-1]:
                xs.append(xs[-1] + (w + 2) * char_w * scale)
            if block.ruled:
                need(lead)
                pages[-1].rules.append((LEFT, y - size * 1.1, RIGHT, y - size * 1.1))
            for number, row in enumerate(rows):
                need(lead)
                bold = block.kind == "table" and number == 0 and bool(block.header)
                for c, cell in enumerate(row):
                    put(xs[c] + 2, cell, bold or (block.kind == "kv" and c == 0))
                if block.ruled:
                    pages[-1].rules.append((LEFT, y + size * 0.4, RIGHT, y + size * 0.4))
                y += lead
            y += lead * 0.3
    pdfium_pdf.write(pages, out)


DOT_FONTS = {"sans": "Liberation Sans", "serif": "Liberation Serif", "mono": "Liberation Mono"}


def to_dot(doc: Doc, out: Path) -> None:
    """Each page one HTML-like table; blocks become rows (tables nest inside a row)."""
    font = DOT_FONTS[doc.face]
    size = int(doc.size)
    pages: list[list[str]] = [[]]

    def cell(inner: str) -> None:
        pages[-1].append(f'<TR><TD ALIGN="LEFT" BALIGN="LEFT">{inner}</TD></TR>')

    def text(t: str, bold: bool = False) -> str:
        body = dot_pdf.esc(t)
        body = f"<B>{body}</B>" if bold else body
        return f'<FONT FACE="{font}" POINT-SIZE="{size}">{body}</FONT>'

    for block in doc.blocks:
        if block.kind == "page":
            pages.append([])
        elif block.kind == "gap":
            cell(text(" "))
        elif block.kind == "rule":
            cell(text("_" * 60))
        elif block.kind == "line":
            align = {"left": "LEFT", "right": "RIGHT", "center": "CENTER"}[block.align]
            pages[-1].append(f'<TR><TD ALIGN="{align}">{text(block.text, block.bold)}</TD></TR>')
        elif block.kind == "para":
            parts = textwrap.wrap(
                block.text, 92 - block.indent, break_long_words=False, break_on_hyphens=False
            )
            cell(
                '<BR ALIGN="LEFT"/>'.join(text(" " * block.indent + p) for p in parts)
                + '<BR ALIGN="LEFT"/>'
            )
        elif block.kind == "box":
            inner = dot_pdf.table(
                [[(t, 1, t.isupper())] for (t,) in block.rows], ruled=True, font=font, size=size
            )
            cell(inner)
        else:
            rows: list[dot_pdf.Row] = []
            if block.header:
                rows.append([(h, 1, True) for h in block.header])
            for r in block.rows:
                rows.append([(c, 1, block.kind == "kv" and i == 0) for i, c in enumerate(r)])
            cell(dot_pdf.table(rows, ruled=block.ruled, font=font, size=size))
    labels = [
        '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2">' + "".join(rows) + "</TABLE>"
        for rows in pages
        if rows
    ]
    dot_pdf.write(labels, out)


def render(producer: str, doc: Doc, out: Path) -> None:
    (to_pdfium if producer == "pdfium" else to_dot)(doc, out)
