# ruff: noqa: E501
"""Plans (truth + drawing) and PDFs of the fifty-sixth corpus; a plan is a pure function of kind, index, seed."""

from __future__ import annotations

from typing import Any

from . import penalties, protests, render, rulings

KINDS = {
    "protest": (protests, "protest"),
    "ruling-request": (rulings, "ruling"),
    "penalty-case": (penalties, "penalty"),
}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    mod, stem = KINDS[kind]
    truth, doc, case = mod.make(index, seed)
    producer = render.PRODUCERS[(index + seed) % 2]
    pages = doc.finish()
    ordered = {
        "kind": truth["kind"],
        "family": producer,
        "case": case,
        "style": truth["style"],
        "args": truth["args"],
        "values": truth["values"],
        "decision": truth["decision"],
        "not_scored": truth["not_scored"],
    }
    return {"name": f"{stem}_{index + 1:03d}_{producer}_{case}", "truth": ordered, "pages": pages}


def render_plan(p: dict[str, Any]) -> bytes:
    return render.render(p["pages"], p["truth"]["family"])
