"""Plan, render and write one document with its truth file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.corpus_fortysixth import penalty, protest, render, ruling

MODULES = {"protest": protest, "ruling-request": ruling, "penalty-case": penalty}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
PRODUCERS = ["psprint", "grace"]
# Grace fonts by style: 0 Times-Roman, 4 Helvetica, 8 Courier; ps-print always sets Courier.
GRACE_FONT = {
    "fax": 0,
    "grid": 4,
    "letter": 0,
    "fwdmemo": 0,
    "table": 4,
    "sections": 0,
    "worksheet": 4,
    "memo": 8,
    "fixed": 8,
}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The plan of one document: case, style, producer, facts and truth."""
    p: dict[str, Any] = MODULES[kind].plan(index, seed)
    p["producer"] = PRODUCERS[index % 2]
    return p


def truth_json(p: dict[str, Any]) -> dict[str, Any]:
    """The truth file in corpus-b's format (plus `style`)."""
    t = p["truth"]
    return {
        "kind": p["kind"],
        "family": p["producer"],
        "case": p["case"],
        "style": p["style"],
        "args": t["args"],
        "values": t["values"],
        "decision": t["decision"],
        "not_scored": t["not_scored"],
    }


def blocks(p: dict[str, Any]) -> list[render.Page]:
    """The pages (lines) the document prints."""
    pages: list[render.Page] = MODULES[p["kind"]].render(p)
    return pages


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Render document `index` of `kind` into OUT/kind/ and write its truth beside it."""
    p = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{p['producer']}_{p['case']}.pdf"
    pages = blocks(p)
    if p["producer"] == "psprint":
        render.psprint(pages, pdf, font_size=10.0 if p["style"] not in ("fixed",) else 9.5)
    else:
        render.grace(pages, pdf, font=GRACE_FONT[p["style"]])
    pdf.with_suffix(".json").write_text(json.dumps(truth_json(p), indent=2) + "\n")
    return pdf
