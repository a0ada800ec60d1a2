"""Plans (truth plus drawn pages) as a pure function of kind, index and seed, and their printing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from . import penalties, protests, rulings
from . import render as producers

FAMILIES = ["freehep", "pstoedit"]
KINDS = {
    "protest": ("protest", protests),
    "ruling-request": ("ruling", rulings),
    "penalty-case": ("penalty", penalties),
}
DEFAULTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    prefix, mod = KINDS[kind]
    family = FAMILIES[(index + seed) % 2]
    style = mod.STYLES[(index + seed) % 3]
    truth, doc = mod.plan(index, seed, family, style)
    name = f"{prefix}_{index + 1:03d}_{family}_{truth['case']}"
    return {"kind": kind, "name": name, "family": family, "truth": truth, "pages": doc.pages}


def render(p: dict[str, Any]) -> bytes:
    if p["family"] == "freehep":
        return producers.freehep(p["pages"])
    return producers.pstoedit(p["pages"])


def write_all(out: Path, seed: int, counts: dict[str, int]) -> list[dict[str, Any]]:
    plans = [plan(kind, i, seed) for kind, n in counts.items() for i in range(n)]
    java: list[tuple[list[list[Any]], Path]] = []
    for p in plans:
        folder = out / p["kind"]
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{p['name']}.pdf"
        (folder / f"{p['name']}.json").write_text(
            json.dumps(p["truth"], indent=2) + "\n", encoding="utf-8"
        )
        if p["family"] == "freehep":
            java.append((p["pages"], pdf))
        else:
            pdf.write_bytes(producers.pstoedit(p["pages"]))
    producers.freehep_many(java)
    return plans
