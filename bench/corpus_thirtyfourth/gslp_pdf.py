"""The gslp producer: plain text laid out by ghostscript's own line printer (gslp.ps) into PDF."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from bench.corpus_thirtyfourth.model import WIDTH, Doc


def plain_text(doc: Doc) -> str:
    """DOC as a printout: cells padded to columns, rules as dashes, pages split by form feeds."""
    pages = []
    for lines in doc.pages:
        rows = []
        for line in lines:
            if line is None:
                rows.append("-" * WIDTH)
                continue
            row = ""
            for cell in line:
                row = row.ljust(cell.col) if len(row) < cell.col else row + " "
                row += cell.text
            rows.append(row.rstrip())
        pages.append("\n".join(rows))
    return "\f".join(pages) + "\n"


def gslp() -> Path:
    """The gslp.ps that ships with the installed ghostscript."""
    return sorted(Path("/usr/share/ghostscript").glob("*/lib/gslp.ps"))[-1]


def print_pdf(doc: Doc, font: str, pdf: Path) -> None:
    """Print DOC with gslp in FONT (e.g. Courier10); StandardEncoding keeps `-` a hyphen."""
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "print.txt"
        text.write_text(plain_text(doc), encoding="ascii", errors="replace")
        subprocess.run(
            [
                "gs",
                "-q",
                "-dNOPAUSE",
                "-dBATCH",
                "-dSAFER",
                f"--permit-file-read={tmp}/",
                "-sDEVICE=pdfwrite",
                f"-sOutputFile={pdf}",
                "-sPAPERSIZE=letter",
                "--",
                str(gslp()),
                "--encoding",
                "StandardEncoding",
                f"-f{font}",
                "-B",
                "--margin-left",
                "0.6",
                "--margin-right",
                "0.4",
                "--margin-top",
                "0.7",
                str(text),
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
