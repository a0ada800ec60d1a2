"""Blocks typeset by XeLaTeX: description lists, longtables with repeated heads, footnoted
citations, a two-column signature."""

from __future__ import annotations

import random

from bench.corpus_seventeenth.blocks import Doc, Fields, Para, Sign, Table, Title
from bench.corpus_seventeenth.fmt import tex
from bench.corpus_seventeenth.tex import preamble


def _fields(block: Fields, rng: random.Random) -> str:
    if block.numbered or rng.random() < 0.5:
        rows = "\n".join(rf"\textbf{{{tex(k)}}} & {tex(v)} \\[2pt]" for k, v in block.pairs)
        return r"\begin{tabularx}{\linewidth}{@{}p{1.9in}X@{}}" + "\n" + rows + \
            r"\end{tabularx}" + "\n"
    items = "\n".join(rf"\item[{tex(k)}] {tex(v)}" for k, v in block.pairs)
    return r"\begin{description}[style=nextline,font=\bfseries]" + "\n" + items + \
        r"\end{description}" + "\n"


def _table(block: Table) -> str:
    cols = "|".join("l" for _ in block.headers)
    head = " & ".join(rf"\textbf{{{tex(h)}}}" for h in block.headers) + r" \\ \hline"
    rows = "\n".join(" & ".join(tex(c) for c in row) + r" \\" for row in block.rows)
    caption = rf"\textbf{{{tex(block.caption)}}}\par" if block.caption else ""
    return rf"""{caption}
{{\footnotesize\setlength{{\tabcolsep}}{{4pt}}\begin{{longtable}}{{|{cols}|}}
\hline {head}
\endfirsthead
\hline {head}
\endhead
\hline
\endfoot
{rows}
\end{{longtable}}}}
"""


def _sign(block: Sign) -> str:
    mark = rf"{tex(block.mark)}\\" if block.mark else r"\rule{2.5in}{0.4pt}\\"
    left = r"\\ ".join(tex(x) for x in block.left)
    right = r"\\ ".join(tex(x) for x in block.right)
    return (rf"\par\vspace{{1.5em}}\noindent\begin{{minipage}}[t]{{0.48\linewidth}}{mark}{left}"
            rf"\end{{minipage}}\hfill\begin{{minipage}}[t]{{0.45\linewidth}}\vspace{{1.2em}}{right}"
            r"\end{minipage}" + "\n")


def render(doc: Doc, rng: random.Random) -> str:
    klass = rng.choice(["article", "memoir"])
    head = preamble(rng, klass, tex(doc.header), r"\thepage")
    parts: list[str] = []
    if doc.letterhead:
        first, *rest = doc.letterhead
        parts.append(rf"\begin{{center}}{{\Large\bfseries {tex(first)}}}\\ "
                     + r"\\ ".join(tex(x) for x in rest) + r"\end{center}")
    for block in doc.blocks:
        if isinstance(block, Title):
            sub = rf"\\{{\small {tex(block.sub)}}}" if block.sub else ""
            parts.append(rf"{{\Large\bfseries {tex(block.text)}}}{sub}\par")
        elif isinstance(block, Fields):
            parts.append(_fields(block, rng))
        elif isinstance(block, Para):
            heading = rf"\textbf{{{tex(block.heading)}}}\par " if block.heading else ""
            note = rf"\footnote{{{tex(block.footnote)}}}" if block.footnote else ""
            parts.append(f"{heading}{tex(block.text)}{note}\n")
        elif isinstance(block, Table):
            parts.append(_table(block))
        else:
            parts.append(_sign(block))
    body = "\n\n".join(parts)
    return f"{head}\n\\begin{{document}}\n{body}\n\\end{{document}}\n"
