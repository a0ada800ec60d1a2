"""Plan and write one document: the PDF from its producer and the truth .json beside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.corpus_fortyninth import penalties, protests, render, rulings

PLANNERS = {
    "protest": protests.plan,
    "ruling-request": rulings.plan,
    "penalty-case": penalties.plan,
}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    return PLANNERS[kind](index, seed)


def font_for(p: dict[str, Any]) -> str:
    return (
        "Courier"
        if p["truth"]["style"] == "fixedwidth"
        else ("Times" if p["truth"]["style"] in ("letter", "counsel") else "Helvetica")
    )


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    p = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{p['name']}.pdf"
    render.render(p["producer"], p["blocks"], pdf, font_for(p))
    pdf.with_suffix(".json").write_text(json.dumps(p["truth"], indent=2) + "\n")
    return pdf
