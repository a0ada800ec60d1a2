"""One document of the corpus: its case, sender's style, producer, PDF and truth file."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_thirtyfourth import (
    gslp_pdf,
    penalty_cases,
    penalty_styles,
    pools,
    protest_cases,
    protest_styles,
    ruling_cases,
    ruling_styles,
    xps_pdf,
)
from bench.corpus_thirtyfourth.model import Doc

PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
KINDS: dict[str, tuple[Any, dict[str, Callable[..., None]]]] = {
    "protest": (protest_cases, protest_styles.STYLES),
    "ruling-request": (ruling_cases, ruling_styles.STYLES),
    "penalty-case": (penalty_cases, penalty_styles.STYLES),
}
MONO = "Liberation Mono"
GSLP_FONTS = ["Courier10", "Courier10", "Courier9"]


def producer(index: int) -> str:
    """XPS on even indices, gslp on odd ones."""
    return "xps" if index % 2 == 0 else "gslp"


def style_of(kind: str, index: int, seed: int) -> str:
    """The sender's style: each producer meets every style as the index grows."""
    styles = list(KINDS[kind][1])
    return styles[(index // 2 + seed) % len(styles)]


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The document and truth of KIND number INDEX for SEED."""
    rng = random.Random(f"{seed}:{kind}:{index}")
    cases, styles = KINDS[kind]
    case = cases.CASES[index % len(cases.CASES)]
    facts = cases.make(case, rng)
    style = style_of(kind, index, seed)
    if kind == "ruling-request" and style == "agent" and facts.agent is None:
        facts.agent = rng.choice(
            pools.BROKERS
        )  # a consultant's letter is always an agent's request
    doc = Doc(stem=f"{PREFIX[kind]}_{index:03d}_{producer(index)}_{case}", producer=producer(index))
    styles[style](doc, facts, rng)
    truth = cases.truth(facts)
    truth["style"] = style
    return doc, truth


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Print one document into OUT/KIND/ with its truth file; the PDF's path."""
    doc, truth = make(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{doc.stem}.pdf"
    rng = random.Random(f"{seed}:{kind}:{index}:font")
    if doc.producer == "xps":
        family = rng.choice(sorted(set(xps_pdf.FONTS) - {MONO}))
        xps_pdf.print_pdf(doc, MONO if doc.mono else family, pdf)
    else:
        gslp_pdf.print_pdf(doc, rng.choice(GSLP_FONTS), pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf
