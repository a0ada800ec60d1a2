"""Plans (truth + page records) per document, and the corpus written to a folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import penalties, protests, render, rulings

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
MODULES = {"protest": protests, "ruling-request": rulings, "penalty-case": penalties}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    family = render.PRODUCERS[index % len(render.PRODUCERS)]
    truth, doc = MODULES[kind].make(index, seed, family)
    name = f"{PREFIX[kind]}_{index + 1:03d}_{family}_{truth['case']}"
    pages = [[list(op) for op in ops] for ops in doc.pages]
    return {
        "kind": kind,
        "name": name,
        "family": family,
        "title": doc.title,
        "truth": truth,
        "pages": pages,
    }


def render_plan(p: dict[str, Any]) -> bytes:
    pages = [[tuple(op) for op in ops] for ops in p["pages"]]
    return render.to_pdf(p["family"], p["title"], pages)


def write(out: Path, seed: int, counts: dict[str, int] | None = None) -> list[Path]:
    import json

    written: list[Path] = []
    for kind, n in (counts or COUNTS).items():
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            p = plan(kind, i, seed)
            pdf = folder / f"{p['name']}.pdf"
            pdf.write_bytes(render_plan(p))
            (folder / f"{p['name']}.json").write_text(json.dumps(p["truth"], indent=2) + "\n")
            written.append(pdf)
    return written
