"""Lays a Doc out as a man(7) memo and prints it with `mandoc -Tpdf`.

mandoc sets Times at 11 pt with a 2.75 pt word space, under pdfplumber's default 3 pt tolerance,
so words would run together in the text layer; every line is therefore set in no-fill mode with
two spaces between words, as a typist would, and wrapped here.
"""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

from .doc import Doc

WIDTH = 66


def _roff(text: str) -> str:
    text = text.replace("\\", "\\e").replace("'", "\\(aq")
    text = "  ".join(text.split(" "))
    return "\\&" + text if text.startswith((".", "'")) else text


def _fill(text: str, width: int = WIDTH) -> list[str]:
    return [_roff(line) for line in textwrap.wrap(text, width, break_on_hyphens=False)]


def source(doc: Doc, sender: str, dated: str) -> str:
    """The man(7) source of `doc`: .SH headings, .TP tagged paragraphs, indented lists."""
    out = [
        f'.TH {doc.kind.upper().replace("-", "")} 7 "{_roff(dated)}" "{_roff(sender)}" '
        f'"{_roff(doc.running_head)}"'
    ]
    for block in doc.blocks:
        tag = block[0]
        if tag == "title":
            out += [".SH NAME" if not out[1:] else ".PP", ".nf", *_fill(block[1]), ".fi"]
        elif tag == "head":
            out.append(f'.SH "{_roff(block[1].upper())}"')
        elif tag == "para":
            out += [".PP", ".nf", *_fill(block[1]), ".fi"]
        elif tag in ("lines", "sign"):
            out += [".PP", ".nf", *[_roff(line) for line in block[1]], ".fi"]
        elif tag == "kv":
            for label, value in block[1]:
                out += [".TP 24n", _roff(label), ".nf", *_fill(value, WIDTH - 14), ".fi"]
        elif tag == "table":
            out += [".RS 4n", ".nf"]
            for row in [block[1], *block[2]]:
                out.append(_roff(" | ".join(row)))
            out += [".fi", ".RE"]
        elif tag == "stamp":
            out += [
                ".PP",
                ".RS 30n",
                ".nf",
                *[f"\\fB{_roff(line)}\\fR" for line in block[1].split("\n")],
                ".fi",
                ".RE",
            ]
    return "\n".join(out) + "\n"


def render(doc: Doc, sender: str, dated: str, out: Path) -> None:
    pdf = subprocess.run(
        ["mandoc", "-Tpdf", "-O", "paper=letter"],
        input=source(doc, sender, dated).encode(),
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout
    out.write_bytes(pdf)
