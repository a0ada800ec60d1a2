"""Builds the corpus: every case's PDF and truth file, in corpus-b's layout."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path

from bench.corpus_fourteenth import ocr_out, pdfmake_out, penalties, protests, rulings
from bench.corpus_fourteenth.common import Built

KINDS: dict[str, tuple[str, str, Callable[[int, str, random.Random], Built], int]] = {
    "protest": ("protest", "protest", protests.build, len(protests.CASES)),
    "ruling-request": ("ruling-request", "ruling", rulings.build, len(rulings.CASES)),
    "penalty-case": ("penalty-case", "penalty", penalties.build, len(penalties.CASES)),
}
PRODUCERS = ("pdfmake", "ocr")


def plan(seed: int, counts: dict[str, int]) -> list[tuple[Path, Built]]:
    """Every document's relative path and content; the same seed gives the same plan."""
    out: list[tuple[Path, Built]] = []
    for kind, count in counts.items():
        folder, prefix, build, ncases = KINDS[kind]
        for idx in range(count):
            producer = PRODUCERS[(idx + idx // ncases) % 2]
            rng = random.Random(f"{seed}-{kind}-{idx}")
            built = build(idx, producer, rng)
            name = f"{prefix}_{idx + 1:03d}_{producer}_{built.case}.pdf"
            out.append((Path(folder) / name, built))
    return out


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[tuple[Path, Built]]:
    """Write PDFs and truth JSON under `out`; return what was written."""
    docs = plan(seed, counts)
    pending: list[tuple[object, Path]] = []
    for rel, built in docs:
        pdf = out / rel
        pdf.parent.mkdir(parents=True, exist_ok=True)
        pdf.with_suffix(".json").write_text(json.dumps(built.truth(), indent=2) + "\n")
        if built.producer == "ocr":
            ocr_out.render(built.doc, pdf, random.Random(f"{seed}-scan-{rel}"), built.scribble)
        else:
            pending.append((built.doc, pdf))
    pdfmake_out.render_all(pending)  # type: ignore[arg-type]
    return [(out / rel, built) for rel, built in docs]
