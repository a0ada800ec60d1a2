"""One document: its case, style and producer from (kind, index, seed); its truth; its PDF."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from bench.corpus_thirtysixth import penalties, producers, protests, rulings
from bench.corpus_thirtysixth.model import Doc

KINDS: dict[str, tuple[Any, list[str], str]] = {
    "protest": (protests, protests.STYLES, "protest"),
    "ruling-request": (rulings, rulings.STYLES, "ruling"),
    "penalty-case": (penalties, penalties.STYLES, "penalty"),
}
PRODUCERS = ["htmldoc", "gnuplot"]


def style_of(kind: str, index: int, seed: int) -> str:
    styles = KINDS[kind][1]
    return styles[(index + seed) % len(styles)]


def producer_of(index: int) -> str:
    return PRODUCERS[index % 2]


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    module, _, prefix = KINDS[kind]
    case = module.CASES[index % len(module.CASES)]
    style = style_of(kind, index, seed)
    producer = producer_of(index)
    rng = random.Random(f"hand36/{kind}/{index}/{seed}")
    doc = Doc(f"{prefix}_{index + 1:03d}_{producer}_{case}")
    f = module.facts(case, rng)
    if kind == "protest":
        shown = module.render(f, style, rng, doc)
        body = module.truth(f, shown)
    elif kind == "ruling-request":
        body = module.truth(f, module.render(f, style, rng, doc))
    else:
        module.render(f, style, rng, doc)
        body = module.truth(f)
    truth = {
        "kind": kind,
        "case": case,
        "family": producer,
        "style": style,
        "args": body["args"],
        "values": body["values"],
        "decision": body["decision"],
        "not_scored": body["not_scored"],
    }
    return doc, truth


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    doc, truth = make(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{doc.stem}.pdf"
    producers.PRODUCERS[producer_of(index)](doc, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf
