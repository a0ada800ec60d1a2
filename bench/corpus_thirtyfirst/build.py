"""One document of a kind at an index: its facts, its style and producer, the PDF and the truth."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_thirtyfirst import (
    html2ps_pdf,
    pango_pdf,
    penalty_cases,
    penalty_styles,
    protest_cases,
    protest_styles,
    ruling_cases,
    ruling_styles,
)
from bench.corpus_thirtyfirst.blocks import Doc

PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
KINDS: dict[str, tuple[list[str], Callable[..., Any], Callable[[Any], dict[str, Any]], Any]] = {
    "protest": (protest_cases.CASES, protest_cases.facts, protest_cases.truth, protest_styles),
    "ruling-request": (ruling_cases.CASES, ruling_cases.facts, ruling_cases.truth, ruling_styles),
    "penalty-case": (penalty_cases.CASES, penalty_cases.facts, penalty_cases.truth, penalty_styles),
}


def producer(index: int) -> str:
    return "pango" if index % 2 == 0 else "html2ps"


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The document and its truth; the same (kind, index, seed) always gives the same pair."""
    cases, facts, truth, styles = KINDS[kind]
    rng = random.Random(f"{kind}/{seed}/{index}")
    case = cases[index % len(cases)]
    style = styles.STYLES[(index + seed) % len(styles.STYLES)]
    f = facts(case, rng)
    doc = Doc(producer(index), styles.FACE[style])
    styles.RENDER[style](f, doc, rng)
    return doc, truth(f)


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    doc, truth = make(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{doc.producer}_{truth['case']}.pdf"
    (pango_pdf if doc.producer == "pango" else html2ps_pdf).render(doc, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
    return pdf
