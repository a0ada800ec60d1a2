"""Builds one document: its case facts, its truth, its layout, and the PDF from its producer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.corpus_twentyninth import (
    builder,
    enscript,
    penalty_cases,
    penalty_styles,
    protest_cases,
    protest_styles,
    ruling_cases,
    ruling_styles,
)
from bench.corpus_twentyninth.doc import Doc, rng

KINDS: dict[str, tuple[ModuleType, ModuleType, str]] = {
    "protest": (protest_cases, protest_styles, "protest"),
    "ruling-request": (ruling_cases, ruling_styles, "ruling"),
    "penalty-case": (penalty_cases, penalty_styles, "penalty"),
}
PRODUCERS = ["enscript", "pdfbuilder"]
# Courier's quote glyph in PostScript's standard encoding is quoteright: what enscript prints.
TYPED_APOSTROPHE = "\u2019"


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    cases, styles, _ = KINDS[kind]
    rnd = rng(kind, index, seed)
    case = cases.CASES[index % len(cases.CASES)]
    facts = cases.make(case, rnd)
    producer = PRODUCERS[index % 2]
    pool = styles.ENSCRIPT if producer == "enscript" else styles.BUILDER
    style = pool[(index // 2) % len(pool)]
    if producer == "pdfbuilder" and hasattr(facts, "stamped") and rnd.random() < 0.45:
        facts.stamped = True
        if rnd.random() < 0.5:
            facts.clerk_date = facts.received + dt.timedelta(days=rnd.randint(1, 4))
    doc = Doc(kind, index, case, producer, style.__name__)
    style(facts, doc, rnd)
    truth = cases.truth(facts)
    if producer == "enscript":
        truth["values"] = _typed(truth["values"])
        doc.printed = [t.replace("'", TYPED_APOSTROPHE) for t in doc.printed]
    return doc, truth


def _typed(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("'", TYPED_APOSTROPHE)
    if isinstance(value, list):
        return [_typed(v) for v in value]
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in value.items()}
    return value


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    return write_many([(kind, index)], seed, out)[0]


def write_many(items: list[tuple[str, int]], seed: int, out: Path) -> list[Path]:
    """Writes each (kind, index) document and its truth; the drawn ones go to perl in one batch."""
    paths, drawn = [], []
    for kind, index in items:
        doc, truth = make(kind, index, seed)
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{KINDS[kind][2]}_{index + 1:03d}_{doc.producer}_{doc.case}.pdf"
        if doc.producer == "enscript":
            enscript.render(doc, pdf)
        else:
            drawn.append((doc, pdf, f"{2025 + index % 2}0{1 + index % 9}15120000Z"))
        pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2, ensure_ascii=False) + "\n")
        paths.append(pdf)
    if drawn:
        builder.render(drawn)
    return paths
