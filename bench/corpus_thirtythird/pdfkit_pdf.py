"""The `pdfkit` producer: the blocks as JSON, set by js/render.js on node."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path

from bench.corpus_thirtythird.model import Doc

JS = Path(__file__).with_name("js")


def write(doc: Doc, face: str, title: str, out: Path) -> None:
    if not (JS / "node_modules" / "pdfkit").is_dir():
        raise RuntimeError(f"run `npm ci` in {JS} first (make npm)")
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "doc.json"
        spec.write_text(json.dumps({"face": face, "title": title, "blocks": doc.blocks}))
        subprocess.run(
            ["node", str(JS / "render.js"), str(spec), str(out)],
            check=True,
            cwd=JS,
            capture_output=True,
            timeout=60,
        )
