"""Prints jobs as LaTeX: `latex` writes DVI, `dvipdfmx` turns it into PDF (not pdflatex)."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path
from typing import Any

SPECIAL = {"\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
           "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
           "\u2014": "---", "\u2013": "--", "\u2610": "[~~]", "\u2612": "[X]"}
FAMILY = {"Helvetica": r"\sffamily", "dejavu": r"\sffamily", "Times": r"\rmfamily",
          "Courier": r"\ttfamily"}
ALIGN = {"J": "", "L": r"\raggedright ", "C": r"\centering ", "R": r"\raggedleft "}


def escape(text: str) -> str:
    """TEXT with TeX's special characters made literal."""
    return "".join(SPECIAL.get(char, char) for char in text)


def _styled(text: str, style: str) -> str:
    if "B" in style:
        text = rf"\textbf{{{text}}}"
    if "I" in style:
        text = rf"\textit{{{text}}}"
    return text


def _size(size: float, base: float) -> str:
    if not size or size == base:
        return ""
    return r"\small " if size < base else r"\large "


def _table(block: dict[str, Any], base: float) -> str:
    bar = "|" if block["border"] else ""
    cols = bar + bar.join(rf">{{\raggedright\arraybackslash}}p{{{w * 0.93:.3f}\linewidth}}"
                          for w in block["widths"]) + bar
    hline = r"\hline" if block["border"] else ""
    out = [r"{" + _size(block["size"], base) + r"\begin{longtable}{" + cols + "}" + hline]
    if block["header"]:
        head = " & ".join(rf"\textbf{{{escape(c)}}}" for c in block["header"])
        out.append(head + r" \\ " + (hline or r"\hline") + r" \endhead")
    for row in block["rows"]:
        out.append(" & ".join(escape(c).replace("\n", r" \newline ") for c in row)
                   + r" \\ " + hline)
    out.append(r"\end{longtable}}")
    return "\n".join(out)


def _block(block: dict[str, Any], base: float) -> str:
    kind = block["t"]
    if kind == "para":
        note = rf"\footnote{{{escape(block['footnote'])}}}" if block.get("footnote") else ""
        indent = rf"\leftskip={block['indent']}pt " if block.get("indent") else ""
        return ("{" + ALIGN[block["align"]] + indent + _size(block["size"], base)
                + _styled(escape(block["text"]), block["style"]) + note + r"\par}" + "\n"
                + r"\medskip")
    if kind == "lines":
        indent = rf"\leftskip={block['indent']}pt " if block.get("indent") else ""
        body = r"\\ ".join(_styled(escape(line), block["style"]) for line in block["lines"])
        return ("{" + ALIGN[block["align"]] + indent + _size(block["size"], base) + body
                + r"\par}" + "\n" + r"\medskip")
    if kind in ("table", "kv"):
        return _table(block, base)
    if kind == "box":
        title = rf"\textbf{{{escape(block['text'])}}}\par\smallskip " if block["text"] else ""
        body = r"\par ".join(escape(line) for line in block["lines"])
        return (r"\noindent\fbox{\parbox{0.96\linewidth}{" + title + body + r"}}" + "\n"
                + r"\medskip")
    if kind == "sigside":
        left = r"\\ ".join(escape(line) or "~" for line in block["left"])
        right = r"\\ ".join(escape(line) or "~" for line in block["right"])
        return (r"\par\noindent\begin{minipage}[t]{0.45\linewidth}\raggedright " + left
                + r"\end{minipage}\hfill\begin{minipage}[t]{0.45\linewidth}\raggedright "
                + right + r"\end{minipage}\par\medskip")
    if kind == "rule":
        return r"\par\noindent\rule{\linewidth}{0.4pt}\par"
    if kind == "space":
        return rf"\vspace{{{block['h']}pt}}"
    if kind == "page":
        return r"\newpage"
    raise ValueError(f"unknown block {kind}")


def source(job: dict[str, Any]) -> str:
    """The LaTeX source of one job."""
    base = job["size"]
    points = 10 if base < 10.5 else 11 if base < 11.5 else 12
    header = escape(job["header"])
    return "\n".join([
        rf"\documentclass[{points}pt,letterpaper]{{article}}",
        r"\usepackage[margin=1in,headheight=14pt]{geometry}",
        r"\usepackage{array,longtable,fancyhdr}",
        r"\pagestyle{fancy}\fancyhf{}\renewcommand{\headrulewidth}{0pt}",
        rf"\fancyhead[R]{{\small {header}}}",
        r"\fancyfoot[C]{\small Page \thepage}" if job["footer"] else "",
        # No hyphens inside names and numbers; \sloppy stretches spaces rather than overfill lines.
        r"\hyphenpenalty=10000 \exhyphenpenalty=10000 \sloppy \setlength{\parindent}{0pt}",
        r"\begin{document}",
        FAMILY[job["family"]],
        # Interword spaces that never shrink: squeezed lines would print words with no visible gap.
        r"\spaceskip=0.4em plus 0.8em minus 0em",
        *(_block(block, base) for block in job["blocks"]),
        r"\end{document}",
    ])


def print_all(jobs: list[tuple[Path, dict[str, Any]]]) -> None:
    """Compiles every (pdf path, job) with latex and converts the DVI with dvipdfmx."""
    with tempfile.TemporaryDirectory(prefix="corpus22-tex-") as folder:
        work = Path(folder)
        for number, (pdf, job) in enumerate(jobs):
            tex = work / f"doc{number}.tex"
            tex.write_text(source(job), encoding="utf-8")
            done = subprocess.run(["latex", "-interaction=nonstopmode", "-halt-on-error",
                                   tex.name], cwd=work, capture_output=True, text=True)
            if done.returncode != 0:
                raise RuntimeError(f"latex failed on {pdf.name}: {done.stdout[-1500:]}")
            subprocess.run(["dvipdfmx", "-q", "-o", str(pdf), tex.with_suffix(".dvi").name],
                           cwd=work, check=True, capture_output=True)
