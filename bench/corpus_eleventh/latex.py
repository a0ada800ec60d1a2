"""Prints a Document with pdflatex (texlive-latex-base only: geometry, longtable, fbox,
minipage)."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

from bench.corpus_eleventh import doc

_SPECIAL = {
    "\\": r"\textbackslash{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
FONTS = {"serif": r"\rmfamily", "sans": r"\sffamily", "mono": r"\ttfamily"}


def escape(text: str) -> str:
    """Escapes TeX specials and breaks the ligatures (ff, fi, --, quotes) that change
    extracted text."""
    out = "".join(_SPECIAL.get(ch, ch) for ch in text)
    out = re.sub(r"f(?=[fil])", "f{}", out)
    out = out.replace("-", "-{}").replace('"', "''")
    return out.replace("`", "{`}").replace("<", "(").replace(">", ")")


def _block(block: doc.Block) -> str:
    if isinstance(block, doc.Title):
        return "\\begin{center}{\\Large\\bfseries " + escape(block.text) + "}\\end{center}\n"
    if isinstance(block, doc.Para):
        text = escape(block.text)
        return ("\\textbf{" + text + "}" if block.bold else text) + "\\par\\medskip\n"
    if isinstance(block, doc.Lines):
        return (
            "\\noindent " + "\\\\\n".join(escape(line) for line in block.lines) + "\\par\\medskip\n"
        )
    if isinstance(block, doc.Table):
        rule = "\\hline" if block.ruled else ""
        sep = "|" if block.ruled else ""
        spec = sep + sep.join("l" for _ in block.header) + sep
        head = " & ".join("\\textbf{" + escape(h) + "}" for h in block.header)
        rows = "\n".join(" & ".join(escape(c) for c in row) + " \\\\ " + rule for row in block.rows)
        return (
            f"\\begin{{longtable}}{{{spec}}}{rule}\n{head} \\\\ {rule}\n{rows}\n"
            "\\end{longtable}\n"
        )
    if isinstance(block, doc.Boxes):
        width = f"{0.96 / len(block.cells):.3f}\\linewidth"
        cells = "".join(
            f"\\fbox{{\\begin{{minipage}}[t][3.2em]{{{width}}}{{\\small {escape(cap)}}}\\\\"
            f"{escape(value) or '~'}\\end{{minipage}}}}"
            for cap, value in block.cells
        )
        return "\\noindent " + cells + "\\par\\smallskip\n"
    if isinstance(block, doc.Checks):
        marks = "\\quad ".join(
            ("\\fbox{X}" if on else "\\fbox{\\phantom{X}}") + " " + escape(opt)
            for opt, on in block.options
        )
        return "\\noindent " + escape(block.label) + "\\quad " + marks + "\\par\\smallskip\n"
    if isinstance(block, doc.PageBreak):
        return "\\newpage\n"
    raise TypeError(block)


def to_tex(document: doc.Document) -> str:
    geometry = "margin=0.8in" + (",landscape" if document.landscape else "")
    body = "".join(_block(b) for b in document.blocks)
    return (
        "\\documentclass[11pt,letterpaper]{article}\n"
        f"\\usepackage[{geometry}]{{geometry}}\n\\usepackage{{longtable}}\n"
        "\\pagestyle{empty}\\setlength{\\parindent}{0pt}\n"
        "\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\sloppy\n"
        "\\pdfinfo{/Creator (pdflatex)}\n"
        f"\\begin{{document}}{FONTS[document.font]}\n{body}\\end{{document}}\n"
    )


def render(document: doc.Document, out: Path) -> None:
    """Runs pdflatex twice (longtable widths settle on the second run) in a scratch folder."""
    with tempfile.TemporaryDirectory(prefix="corpus-eleventh-") as scratch:
        tex = Path(scratch) / "doc.tex"
        tex.write_text(to_tex(document))
        for _ in range(2):
            run = subprocess.run(
                ["pdflatex", "-interaction=nonstopmode", "-halt-on-error", tex.name],
                cwd=scratch,
                capture_output=True,
                text=True,
                timeout=120,
            )
            if run.returncode != 0:
                raise RuntimeError(f"pdflatex failed on {out.name}: {run.stdout[-1500:]}")
        out.write_bytes((Path(scratch) / "doc.pdf").read_bytes())
