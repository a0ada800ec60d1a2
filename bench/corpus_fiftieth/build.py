"""Plan and write one document: the truth from the plan, the PDF from its layout."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.corpus_fiftieth import penalties, protests, rulings
from bench.corpus_fiftieth.render import PRODUCERS, render

PLANNERS = {
    "protest": protests.plan,
    "ruling-request": rulings.plan,
    "penalty-case": penalties.plan,
}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}


def producer_of(index: int) -> str:
    return PRODUCERS[index % len(PRODUCERS)]


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The truth, the layout (blocks) and the strings the text layer must carry; no file is
    written."""
    result = PLANNERS[kind](index, seed)
    result["truth"]["family"] = producer_of(index)
    result["producer"] = producer_of(index)
    result["name"] = (
        f"{PREFIX[kind]}_{index + 1:03d}_{result['producer']}_{result['truth']['case']}"
    )
    return result


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    planned = plan(kind, index, seed)
    pdf = out / kind / f"{planned['name']}.pdf"
    render(planned["producer"], planned["layout"], pdf)
    pdf.with_suffix(".json").write_text(json.dumps(planned["truth"], indent=2) + "\n")
    return pdf


def fold(text: str) -> str:
    return " ".join(text.split())


def unprinted(kind: str, index: int, seed: int, pdf: Path) -> list[str]:
    """The scored strings of the plan that the PDF's text layer (pdfplumber) does not carry."""
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        text = fold(" ".join(page.extract_text() or "" for page in document.pages))
    return [item for item in plan(kind, index, seed)["printed"] if fold(item) not in text]
