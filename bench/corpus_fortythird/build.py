"""Plan, lay out and print one document, and write its truth beside it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.corpus_fortythird import cases, penalty_styles, protest_styles, render, ruling_styles
from bench.corpus_fortythird.render import Page

PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
LAYOUTS = {
    "protest": protest_styles.LAYOUTS,
    "ruling-request": ruling_styles.LAYOUTS,
    "penalty-case": penalty_styles.LAYOUTS,
}


def pages(plan: dict[str, Any], kind: str) -> list[Page]:
    """The layout of one planned document."""
    return LAYOUTS[kind][plan["style"]](plan)


def name(kind: str, index: int, plan: dict[str, Any]) -> str:
    """KIND_NNN_PRODUCER_CASE.pdf"""
    return f"{PREFIX[kind]}_{index + 1:03d}_{plan['producer']}_{plan['case']}.pdf"


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Write the PDF and its truth; return the PDF's path."""
    plan = cases.plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / name(kind, index, plan)
    pdf.write_bytes(render.render(plan["producer"], pages(plan, kind)))
    pdf.with_suffix(".json").write_text(json.dumps(plan["truth"], indent=2) + "\n")
    return pdf
