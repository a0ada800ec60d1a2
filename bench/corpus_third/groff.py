"""Producer `groff`: the document as troff -ms source (tbl for tables), printed by groff -Tpdf."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bench.corpus_third.doc import Bullets, Document, Gap, Heading, Para, Table

SPECIAL = {
    "\u2014": r"\(em",
    "\u2013": r"\(en",
    "\u201c": r"\(lq",
    "\u201d": r"\(rq",
    "\u2019": r"\(cq",
    "\u00a7": r"\(sc",
    "\u2022": r"\(bu",
    "'": r"\(aq",
    "`": r"\(ga",
}


def escape(text: str) -> str:
    text = text.replace("\\", r"\e")
    # A leading . or ' would be read as a request; \& keeps it text (checked before ' is renamed).
    guard = r"\&" if text[:1] in ".'" else ""
    for char, name in SPECIAL.items():
        text = text.replace(char, name)
    return guard + text


def source(doc: Document) -> str:
    """The -ms source: no hyphenation and ragged right, so words reach the text layer whole."""
    # Kerning off: pdfplumber reads a kerned pair (A-v, f-o) as two words.
    lines = [
        ".nr HY 0",
        ".nh",
        ".kern 0",
        ".ad l",
        ".nr PS 11",
        ".nr VS 14",
        ".nr PO 1i",
        ".nr LL 6.3i",
        ".ds LH",
        ".ds CH",
        ".ds RH",
        ".ds LF",
        ".ds CF",
        ".ds RF",
    ]
    if doc.typewriter:
        lines.append(".fam C")
    if doc.running_header:
        lines.append(f".ds LH {escape(doc.running_header)}")
    if doc.page_numbers:
        lines.append(r".ds CF Page \\n(PN")
    lines.append(".LP")  # initialise ms before the first block
    for block in doc.blocks:
        lines.extend(_block(block))
    return "\n".join(lines) + "\n"


def _block(block: object) -> list[str]:
    if isinstance(block, Para):
        out = [".LP"]
        if block.align != "left":
            out.append(".ce 99" if block.align == "center" else ".rj 99")
        text = escape(block.text)
        for number, line in enumerate(text.split("\n")):
            out.extend([".br"] if number else [])
            out.append(rf"\fB{line}\fP" if block.bold else line)
        if block.align != "left":
            out.append(".ce 0" if block.align == "center" else ".rj 0")
        if block.note:
            out[-1] += r"\**"
            out.extend([".FS", escape(block.note), ".FE"])
        return out
    if isinstance(block, Heading):
        return [".SH", escape(block.text)]
    if isinstance(block, Bullets):
        out = []
        for item in block.items:
            out.extend([r".IP \(bu 3", escape(item)])
        return [*out, ".LP"]
    if isinstance(block, Table):
        return _table(block)
    if isinstance(block, Gap):
        return [".sp " + str(block.lines)]
    raise TypeError(block)


def _table(table: Table) -> list[str]:
    columns = len(table.header)
    options = "allbox tab(|);" if table.ruled else "tab(|);"
    out = [
        ".sp 0.5",
        ".ps -1",
        ".TS H",
        options,
        " ".join(["lb"] * columns),
        " ".join(["l"] * columns) + ".",
    ]
    out.append("|".join(escape(cell) for cell in table.header))
    out.append(".TH")
    out.extend("|".join(escape(cell) for cell in row) for row in table.rows)
    return [*out, ".TE", ".ps +1", ".sp 0.5"]


def render(doc: Document, pdf: Path) -> None:
    """Write `pdf` from the document through groff's own PDF driver (gropdf)."""
    roff = pdf.with_suffix(".ms")
    roff.write_text(source(doc), encoding="utf-8")
    with pdf.open("wb") as out:
        subprocess.run(
            ["groff", "-t", "-ms", "-Tpdf", "-P-pletter", "-dpaper=letter", str(roff)],
            stdout=out,
            check=True,
            env={"PATH": "/usr/bin:/bin", "SOURCE_DATE_EPOCH": "0"},
        )
    roff.unlink()
