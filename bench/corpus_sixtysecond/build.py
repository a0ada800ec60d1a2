# ruff: noqa: E501
"""Plans (truth plus drawing) as pure functions of kind, index and seed; writing the corpus."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

from . import check, penalties, protests, render, rulings

KINDS = {
    "protest": ("protest", protests),
    "ruling-request": ("ruling", rulings),
    "penalty-case": ("penalty", penalties),
}
DEFAULTS = {"protest": 22, "ruling-request": 12, "penalty-case": 12}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    short, mod = KINDS[kind]
    case = mod.CASES[index % len(mod.CASES)]
    producer = render.PRODUCERS[(index + seed) % 2]
    style = mod.STYLES[(index + seed) % 3]
    if kind == "ruling-request" and case == "unsigned" and style == "authority":
        style = "matrix"  # the letter of authority is itself signed: keep the unsigned request unambiguous
    rng = random.Random(f"c62/{kind}/{index}/{seed}")
    t = mod.make(case, rng)
    if kind == "ruling-request" and style in ("matrix", "authority"):
        for k in ("requester_name", "requester_address"):
            t["values"].pop(k, None)
        t["not_scored"].insert(
            0,
            "requester_name/address: the request is written by an agent for the importer, "
            "and the contract does not say which of the two is the requester",
        )
    doc = mod.RENDER[style](t, random.Random(f"c62/{kind}/{index}/{seed}/style"))
    truth = {
        "kind": kind,
        "family": producer,
        "case": case,
        "style": style,
        "args": t["args"],
        "values": t["values"],
        "decision": t["decision"],
        "not_scored": t["not_scored"],
    }
    name = f"{short}_{index + 1:03d}_{producer}_{case}"
    return {
        "name": name,
        "kind": kind,
        "producer": producer,
        "truth": truth,
        "pages": doc.pages,
        "fields": t["fields"],
    }


def render_plan(p: dict[str, Any]) -> bytes:
    return render.render(p["producer"], p["pages"])


def write(out: Path, seed: int, counts: dict[str, int]) -> list[str]:
    problems: list[str] = []
    for kind, n in counts.items():
        d = out / kind
        d.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            p = plan(kind, i, seed)
            pdf = render_plan(p)
            (d / f"{p['name']}.pdf").write_bytes(pdf)
            (d / f"{p['name']}.json").write_text(json.dumps(p["truth"], indent=2) + "\n")
            problems += [f"{p['name']}: {m}" for m in check.check_pdf(pdf, p["truth"])]
    return problems
