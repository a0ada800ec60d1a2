"""Plan and write one document of the corpus."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from bench.corpus_fiftysecond import layout, penalties, protests, rulings

PRODUCERS = ("jgraph", "guile")
KINDS: dict[str, Any] = {
    "protest": ("protest", protests),
    "ruling-request": ("ruling", rulings),
    "penalty-case": ("penalty", penalties),
}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The truth, the producer and the drawn pages of document `index`; pure and deterministic."""
    short, mod = KINDS[kind]
    case = mod.CASES[(index + seed) % len(mod.CASES)]
    rng = random.Random(f"fiftysecond/{seed}/{kind}/{index}")
    pl = mod.plan(rng, case)
    style = index % 3
    producer = PRODUCERS[(index // 3 + seed) % 2]
    pages = mod.render(pl, style, rng)
    truth = {"kind": kind, "family": producer, "style": f"{short}-style-{style}", **pl["truth"]}
    name = f"{short}_{index + 1:03d}_{producer}_{case}"
    return {"name": name, "truth": truth, "producer": producer, "pages": pages}


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Render document `index` of `kind` into out/kind/ with its truth beside it; return the PDF."""
    pl = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{pl['name']}.pdf"
    layout.render(pl["producer"], pl["pages"], pdf)
    pdf.with_suffix(".json").write_text(json.dumps(pl["truth"], indent=2) + "\n")
    return pdf
