"""Plan and write one document: case by index, style and producer by index and seed, truth
beside it."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from bench.corpus_fortyseventh import penalties, protests, render, rulings

KINDS = {
    "protest": ("protest", protests),
    "ruling-request": ("ruling", rulings),
    "penalty-case": ("penalty", penalties),
}
PRODUCERS = ["dia", "pyxplot"]


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """Everything about one document except the PDF bytes: facts, truth, blocks and printed "
    "strings."""
    short, module = KINDS[kind]
    rng = random.Random(f"h47-{seed}-{kind}-{index}")
    case = module.CASES[index % len(module.CASES)]
    style = module.STYLES[(index + seed) % len(module.STYLES)]
    producer = PRODUCERS[(index + index // len(module.CASES)) % 2]
    facts = module.plan(case, rng)
    habit = rng.randrange(1000)
    doc = module.render(style, facts, habit)
    t = facts["truth"]
    if kind == "ruling-request" and style in ("lawfirm", "consultant"):
        # an agent writes for its client: whether the requester is the client or the agent is open
        for key in ("requester_name", "requester_address"):
            t["values"].pop(key, None)
        t["not_scored"].append(
            "requester_name, requester_address: written by an agent for its client"
        )
    if kind == "penalty-case":
        args = ["--today", facts["today"].isoformat()]
    else:
        args = [
            "--received",
            facts["received"].isoformat(),
            "--today",
            facts["received"].isoformat(),
        ]
    truth = {
        "kind": kind,
        "family": producer,
        "case": case,
        "style": style,
        "args": args,
        "values": t["values"],
        "decision": t["decision"],
        "not_scored": t["not_scored"],
    }
    name = f"{short}_{index + 1:03d}_{producer}_{case}"
    return {"name": name, "truth": truth, "doc": doc, "producer": producer}


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    p = plan(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{p['name']}.pdf"
    render.render(p["doc"], p["producer"], pdf)
    pdf.with_suffix(".json").write_text(json.dumps(p["truth"], indent=2) + "\n")
    return pdf
