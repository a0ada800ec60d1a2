# ruff: noqa: E501
"""The two producers: Ruby's Origami (origami_print.rb) and Perl's PostScript::Simple (ps_print.pl),
whose PostScript ghostscript's ps2pdf makes a PDF. Both draw the same drawing lists (layout.py)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
PRODUCERS = ("origami", "pssimple")

# PostScript::Simple re-encodes the fonts with ISOLatin1Encoding, whose 0x2D is /minus and 0x27 and 0x60
# the curly quotes; senders' hyphens and apostrophes stay what they are typed as.
_ENCODING_FIX = (
    "%%BeginProlog\n/ISOLatin1Encoding ISOLatin1Encoding 256 array copy dup 39 /quotesingle put"
    " dup 45 /hyphen put dup 96 /grave put def\n"
)
_ID = re.compile(rb"/ID \[<([0-9A-F]{32})><([0-9A-F]{32})>\]")


def available() -> bool:
    return all(shutil.which(t) for t in ("ruby", "perl", "ps2pdf"))


def render(pages: list[list[Any]], producer: str) -> bytes:
    plan = json.dumps({"size": [612, 792], "pages": pages}, ensure_ascii=False)
    with tempfile.TemporaryDirectory(prefix="c56-") as tmp:
        Path(tmp, "plan.json").write_text(plan, encoding="utf-8")
        if producer == "origami":
            subprocess.run(
                ["ruby", str(HERE / "origami_print.rb"), "plan.json", "doc.pdf"],
                cwd=tmp,
                check=True,
                capture_output=True,
            )
            return Path(tmp, "doc.pdf").read_bytes()
        subprocess.run(
            ["perl", str(HERE / "ps_print.pl"), "plan.json", "doc.ps"],
            cwd=tmp,
            check=True,
            capture_output=True,
        )
        ps = Path(tmp, "doc.ps").read_text(encoding="latin-1")
        ps = ps.replace("%%BeginProlog\n", _ENCODING_FIX, 1)
        ps = re.sub(r"(?m)^%%CreationDate:.*$", "%%CreationDate: (fixed)", ps)
        Path(tmp, "doc.ps").write_text(ps, encoding="latin-1")
        env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
        subprocess.run(
            ["ps2pdf", "doc.ps", "doc.pdf"], cwd=tmp, check=True, capture_output=True, env=env
        )
        pdf = Path(tmp, "doc.pdf").read_bytes()
    # ghostscript's file identifier hashes the clock: replace it by one of the drawing, same length
    ident = hashlib.md5(plan.encode("utf-8")).hexdigest().upper().encode()
    return _ID.sub(b"/ID [<" + ident + b"><" + ident + b">]", pdf)
