"""The a2ps producer: plain text to PostScript with a2ps's own page headers, then ps2pdf."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

from bench.corpus_thirtieth.model import TextPrint

# HP Roman-8 maps '-' to the hyphen glyph; a2ps's default Latin-1 vector prints it as a minus sign
# (U+2212 in the text layer), which no sender would have meant in an entry number or a date.
ENCODING = "hp"


def print_text(job: TextPrint, pdf: Path) -> None:
    """One page per sheet, portrait, US Letter, as printed from a terminal."""
    with tempfile.TemporaryDirectory() as tmp:
        ps = Path(tmp) / "job.ps"
        subprocess.run(
            ["a2ps", "-q", "-1", "--portrait", "--borders=no", "-M", "letter", "-X", ENCODING,
             f"--pretty-print={'mail' if job.mail else 'plain'}", f"--header={job.header}",
             f"--left-title={job.left_title}", f"--center-title={job.center_title}",
             f"--right-title={job.right_title}", "--left-footer=", "--footer=",
             "--right-footer=", "--stdin=document", "-o", str(ps)],
            input=job.text.encode("ascii"), check=True, capture_output=True)
        env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
        subprocess.run(["ps2pdf", "-sPAPERSIZE=letter", str(ps), str(pdf)], check=True,
                       capture_output=True, env=env)
