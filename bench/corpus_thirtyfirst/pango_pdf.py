"""Producer `pango`: each page written as Pango markup and laid out by pango-view into a PDF page,
the pages joined with pypdf and set on US Letter."""

from __future__ import annotations

import subprocess
import tempfile
from html import escape
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import RectangleObject

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

FACES = {"serif": "DejaVu Serif", "sans": "Liberation Sans", "mono": "DejaVu Sans Mono"}
WIDTH, MARGIN, PAGE_LINES = 504, 54, 50
MONO_CHARS = 88  # DejaVu Sans Mono 9 pt across 504 pt


def _e(text: str) -> str:
    return escape(text, quote=False)


def _mono(lines: list[str]) -> str:
    return '<span font="DejaVu Sans Mono 9">' + "\n".join(_e(x) for x in lines) + "</span>"


def table_lines(
    headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...], ruled: bool
) -> list[str]:
    """A grid set in a fixed-width face, columns padded to their widest cell."""
    widths = [max(len(r[i]) for r in (headers, *rows)) for i in range(len(headers))]
    sep = " | " if ruled else "   "

    def line(cells: tuple[str, ...]) -> str:
        return sep.join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    rule = "-+-".join("-" * w for w in widths) if ruled else "  ".join("-" * w for w in widths)
    out = [line(headers), rule] + [line(r) for r in rows]
    return out + ([rule] if ruled else [])


def _block(block: Block, face: str) -> tuple[str, int]:
    """Markup for one block and its estimated height in lines."""
    per_line = 90 if face == "mono" else 95
    if isinstance(block, Heading):
        size = "x-large" if block.level == 1 else "large"
        return f'<span size="{size}" weight="bold">{_e(block.text)}</span>', 2
    if isinstance(block, Para):
        text = _e(block.text)
        text = f"<b>{text}</b>" if block.bold else text
        text = f"<i>{text}</i>" if block.italic else text
        text = ("        " + text) if block.indent else text
        return text, len(block.text) // per_line + 2
    if isinstance(block, Lines):
        lines = [_e(x) for x in block.lines]
        if block.bold_first and lines:
            lines[0] = f"<b>{lines[0]}</b>"
        body = "\n".join(lines)
        return (f'<span size="small">{body}</span>' if block.small else body), len(lines) + 1
    if isinstance(block, Fields):
        return _mono(field_lines(block)), len(field_lines(block)) + 1
    if isinstance(block, Grid):
        lines = table_lines(block.headers, block.rows, block.ruled)
        return _mono(lines), len(lines) + 1
    if isinstance(block, Items):
        lines = [f"  {marker(block.marker, i)} {_e(t)}" for i, t in enumerate(block.items)]
        return "\n".join(lines), sum(len(t) // per_line + 1 for t in block.items) + 1
    if isinstance(block, Stamp):
        width = max(len(x) for x in block.lines) + 2
        box = ["+" + "-" * width + "+"] + [f"| {x.center(width - 2)} |" for x in block.lines]
        box.append(box[0])
        return _mono([" " * (MONO_CHARS - width - 2) + x for x in box]), len(box) + 1
    if isinstance(block, Rule):
        return "_" * 70, 1
    raise TypeError(block)


def field_lines(block: Fields) -> list[str]:
    label = max(len(k) for k, _ in block.pairs) + 1
    cells = [f"{k + ':':<{label}} {v}" for k, v in block.pairs]
    if block.columns == 1 or any(len(c) > MONO_CHARS // 2 - 2 for c in cells):
        return cells
    half = (len(cells) + 1) // 2
    left, right = cells[:half], [*cells[half:], ""]
    return [f"{a:<{MONO_CHARS // 2}}{b}".rstrip() for a, b in zip(left, right, strict=False)]


def pages(doc: Doc) -> list[str]:
    """Markup per page: explicit breaks, and a new page when the estimate runs past a page."""
    out: list[list[str]] = [[]]
    used = 0
    for block in doc.blocks:
        if isinstance(block, Break):
            out.append([])
            used = 0
            continue
        markup, height = _block(block, doc.face)
        if used and used + height > PAGE_LINES:
            out.append([])
            used = 0
        out[-1].append(markup)
        used += height
    return ["\n\n".join(page) for page in out if page]


def render(doc: Doc, pdf: Path) -> None:
    font = f"{FACES[doc.face]} {9.5 if doc.face == 'mono' else 10.5}"
    writer = PdfWriter()
    with tempfile.TemporaryDirectory() as tmp:
        for number, markup in enumerate(pages(doc)):
            source, out = Path(tmp, f"p{number}.txt"), Path(tmp, f"p{number}.pdf")
            source.write_text(markup, encoding="utf-8")
            subprocess.run(
                [
                    "pango-view",
                    "--no-display",
                    "--markup",
                    f"--font={font}",
                    f"--width={WIDTH}",
                    f"--margin={MARGIN}",
                    "--wrap=word",
                    f"--output={out}",
                    str(source),
                ],
                check=True,
                capture_output=True,
            )
            reader = PdfReader(out)
            page = reader.pages[0]
            if number == 0 and reader.metadata:  # keep cairo as the producer, not pypdf
                writer.add_metadata(dict(reader.metadata))
            height = float(page.mediabox.top)
            if height < 792:  # extend the short page downwards: the text stays at the top
                page.mediabox = RectangleObject([0, height - 792, 612, height])
            writer.add_page(page)
        with pdf.open("wb") as handle:
            writer.write(handle)
