"""The two producers: LilyPond (pages of \\markup text, no music) and Vim's :hardcopy + ps2pdf."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import textwrap
from pathlib import Path
from typing import Any

Block = tuple[Any, ...]
WIDTH = 84


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def _cols(header: list[str], rows: list[list[str]]) -> list[int]:
    return [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]


def as_text(blocks: list[Block], width: int = WIDTH) -> str:
    """Plain text with form feeds, the way the Vim sender types it."""
    out: list[str] = []
    for block in blocks:
        tag = block[0]
        if tag in ("title", "line"):
            out.append(str(block[1]))
        elif tag == "blank":
            out.append("")
        elif tag == "para":
            out.extend(_wrap(str(block[1]), width))
        elif tag == "kv":
            pairs = list(block[1])
            wide = max(len(k) for k, _ in pairs) + 1
            out.extend(f"{(k + ':' if k.strip() else '').ljust(wide)} {v}" for k, v in pairs)
        elif tag == "bullets":
            for item in block[1]:
                lines = _wrap(str(item), width - 4)
                out.append("  * " + lines[0])
                out.extend("    " + ln for ln in lines[1:])
        elif tag == "box":
            lines = [str(x) for x in block[1]]
            wide = max(len(x) for x in lines)
            out.append("+" + "-" * (wide + 2) + "+")
            out.extend(f"| {x.ljust(wide)} |" for x in lines)
            out.append("+" + "-" * (wide + 2) + "+")
        elif tag == "table":
            header, rows, ruled = list(block[1]), [list(r) for r in block[2]], bool(block[3])
            widths = _cols(header, rows)
            if ruled:
                rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
                out.append(rule)
                for row in [header, *rows]:
                    out.append(
                        "| "
                        + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
                        + " |"
                    )
                    out.append(rule)
            else:
                for row in [header, *rows]:
                    out.append(
                        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
                    )
                    if row is header:
                        out.append("  ".join("=" * w for w in widths))
        elif tag == "page":
            out.append("\f")
    return "\n".join(out).replace("\n\f\n", "\n\f") + "\n"


def _ly(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def as_lilypond(blocks: list[Block], font: str) -> str:
    """A LilyPond file of \\markup lines; `font` is roman, sans or typewriter."""
    face = {"roman": "\\roman", "sans": "\\sans", "typewriter": "\\typewriter"}[font]
    width = 92 if font != "typewriter" else 78
    out = [
        '\\version "2.24.0"',
        "\\header { tagline = ##f }",
        '\\paper { #(set-paper-size "letter") indent = 0 print-page-number = ##f',
        "  markup-markup-spacing = #'((basic-distance . 1) (padding . 0.4)) }",
    ]

    def line(text: str, bold: bool = False) -> None:
        body = f"\\bold {_ly(text)}" if bold else _ly(text)
        out.append(f"\\markup {face} \\abs-fontsize #9.5 {{ {body if text else _ly(' ')} }}")

    for block in blocks:
        tag = block[0]
        if tag == "title":
            out.append(f"\\markup {face} \\abs-fontsize #13 \\bold {_ly(str(block[1]))}")
        elif tag == "line":
            line(str(block[1]))
        elif tag == "blank":
            line("")
        elif tag == "para":
            for ln in _wrap(str(block[1]), width):
                line(ln)
        elif tag == "kv":
            for k, v in block[1]:
                out.append(
                    f"\\markup {face} \\abs-fontsize #9.5 \\concat {{ "
                    f"\\bold {_ly(k + ':' if k.strip() else k)} "
                    f"\\hspace #1.5 {_ly(v)} }}"
                )
        elif tag == "bullets":
            for item in block[1]:
                lines = _wrap(str(item), width - 4)
                line("\u2022 " + lines[0])
                for ln in lines[1:]:
                    line("   " + ln)
        elif tag == "box":
            inner = " ".join(_ly(str(x)) for x in block[1])
            out.append(
                f"\\markup {face} \\abs-fontsize #9.5 \\box \\pad-markup #1 \\column {{ {inner} }}"
            )
        elif tag == "table":
            header, rows, ruled = list(block[1]), [list(r) for r in block[2]], bool(block[3])
            ncol = len(header)
            aligns = " ".join(["-1"] * ncol)
            cells = " ".join(f"\\bold {_ly(h)}" for h in header)
            out.append(
                f"\\markup {face} \\abs-fontsize #9 \\override #'(padding . 2.2) "
                f"\\table #'({aligns}) {{ {cells} }}"
            )
            for row in rows:
                if ruled:
                    out.append("\\markup \\draw-hline")
                cells = " ".join(_ly(c) for c in row)
                out.append(
                    f"\\markup {face} \\abs-fontsize #9 \\override #'(padding . 2.2) "
                    f"\\table #'({aligns}) {{ {cells} }}"
                )
            if ruled:
                out.append("\\markup \\draw-hline")
        elif tag == "page":
            out.append("\\pageBreak")
    return "\n".join(out) + "\n"


def render_lilypond(blocks: list[Block], pdf: Path, font: str) -> None:
    """Typeset the markup with `lilypond --pdf` into pdf."""
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.ly"
        src.write_text(as_lilypond(blocks, font), encoding="utf-8")
        subprocess.run(
            [
                "nice",
                "lilypond",
                "--pdf",
                "-dno-point-and-click",
                "-o",
                str(Path(tmp) / "doc"),
                str(src),
            ],
            check=True,
            capture_output=True,
            cwd=tmp,
        )
        shutil.copyfile(Path(tmp) / "doc.pdf", pdf)


def render_vim(blocks: list[Block], pdf: Path, name: str, header: bool) -> None:
    """Print the text with Vim's :hardcopy to PostScript, then ps2pdf.

    Vim's own latin1 encoding vector names 0x2D /minus, which a PDF text layer reads as U+2212;
    the sender keeps a print/latin1.ps resource of its own in 'runtimepath' that names it /hyphen.
    """
    with tempfile.TemporaryDirectory() as tmp:
        rtp = Path(tmp) / "rtp" / "print"
        rtp.mkdir(parents=True)
        system = Path("/usr/share/vim/vim90/print/latin1.ps")
        found = sorted(Path("/usr/share/vim").glob("vim*/print/latin1.ps"))
        resource = (found[0] if found else system).read_text(encoding="latin-1")
        (rtp / "latin1.ps").write_text(
            resource.replace("/comma /minus", "/comma /hyphen"), encoding="latin-1"
        )
        txt = Path(tmp) / name
        txt.write_text(as_text(blocks), encoding="latin-1")
        ps = Path(tmp) / "doc.ps"
        opts = "paper:letter,formfeed:y,left:12mm,top:12mm,bottom:12mm," + (
            "header:2" if header else "header:0"
        )
        env = dict(os.environ, HOME=tmp)
        subprocess.run(
            [
                "nice",
                "vim",
                "-u",
                "NONE",
                "-i",
                "NONE",
                "-N",
                "-es",
                "-c",
                f"set runtimepath^={Path(tmp) / 'rtp'}",
                "-c",
                "set printencoding=latin1 printfont=courier:h9.5",
                "-c",
                f"set printoptions={opts}",
                "-c",
                f"hardcopy > {ps}",
                "-c",
                "q!",
                str(txt),
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=tmp,
        )
        subprocess.run(
            ["nice", "ps2pdf", str(ps), str(pdf)], check=True, capture_output=True, cwd=tmp
        )
