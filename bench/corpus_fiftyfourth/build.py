"""A document's plan (truth, blocks, producer) as a pure function of kind, index and seed."""

from __future__ import annotations

from typing import Any

from . import layout, penalties, protests, render, rulings

KINDS = {
    "protest": ("protest", protests),
    "ruling-request": ("ruling", rulings),
    "penalty-case": ("penalty", penalties),
}


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    prefix, mod = KINDS[kind]
    case = mod.CASES[index % len(mod.CASES)]
    producer = render.PRODUCERS[(index + seed) % 2]
    style = mod.STYLES[(index + seed) % 3]
    truth, doc = mod.make(index, seed, case, style)
    blocks, opts = mod.blocks(doc, style)
    truth = {
        "kind": truth["kind"],
        "family": producer,
        "case": case,
        "style": style,
        "args": truth["args"],
        "values": truth["values"],
        "decision": truth["decision"],
        "not_scored": truth["not_scored"],
    }
    return {
        "name": f"{prefix}_{index + 1:03d}_{producer}_{case}",
        "kind": kind,
        "producer": producer,
        "truth": truth,
        "blocks": blocks,
        "opts": opts,
    }


def render_plan(p: dict[str, Any]) -> bytes:
    o = p["opts"]
    pages = layout.layout(
        p["blocks"],
        margin=o.get("margin", 66),
        header=o.get("header"),
        footer=o.get("footer"),
        font=o.get("font", "serif"),
    )
    return render.render(p["producer"], pages)
