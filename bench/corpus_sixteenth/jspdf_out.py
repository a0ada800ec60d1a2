"""The `jspdf` producer: the page model handed to jsPDF under Node.js (js/render.js)."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from bench.corpus_sixteenth.layout import Badge, Document, Rule, Text

JS = Path(__file__).parent / "js"
STYLE = {
    (False, "helvetica"): "normal",
    (True, "helvetica"): "bold",
    (False, "times"): "normal",
    (True, "times"): "bold",
    (False, "courier"): "normal",
    (True, "courier"): "bold",
}


def _op(element: Text | Rule | Badge) -> dict[str, Any]:
    if isinstance(element, Text):
        return {
            "op": "text",
            "font": element.face,
            "style": STYLE[element.bold, element.face],
            "size": element.size,
            "color": list(element.colour),
            "text": element.text,
            "x": element.x,
            "y": element.y,
            "align": element.align,
        }
    if isinstance(element, Rule):
        return {
            "op": "line",
            "x1": element.x1,
            "y1": element.y1,
            "x2": element.x2,
            "y2": element.y2,
            "width": element.width,
            "color": list(element.colour),
        }
    return {
        "op": "rect",
        "x": element.x,
        "y": element.y,
        "w": element.w,
        "h": element.h,
        "r": 3,
        "mode": "FD",
        "fill": list(element.fill),
        "stroke": list(element.stroke),
        "width": 0.6,
    }


def render(doc: Document, out: Path) -> None:
    """Write DOC to OUT through jsPDF; the npm packages must be installed in js/ (`npm ci`)."""
    if not (JS / "node_modules" / "jspdf").is_dir():
        raise RuntimeError(
            f"{JS}/node_modules is missing: run `npm ci` in {JS} (make install does)"
        )
    spec = {
        "orientation": "landscape" if doc.landscape else "portrait",
        "title": doc.title,
        "creator": "case tool (jsPDF)",
        "pages": [[_op(e) for e in page] for page in doc.pages],
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(spec, handle)
    try:
        subprocess.run(
            ["node", str(JS / "render.js"), handle.name, str(out)],
            check=True,
            capture_output=True,
            timeout=120,
        )
    finally:
        Path(handle.name).unlink()
