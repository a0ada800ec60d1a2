"""XeLaTeX with fontspec and system fonts: the shared preamble and the compile."""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from pathlib import Path

FONTS = [("Liberation Serif", "Liberation Sans"), ("DejaVu Serif", "DejaVu Sans"),
         ("Liberation Sans", "DejaVu Sans"), ("DejaVu Sans", "Liberation Serif")]


def preamble(rng: random.Random, klass: str, header_left: str, header_right: str,
             extra: str = "") -> str:
    """Document class, fonts and a repeated page header carrying the case reference."""
    main, other = rng.choice(FONTS)
    size = rng.choice(["11pt", "12pt"])
    options = f"{size},letterpaper" + (",oneside" if klass == "memoir" else "")
    # XeTeX writes no space glyphs: word spaces are widened past the 3 pt a text reader needs.
    return rf"""\documentclass[{options}]{{{klass}}}
\usepackage{{fontspec}}
\setmainfont{{{main}}}[WordSpace={{1.45,1.6,1.2}}]
\newfontfamily\other{{{other}}}[WordSpace=1.45]
\usepackage[margin=1in,marginparwidth=1.1in,marginparsep=0.15in]{{geometry}}
\usepackage{{longtable,tabularx,array,fancyhdr,marginnote,enumitem,xcolor,lastpage}}
\hyphenpenalty=10000 \exhyphenpenalty=10000
\pagestyle{{fancy}}\fancyhf{{}}
\fancyhead[L]{{\small {header_left}}}\fancyhead[R]{{\small {header_right}}}
\fancyfoot[C]{{\small Page \thepage\ of \pageref{{LastPage}}}}
\setlength{{\parskip}}{{0.6em}}\setlength{{\parindent}}{{0pt}}
{extra}
"""


def compile_pdf(source: str, out: Path) -> None:
    """Two xelatex runs (page references); the PDF is copied to OUT."""
    with tempfile.TemporaryDirectory(prefix="s17-tex-") as tmp:
        main = Path(tmp) / "doc.tex"
        main.write_text(source, encoding="utf-8")
        for _ in range(2):
            command = ["xelatex", "-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
            run = subprocess.run(command,
                                 cwd=tmp, capture_output=True, timeout=180)
            if run.returncode != 0:
                log = (Path(tmp) / "doc.log").read_text(errors="replace")
                raise RuntimeError(f"xelatex failed for {out.name}:\n{log[-2500:]}")
        shutil.copyfile(main.with_suffix(".pdf"), out)
