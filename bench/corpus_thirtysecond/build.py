"""One document: its case, sender style and producer by index, written with its truth."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import (
    penalties,
    penalty_styles,
    postscript,
    protest_styles,
    protests,
    ruling_styles,
    rulings,
    textpdf,
)
from .page import Doc

PRODUCERS: tuple[tuple[str, Callable[[Doc, Path], None]], ...] = (
    ("ps", postscript.render), ("textpdf", textpdf.render))
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}


def _style(styles: dict[str, Any], index: int, seed: int) -> tuple[str, Any]:
    names = list(styles)
    name = names[(index // 2 + seed) % len(names)]
    return name, styles[name]


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The drawn document and its truth (with the style named in `family_style`)."""
    rng = random.Random(f"{kind}-style-{seed}-{index}")
    if kind == "protest":
        style, draw = _style(protest_styles.STYLES, index, seed)
        facts: Any = protests.make(index, seed)
        sheet = draw(facts, rng)
        truth = protests.truth(facts)
    elif kind == "ruling-request":
        style, draw = _style(ruling_styles.STYLES, index, seed)
        facts = rulings.make(index, seed)
        sheet = draw(facts, rng)
        truth = rulings.truth(facts)
    else:
        style, draw = _style(penalty_styles.STYLES, index, seed)
        facts = penalties.make(index, seed)
        sheet = draw(facts, rng)
        truth = penalties.truth(facts)
    truth["style"] = style
    return sheet.doc, truth


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    doc, truth = make(kind, index, seed)
    producer, render = PRODUCERS[index % 2]
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{producer}_{truth['case']}.pdf"
    render(doc, pdf)
    # The file keeps corpus-b's keys exactly; the style is a label for this package's own tests.
    stored = {key: value for key, value in truth.items() if key != "style"}
    pdf.with_suffix(".json").write_text(json.dumps(stored, indent=2) + "\n")
    return pdf
