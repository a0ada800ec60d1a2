"""Plan and write one document with its truth."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.corpus_fortyfourth import penalties, protests, render, rulings

KINDS = {
    "protest": ("protest", protests),
    "ruling-request": ("ruling", rulings),
    "penalty-case": ("penalty", penalties),
}
FONTS = {
    "grid": "typewriter",
    "letter": "roman",
    "checklist": "sans",
    "counsel": "roman",
    "summary": "sans",
    "email": "typewriter",
    "memo": "roman",
    "report": "typewriter",
    "worksheet": "sans",
}


def producer(index: int) -> str:
    """Producers alternate by index."""
    return "lilypond" if index % 2 == 0 else "vimprint"


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The truth and the blocks of one document."""
    _, module = KINDS[kind]
    result: dict[str, Any] = module.plan(index, seed)
    result["truth"]["family"] = producer(index)
    return result


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Render one document and its truth file; return the PDF path."""
    prefix, _ = KINDS[kind]
    p = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{prefix}_{index + 1:03d}_{producer(index)}_{p['case']}.pdf"
    if producer(index) == "lilypond":
        render.render_lilypond(p["blocks"], pdf, FONTS[p["style"]])
    else:
        render.render_vim(p["blocks"], pdf, f"{prefix}-{p['style']}.txt", p["style"] != "report")
    pdf.with_suffix(".json").write_text(json.dumps(p["truth"], indent=2) + "\n")
    return pdf
