"""Plan one document (truth and blocks) and write its PDF and truth file."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from bench.corpus_fortyfirst import penalties, protests, render, rulings

PLANNERS = {
    "protest": protests.plan,
    "ruling-request": rulings.plan,
    "penalty-case": penalties.plan,
}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
PRODUCERS = ("rst2pdf", "skia")


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """Everything about document `index` of `kind` for `seed`; the same arguments give the "
    "same plan."""
    rng = random.Random(f"hand41/{seed}/{kind}/{index}")
    planned = PLANNERS[kind](index, seed, rng)
    planned["producer"] = PRODUCERS[(index + seed) % 2]
    return planned


def truth(planned: dict[str, Any]) -> dict[str, Any]:
    return {
        "kind": planned["kind"],
        "case": planned["case"],
        "family": planned["producer"],
        "style": planned["style"],
        "args": planned["args"],
        "values": planned["values"],
        "decision": planned["decision"],
        "not_scored": planned["not_scored"],
    }


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    planned = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{planned['producer']}_{planned['case']}.pdf"
    render.PRODUCERS[planned["producer"]](planned["blocks"], pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth(planned), indent=2) + "\n")
    return pdf
