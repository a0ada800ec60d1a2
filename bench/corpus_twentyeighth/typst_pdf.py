"""The `typst` producer: each document as Typst markup, compiled by the typst Python binding."""

from __future__ import annotations

import tempfile
from pathlib import Path

import typst

from bench.corpus_twentyeighth.doc import (
    Block,
    Boxes,
    Break,
    Bullets,
    Doc,
    Fields,
    Gap,
    Head,
    Para,
    Stamp,
    Table,
    Title,
)

SERIF = '("Libertinus Serif", "Liberation Serif")'
SANS = '("DejaVu Sans", "Liberation Sans")'
TIMESTAMP = 1735689600  # 2025-01-01: the PDF's dates stay the same from run to run
MONO = '("DejaVu Sans Mono", "Liberation Mono")'


def s(text: str) -> str:
    """A Typst string literal put in markup, so no character of the text is read as markup."""
    return '#"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _block(block: Block, doc: Doc) -> str:
    if isinstance(block, Head):
        lines = " \\ ".join(s(line) for line in block.lines)
        rule = "\n#line(length: 100%, stroke: 0.8pt)" if block.rule else ""
        return (
            f'#align({block.align})[#text(size: 14pt, weight: "bold")[{s(block.name)}] \\ '
            f"#text(size: 8.5pt)[{lines}]]{rule}\n#v(6pt)"
        )
    if isinstance(block, Title):
        return (
            f'#align({block.align})[#text(size: {block.size}pt, weight: "bold")[{s(block.text)}]]'
        )
    if isinstance(block, Para):
        body = s(block.text)
        if block.bold:
            body = f'#text(weight: "bold")[{body}]'
        if block.mono:
            body = f"#text(font: {MONO}, size: 9pt)[{body}]"
        if block.size:
            body = f"#text(size: {block.size}pt)[{body}]"
        if block.align != "left":
            body = f"#align({block.align})[{body}]"
        return f"#pad(left: 2.2em)[{body}]" if block.indent else f"#par[{body}]"
    if isinstance(block, Fields):
        if block.tabbed:
            cells = ", ".join(f'text(weight: "bold")[{s(k)}], [{s(v)}]' for k, v in block.rows)
            return f"#grid(columns: (auto, 1fr), column-gutter: 1.2em, row-gutter: 0.65em, {cells})"
        return "\n".join(f'#text(weight: "bold")[{s(k)}] {s(v)} \\' for k, v in block.rows)
    if isinstance(block, Table):
        widths = ", ".join(f"{w}fr" for w in (block.widths or (1,) * len(block.header)))
        stroke = "0.5pt" if block.ruled else "none"
        head = ", ".join(f'text(weight: "bold", size: 8.5pt)[{s(h)}]' for h in block.header)
        body = ", ".join(f"text(size: 9pt)[{s(c)}]" for row in block.rows for c in row)
        rule = "" if block.ruled else "\n#line(length: 100%, stroke: 0.4pt)"
        caption = f'#text(weight: "bold")[{s(block.caption)}]\n' if block.caption else ""
        return (
            f"{caption}#table(columns: ({widths},), stroke: {stroke}, inset: 4pt, "
            f"table.header({head}), {body}){rule}"
        )
    if isinstance(block, Bullets):
        items = ", ".join(f"[{s(item)}]" for item in block.items)
        if block.mark == "1.":
            return f"#enum({items})"
        return f"#list(marker: [{s(block.mark)}], {items})"
    if isinstance(block, Boxes):
        widths = ", ".join(f"{w}fr" for w in (block.widths or (1,) * len(block.cells)))
        cells = ", ".join(
            f"[#text(size: 6.5pt)[{s(k)}] \\ #text(size: 9.5pt)[{s(v) if v else ' '}]]"
            for k, v in block.cells
        )
        return f"#table(columns: ({widths},), stroke: 0.7pt, inset: 4pt, {cells})"
    if isinstance(block, Stamp):
        lines = " \\ ".join(s(line) for line in block.lines)
        return (
            '#align(right)[#rect(stroke: 1.4pt + rgb("#8b1a1a"), inset: 6pt)'
            f'[#align(center)[#text(fill: rgb("#8b1a1a"), weight: "bold", size: 9pt)[{lines}]]]]'
        )
    if isinstance(block, Gap):
        return f"#v({block.size}pt)"
    assert isinstance(block, Break)
    return "#pagebreak()"


def source(doc: Doc) -> str:
    """The whole Typst file for DOC."""
    font = SERIF if doc.serif else SANS
    footer = (
        f"context [#set text(size: 7.5pt); {s(doc.footer)} #h(1fr) "
        f"{s('Page ')}#counter(page).display() {s('of')} #counter(page).final().first()]"
    )
    head = [
        '#set page(paper: "us-letter", margin: (x: 1in, top: 0.85in, bottom: 0.9in), '
        f"footer: {footer})",
        f'#set text(font: {font}, size: {doc.size}pt, hyphenate: false, lang: "en")',
        "#set par(justify: false, leading: 0.62em, spacing: 1.05em)",
    ]
    return "\n".join(head + [_block(b, doc) for b in doc.blocks]) + "\n"


def render(doc: Doc, pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.typ"
        src.write_text(source(doc), encoding="utf-8")
        pdf.write_bytes(typst.compile(str(src), timestamp=TIMESTAMP))
