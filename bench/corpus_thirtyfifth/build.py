"""Plan, decide and print one document: `make` gives (Doc, truth), `write` prints both."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.corpus_thirtyfifth import penalty, protest, render_pyx, render_react, ruling
from bench.corpus_thirtyfifth.model import Doc

KINDS: dict[str, tuple[ModuleType, tuple[str, ...], str]] = {
    "protest": (protest, protest.STYLES, "protest"),
    "ruling-request": (ruling, ruling.STYLES, "ruling"),
    "penalty-case": (penalty, penalty.STYLES, "penalty"),
}
PRODUCERS = ("react", "pyx")


def producer_of(index: int) -> str:
    return PRODUCERS[index % 2]


def style_of(kind: str, index: int, seed: int) -> str:
    styles = KINDS[kind][1]
    return styles[(index // 2 + seed) % len(styles)]


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    module, _, short = KINDS[kind]
    case = module.CASES[index % len(module.CASES)]
    rng = random.Random(f"thirtyfifth/{seed}/{kind}/{index}")
    facts = module.plan(case, rng)
    values, decision, not_scored, args = module.truth(facts)
    style = style_of(kind, index, seed)
    doc = module.render(facts, style, rng)
    producer = producer_of(index)
    doc.stem = f"{short}_{index + 1:03d}_{producer}_{case}"
    truth = {
        "kind": kind,
        "family": producer,
        "case": case,
        "style": style,
        "args": args,
        "values": values,
        "decision": decision,
        "not_scored": not_scored,
    }
    return doc, truth


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    doc, truth = make(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{doc.stem}.pdf"
    writer = render_react if producer_of(index) == "react" else render_pyx
    writer.write_pdf(doc.spec(), pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
    return pdf
