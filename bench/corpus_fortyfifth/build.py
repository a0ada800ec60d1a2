"""Plan one document (case, sender style, producer), draw it and write the PDF with its truth."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from bench.corpus_fortyfifth import penalties, protests, render, rulings
from bench.corpus_fortyfifth.sheet import Sheet

MODULES: dict[str, Any] = {
    "protest": protests,
    "ruling-request": rulings,
    "penalty-case": penalties,
}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
PRODUCERS = ("asy", "perlcairo")


def plan(kind: str, index: int, seed: int) -> tuple[dict[str, Any], Sheet, str, str]:
    """(truth, sheet, style, producer) for document `index`; the same seed gives the same plan."""
    module = MODULES[kind]
    doc = module.plan(index, seed)
    style = module.STYLES[(index + seed) % len(module.STYLES)]
    producer = PRODUCERS[(index + seed) % 2]
    sheet = module.draw(doc, style, random.Random(f"{kind}-draw-{seed}-{index}"))
    truth = dict(doc["truth"])
    truth["family"] = producer
    truth["style"] = style
    return truth, sheet, style, producer


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    truth, sheet, _style, producer = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{producer}_{truth['case']}.pdf"
    render.PRODUCERS[producer](sheet.pages, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf
