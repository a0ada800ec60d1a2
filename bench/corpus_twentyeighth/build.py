"""One document of the corpus: its facts, its sender's style, its producer, its truth."""

from __future__ import annotations

import json
import random
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.corpus_twentyeighth import (
    fpdf_pdf,
    penalty_cases,
    penalty_styles,
    protest_cases,
    protest_styles,
    ruling_cases,
    ruling_styles,
    typst_pdf,
)
from bench.corpus_twentyeighth.doc import Doc

PRODUCERS = ["typst", "fpdf2"]  # alternated by index
# each kind: its cases module (make, truth) and its senders' styles
KINDS: dict[str, tuple[ModuleType, dict[str, Any]]] = {
    "protest": (protest_cases, protest_styles.STYLES),
    "ruling-request": (ruling_cases, ruling_styles.STYLES),
    "penalty-case": (penalty_cases, penalty_styles.STYLES),
}


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The document and truth of KIND number INDEX for SEED; the style cycles with the index."""
    cases, styles = KINDS[kind]
    facts = cases.make(index, seed)
    name = list(styles)[(index + seed) % len(styles)]
    doc: Doc = styles[name](facts, random.Random(f"style-{kind}-{seed}-{index}"))
    truth: dict[str, Any] = cases.truth(facts)
    doc.printed = _texts(truth)
    return doc, truth


def _texts(truth: dict[str, Any]) -> list[str]:
    """Every scored text value, address line and entry number the PDF must carry."""
    values = truth["values"]
    texts = [
        v
        for k, v in values.items()
        if isinstance(v, str)
        and not k.endswith("_date")
        and k not in ("category", "ruling_type", "culpability")
    ]
    for key in ("protestant_address", "requester_address", "party_address"):
        if values.get(key):
            texts.remove(values[key])
            texts += values[key].split(", ")
    texts += [e["entry_number"] for e in values.get("entries", [])] + values.get("proposed_hts", [])
    return texts


def file_name(kind: str, index: int, seed: int, case: str) -> str:
    return f"{kind}_{index + 1:03d}_{PRODUCERS[index % 2]}_{case}.pdf"


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Draw document INDEX into OUT/KIND/ with its truth JSON; the PDF's path."""
    doc, truth = make(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / file_name(kind, index, seed, truth["case"])
    (typst_pdf if index % 2 == 0 else fpdf_pdf).render(doc, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
    return pdf
