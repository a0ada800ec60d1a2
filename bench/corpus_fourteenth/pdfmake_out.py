"""The `pdfmake` producer: Doc blocks become a pdfmake definition printed by node (js/render.js)."""

from __future__ import annotations

import json
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from bench.corpus_fourteenth.doc import Doc

JS = Path(__file__).parent / "js"
FONTS = {"sans": "Helvetica", "serif": "Times", "mono": "Courier", "dejavu": "DejaVu"}


def install() -> None:
    """`npm ci` in js/ when node_modules is missing (the Makefile does the same)."""
    if not (JS / "node_modules" / "pdfmake").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=JS, check=True,
                       capture_output=True)


def _table(spec: dict[str, Any]) -> dict[str, Any]:
    ncols = len(spec["header"])
    body: list[list[Any]] = [[{"text": h, "bold": True} for h in spec["header"]]]
    body += [list(row) for row in spec["rows"]]
    for span in spec["spans"]:
        row: list[Any] = [{"text": span[0], "colSpan": ncols - 1, "alignment": "right",
                           "bold": True}]
        row += [{} for _ in range(ncols - 2)]
        row.append({"text": span[1], "bold": True})
        body.append(row)
    widths = spec["widths"] or (["*"] * ncols if ncols < 5 else ["auto"] * ncols)
    return {"table": {"headerRows": 1, "widths": widths, "body": body},
            "margin": [0, 4, 0, 8], "fontSize": 9 if ncols < 5 else 8}


def definition(doc: Doc) -> dict[str, Any]:
    content: list[Any] = []
    for kind, data in doc.blocks:
        if kind == "title":
            content.append({"text": data, "fontSize": 14, "bold": True, "margin": [0, 6, 0, 6]})
        elif kind in ("para", "bpara"):
            content.append({"text": data, "bold": kind == "bpara", "margin": [0, 0, 0, 6]})
        elif kind == "pairs":
            content.append({"layout": "noBorders", "margin": [0, 0, 0, 8], "table": {
                "widths": [150, "*"], "body": [[{"text": k, "bold": True}, v] for k, v in data]}})
        elif kind == "table":
            content.append(_table(data))
        elif kind == "break":
            content.append({"text": "", "pageBreak": "after"})
        elif kind == "stamp":
            content.append({"table": {"widths": [180], "body": [[{"text": "\n".join(data),
                            "bold": True, "alignment": "center"}]]}, "margin": [300, 0, 0, 8]})
        elif kind == "space":
            content.append({"text": " ", "margin": [0, 6, 0, 6]})
    return {"content": content, "pageSize": "LETTER", "pageMargins": [60, 60, 60, 60],
            "defaultStyle": {"font": FONTS[doc.font], "fontSize": 10.5},
            "headerText": doc.header, "footerText": doc.footer}


def render_all(jobs: list[tuple[Doc, Path]]) -> None:
    """Print every document with one node process."""
    if not jobs:
        return
    install()
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "jobs.json"
        spec.write_text(json.dumps([{"out": str(out), "doc": definition(doc)}
                                    for doc, out in jobs]))
        subprocess.run(["node", str(JS / "render.js"), str(spec)], check=True, capture_output=True)
