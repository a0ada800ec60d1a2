"""One document per (kind, index, seed): its facts, a sender's style, a producer, and its truth."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_thirtythird import (
    pdfkit_pdf,
    penalty_cases,
    penalty_styles,
    protest_cases,
    protest_styles,
    ruling_cases,
    ruling_styles,
    tex_pdf,
)
from bench.corpus_thirtythird.model import Doc

PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}


def producer(index: int) -> str:
    return "pdfkit" if index % 2 == 0 else "pdftex"


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any], str, str]:
    """The document, its truth, the style's name and the face its producer sets it in."""
    rng = random.Random(f"style-{kind}-{seed}-{index}")
    styles: dict[str, tuple[Callable[[Any, random.Random], Doc], str, str]] = {
        "protest": protest_styles.STYLES,
        "ruling-request": ruling_styles.STYLES,
        "penalty-case": penalty_styles.STYLES,
    }[kind]  # type: ignore[assignment]
    names = list(styles)
    style = names[(index + seed) % len(names)]
    if kind == "protest":
        facts: Any = protest_cases.make(index, seed)
    elif kind == "ruling-request":
        if style == "lab" and ruling_cases.CASES[index % len(ruling_cases.CASES)] == "carrier":
            style = "founder"  # a laboratory does not charter vessels
        facts = ruling_cases.make(index, seed, lab=style == "lab")
    else:
        facts = penalty_cases.make(index, seed)
    draw, pdfkit_face, tex_face = styles[style]
    doc = draw(facts, rng)  # a style may set who signs, so the truth is taken after drawing
    truths: dict[str, Callable[[Any], dict[str, Any]]] = {
        "protest": protest_cases.truth,
        "ruling-request": ruling_cases.truth,
        "penalty-case": penalty_cases.truth,
    }
    truth = truths[kind](facts)
    return doc, truth, style, pdfkit_face if producer(index) == "pdfkit" else tex_face


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    doc, truth, style, face = make(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{producer(index)}_{truth['case']}.pdf"
    title = f"{kind} {index + 1} {style}"
    (pdfkit_pdf if producer(index) == "pdfkit" else tex_pdf).write(doc, face, title, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
    return pdf
