"""The two producers: MagicPoint slides (`mgp2ps`) and a Tk canvas's own `postscript` command.

A document is a list of blocks: ("title", s), ("label", s), ("text", s), ("right", [lines]),
("table", header, rows, ruled), ("box", [lines]), ("rule",), ("gap",), ("page",). Each producer
lays them out its own way; ghostscript makes the PostScript a PDF.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

Block = tuple[Any, ...]
TK_SCRIPT = Path(__file__).with_name("tk_pages.py")


def _mgp_escape(line: str) -> str:
    return " " + line if line.startswith("%") else line


def mgp_source(blocks: list[Block], font_note: str = "") -> str:
    """A MagicPoint presentation: short pages, a new page before it overflows."""
    head = ['%default 1 area 90 90, vgap 40, size 3, fore "black", back "white"', "%page", ""]
    out: list[str] = list(head)
    used = 0

    def emit(lines: list[str], size: int = 3, align: str = "left") -> None:
        nonlocal used
        if used + len(lines) > 24 and used > 0:
            out.extend(["%page", ""])
            used = 0
        out.append(f"%size {size}, {align}")
        out.extend(_mgp_escape(x) for x in lines)
        used += len(lines) * (2 if size > 4 else 1)

    for block in blocks:
        kind = block[0]
        if kind == "page":
            if used:
                out.extend(["%page", ""])
                used = 0
        elif kind == "title":
            emit(
                textwrap.wrap(block[1], 40, break_on_hyphens=False, break_long_words=False),
                5,
                "center",
            )
        elif kind == "label":
            emit([block[1]])
        elif kind == "text":
            emit(
                textwrap.wrap(block[1], 78, break_on_hyphens=False, break_long_words=False) or [""]
            )
        elif kind == "right":
            emit(list(block[1]))  # mgp sets right-aligned words apart: keep the block left
        elif kind == "box":
            emit(["-" * 60, *list(block[1]), "-" * 60])
        elif kind == "rule":
            emit(["_" * 60])
        elif kind == "gap":
            emit([""])
        elif kind == "table":
            header, rows, ruled = block[1], block[2], block[3]
            sep = " | " if ruled else "    "
            lines = [sep.join(header)] + ([("-" * 70)] if ruled else [])
            lines += [sep.join(row) for row in rows]
            emit(lines)
    del font_note
    return "\n".join(out) + "\n"


def _gs(ps_files: list[Path], pdf: Path) -> None:
    subprocess.run(
        [
            "gs",
            "-q",
            "-dNOPAUSE",
            "-dBATCH",
            "-dSAFER",
            "-sDEVICE=pdfwrite",
            "-sPAPERSIZE=letter",
            "-dFIXEDMEDIA",
            "-dPDFFitPage",
            f"-sOutputFile={pdf}",
            *map(str, ps_files),
        ],
        check=True,
        capture_output=True,
    )


def render_mgp(blocks: list[Block], pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.mgp"
        src.write_text(mgp_source(blocks), encoding="latin-1")
        ps = Path(tmp) / "doc.ps"
        subprocess.run(
            ["xvfb-run", "-a", "mgp2ps", "-f", str(ps), str(src)],
            check=True,
            capture_output=True,
            cwd=tmp,
        )
        _gs([ps], pdf)


def render_tk(blocks: list[Block], pdf: Path, font: str = "Helvetica") -> None:
    with tempfile.TemporaryDirectory() as tmp:
        spec = {"font": font, "blocks": blocks, "out": tmp}
        subprocess.run(
            ["xvfb-run", "-a", sys.executable, str(TK_SCRIPT)],
            input=json.dumps(spec),
            text=True,
            check=True,
            capture_output=True,
        )
        pages = sorted(Path(tmp).glob("page_*.ps"))
        _gs(pages, pdf)


def render(producer: str, blocks: list[Block], pdf: Path, font: str = "Helvetica") -> None:
    if producer == "mgp":
        render_mgp(blocks, pdf)
    else:
        render_tk(blocks, pdf, font)
