"""Plans (truth + pages) per document and the generator that prints them."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path
from typing import Any

from . import penalties, protests, render, rulings

COUNTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}
MODULES: dict[str, Any] = {
    "protest": protests,
    "ruling-request": rulings,
    "penalty-case": penalties,
}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    family = render.PRODUCERS[index % 2]
    made = MODULES[kind].make(index, seed, family)
    args = ["--received", made["received"].isoformat(), "--today", made["today"].isoformat()]
    truth = {
        "kind": kind,
        "family": family,
        "case": made["case"],
        "style": made["style"],
        "args": args,
        "values": made["values"],
        "decision": made["decision"],
        "not_scored": made["not_scored"],
    }
    return {
        "name": f"{kind}_{index + 1:03d}_{family}_{made['case']}",
        "kind": kind,
        "family": family,
        "truth": truth,
        "pages": made["doc"].pages,
        "title": made["title"],
        "created": made["received"].strftime("%Y%m%d") + "091500",
    }


def _job(p: dict[str, Any], out: Path) -> dict[str, Any]:
    return {
        "family": p["family"],
        "pages": p["pages"],
        "out": out,
        "title": p["title"],
        "created": p["created"],
    }


def render_plan(p: dict[str, Any]) -> bytes:
    with tempfile.TemporaryDirectory(prefix="c58p-") as t:
        out = Path(t) / "doc.pdf"
        render.render([_job(p, out)])
        return out.read_bytes()


def generate(out: Path, seed: int, counts: dict[str, int] | None = None) -> list[dict[str, Any]]:
    start = time.time()
    plans = [plan(k, i, seed) for k, n in (counts or COUNTS).items() for i in range(n)]
    jobs = []
    for p in plans:
        folder = out / p["kind"]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{p['name']}.json").write_text(json.dumps(p["truth"], indent=2) + "\n")
        jobs.append(_job(p, folder / f"{p['name']}.pdf"))
    render.render(jobs)
    print(f"{len(plans)} documents in {time.time() - start:.1f} s -> {out}")
    return plans
