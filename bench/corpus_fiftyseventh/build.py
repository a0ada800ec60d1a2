"""Plans (truth + document) per kind and index, rendering, and writing a corpus folder."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path
from typing import Any

from . import penalties, protests, render, rulings

KINDS = {
    "protest": (protests, "protest"),
    "ruling-request": (rulings, "ruling"),
    "penalty-case": (penalties, "penalty"),
}
COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    mod, prefix = KINDS[kind]
    rng = random.Random(f"{seed}:{kind}:{index}")
    p: dict[str, Any] = mod.plan(index, rng)
    producer = render.PRODUCERS[(index + seed) % 2]
    p["truth"]["family"] = producer
    truth = p["truth"]
    ordered = {
        k: truth[k]
        for k in ("kind", "family", "case", "style", "args", "values", "decision", "not_scored")
    }
    p["truth"] = ordered
    p["producer"] = producer
    p["name"] = f"{prefix}_{index + 1:03d}_{producer}_{truth['case']}"
    p["pages"] = len([b for b in p["doc"]["blocks"] if b[0] == "page"]) + 1
    return p


def render_plan(p: dict[str, Any]) -> bytes:
    return render.render(p["doc"], p["producer"])


def write(out: Path, seed: int, counts: dict[str, int] | None = None) -> float:
    start = time.monotonic()
    for kind, n in (counts or COUNTS).items():
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            p = plan(kind, i, seed)
            (folder / f"{p['name']}.pdf").write_bytes(render_plan(p))
            (folder / f"{p['name']}.json").write_text(json.dumps(p["truth"], indent=2) + "\n")
    return time.monotonic() - start
