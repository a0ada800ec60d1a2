"""The `textpdf` producer: the page description handed to a Perl Text::PDF writer (textpdf.pl)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from .page import Doc, Line

SCRIPT = Path(__file__).with_name("textpdf.pl")


def render(doc: Doc, pdf: Path) -> None:
    pages = [[["L", op.x0, op.y0, op.x1, op.y1, op.width] if isinstance(op, Line)
              else ["T", op.x, op.y, op.font, op.size, op.text] for op in page]
             for page in doc.pages]
    subprocess.run(["perl", str(SCRIPT), str(pdf)], input=json.dumps({"pages": pages}),
                   text=True, check=True, capture_output=True, timeout=60)
