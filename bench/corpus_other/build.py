"""Write the corpus: per kind, scenarios planned by the seed, drawn by both producers."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_other import render_fpdf, render_gs
from bench.corpus_other.doc import Document

PRODUCERS: dict[str, Callable[[Document, Path, str], None]] = {
    "fpdf": render_fpdf.render, "gs": render_gs.render}
Planner = Callable[[int, random.Random], list[tuple[str, Document, dict[str, Any]]]]
"""(count, rng) -> [(case, document, truth)]"""


def write_kind(folder: Path, prefix: str, made: list[tuple[str, Document, dict[str, Any]]],
               say: Callable[[str], None] = lambda _: None) -> list[Path]:
    """Half the documents per producer, alternating: NAME.pdf next to NAME.json."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, (case, doc, truth) in enumerate(made, start=1):
        producer = list(PRODUCERS)[(number - 1) % len(PRODUCERS)]
        name = f"{prefix}_{number:03d}_{producer}_{case}"
        PRODUCERS[producer](doc, folder / f"{name}.pdf", name)
        (folder / f"{name}.json").write_text(json.dumps(truth, indent=2) + "\n",
                                             encoding="utf-8")
        written.append(folder / f"{name}.pdf")
        say(f"{name}.pdf")
    return written


def build(out: Path, seed: int, counts: dict[str, int],
          say: Callable[[str], None] = lambda _: None) -> list[Path]:
    """Every kind into OUT/protest, OUT/ruling-request and OUT/penalty-case."""
    from bench.corpus_other import penalties, protests, rulings

    kinds: dict[str, tuple[str, Planner]] = {
        "protest": ("protest", protests.make), "ruling-request": ("ruling", rulings.make),
        "penalty-case": ("penalty", penalties.make)}
    written: list[Path] = []
    for kind, (prefix, make) in kinds.items():
        rng = random.Random(f"{seed}:{kind}")  # each kind has its own stream: counts stay apart
        written += write_kind(out / kind, prefix, make(counts[kind], rng), say)
    return written
