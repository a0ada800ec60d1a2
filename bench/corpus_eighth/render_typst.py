"""Typst markup for a case, compiled by the `typst` package (ligatures and hyphenation off)."""

from __future__ import annotations

import json
from pathlib import Path

import typst

from .doc import Block, Case

FONTS = ["Libertinus Serif", "New Computer Modern", "DejaVu Sans Mono"]


def _s(text: str) -> str:
    """A Typst string literal: the text is never read as markup."""
    return "#" + json.dumps(text)


def _block(b: Block) -> str:
    if b.kind == "head":
        return f'#text(weight: "bold", size: 12pt)[{_s(b.text)}]\n\n'
    if b.kind == "para":
        return f"{_s(b.text)}\n\n"
    if b.kind == "lines":
        return "".join(f"{_s(line) if line else ''} \\\n" for line in b.text.split("\n")) + "\n"
    if b.kind == "break":
        return "#pagebreak()\n"
    if b.kind == "boxes":
        cells = ", ".join(f"[#text(size: 7pt)[{_s(k)}] \\ {_s(v)}]" for k, v in b.pairs)
        return f"#grid(columns: (1fr, 1fr), stroke: 0.6pt, inset: 5pt, {cells})\n\n"
    if b.kind == "table":
        cols = ", ".join("auto" for _ in b.header)
        head = ", ".join(f"[*{_s(h)}*]" for h in b.header)
        body = ", ".join(f"[{_s(c)}]" for row in b.rows for c in row)
        return f"#table(columns: ({cols},), inset: 5pt, {head}, {body})\n\n"
    if b.kind == "columns":
        inner = "".join(f"{_s(r[0])}\n\n" for r in b.rows)
        return f"#columns(2, gutter: 14pt)[\n{inner}]\n\n"
    raise ValueError(b.kind)


def render(case: Case, path: Path, font_index: int) -> None:
    """Write `case` as a PDF at `path`."""
    font = FONTS[font_index % len(FONTS)]
    header = f"header: align(right, text(size: 8pt)[{_s(case.header)}])," if case.header else ""
    footer = (
        f"footer: context [#text(size: 8pt)[{_s(case.footer)} #counter(page).display()]],"
        if case.footer
        else ""
    )
    markup = (
        f'#set page(paper: "us-letter", margin: 2.2cm, {header} {footer})\n'
        f'#set text(font: "{font}", size: 10pt, ligatures: false, hyphenate: false)\n'
        "#set par(justify: false)\n" + "".join(_block(b) for b in case.blocks)
    )
    source = path.with_suffix(".typ")
    source.write_text(markup, encoding="utf-8")
    try:
        typst.compile(str(source), output=str(path))
    finally:
        source.unlink()
