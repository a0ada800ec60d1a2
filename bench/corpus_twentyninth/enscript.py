"""The `enscript` producer: plain text set in Courier by GNU enscript, then ps2pdf (ghostscript)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from bench.corpus_twentyninth.doc import Doc

# Characters per line at 54 pt side margins on US Letter: enscript would wrap anything longer.
WIDTH = {"Courier9": 88, "Courier10": 79}


def render(doc: Doc, out: Path) -> None:
    font = doc_font(doc)
    too_long = [ln for ln in doc.lines if len(ln.lstrip("\f")) > WIDTH[font]]
    assert not too_long, f"{doc.style}: lines wider than the page: {too_long}"
    args = ["enscript", "-q", "-X", "latin1", "-f", font, "--margins=54:54:40:50", "-o", "-"]
    args += ["-B"] if doc.header is None else ["-b", doc.header]
    text = "\n".join(doc.lines) + "\n"
    ps = subprocess.run(args, input=text.encode("latin-1"), capture_output=True, check=True).stdout
    subprocess.run(["ps2pdf", "-", str(out)], input=ps, check=True, capture_output=True)


def doc_font(doc: Doc) -> str:
    # Mail programs, fax software and case-system prints use a smaller type than a typewriter.
    return "Courier9" if doc.style in ("thread", "fax", "email", "worksheet") else "Courier10"
