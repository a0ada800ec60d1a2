"""Writes the corpus: one folder per kind, NAME.pdf next to NAME.json as in shared/corpus-b."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.corpus_third import groff, penalties, protests, rtf, rulings
from bench.corpus_third.doc import Document

PRODUCERS = ("groff", "rtf")
# kind -> (folder, file prefix, module with plan/truth/STYLES/allowed)
KINDS: dict[str, tuple[str, str, ModuleType]] = {
    "protest": ("protest", "protest", protests),
    "ruling-request": ("ruling-request", "ruling", rulings),
    "penalty-case": ("penalty-case", "penalty", penalties),
}


@dataclass(frozen=True)
class Built:
    """One document written: its PDF, its truth, and every scored value as the page prints it."""

    pdf: Path
    truth: dict[str, Any]
    printed: tuple[str, ...]


def build(out: Path, seed: int, counts: dict[str, int]) -> list[Built]:
    """Plan, write and print every document; RTF files go to LibreOffice in one batch at the end."""
    built: list[Built] = []
    rtf_batch: list[tuple[Document, Path]] = []
    for kind, count in counts.items():
        folder_name, prefix, module = KINDS[kind]
        folder = out / folder_name
        folder.mkdir(parents=True, exist_ok=True)
        plan_rng = random.Random(f"{seed}:{kind}:plan")
        styles = list(module.STYLES)
        for index, facts in enumerate(module.plan(plan_rng, count)):
            rng = random.Random(f"{seed}:{kind}:{index}")
            style = _style(module, styles, index, facts)
            producer = PRODUCERS[(index // len(styles)) % len(PRODUCERS)]
            doc = module.STYLES[style](rng, facts)
            truth = module.truth(facts, style)
            stem = f"{prefix}_{index + 1:03d}_{producer}_{facts.case}"
            pdf = folder / f"{stem}.pdf"
            (folder / f"{stem}.json").write_text(
                json.dumps(truth, indent=2) + "\n", encoding="utf-8"
            )
            if producer == "groff":
                groff.render(doc, pdf)
            else:
                rtf_batch.append((doc, pdf))
            built.append(Built(pdf, truth, tuple(doc.printed)))
    rtf.render_all(rtf_batch)
    return built


def _style(module: ModuleType, styles: list[str], index: int, facts: Any) -> str:
    """The index's style in turn, skipping styles a sender of that situation would not use."""
    for step in range(len(styles)):
        style = styles[(index + step) % len(styles)]
        if module.allowed(style, facts):
            return style
    raise ValueError(f"no style fits {facts.case}")
