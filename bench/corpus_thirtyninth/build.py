"""Plan (truth and page list) and write one document of the thirty-ninth hand's corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.corpus_thirtyninth import penalties, protests, rulings
from bench.corpus_thirtyninth.layout import render

MODULES = {"protest": protests, "ruling-request": rulings, "penalty-case": penalties}
SHORT = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
PRODUCERS = ["horde", "rbpdf"]


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The truth and the page list of document `index`; producers alternate by index."""
    made = MODULES[kind].plan(index, seed)
    producer = PRODUCERS[index % 2]
    truth = {"kind": kind, "family": producer, **made["truth"]}
    return {"truth": truth, "blocks": made["page"].pages, "page": made["page"],
            "producer": producer}


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    made = plan(kind, index, seed)
    truth = made["truth"]
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"{SHORT[kind]}_{index + 1:03d}_{made['producer']}_{truth['case']}"
    pdf = folder / f"{stem}.pdf"
    render(made["producer"], made["page"], stem, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf
