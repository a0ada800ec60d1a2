"""One plan per document: its case, producer and style, the spool of its pages, the printed form of
every scored value, and its truth."""

from __future__ import annotations

import random
from typing import Any

from . import cases, render, styles

KINDS: dict[str, tuple[str, Any, list[str], Any, list[str]]] = {
    "protest": (
        "protest",
        cases.protest,
        cases.PROTEST_CASES,
        styles.protest,
        styles.PROTEST_STYLES,
    ),
    "ruling-request": (
        "ruling",
        cases.ruling,
        cases.RULING_CASES,
        styles.ruling,
        styles.RULING_STYLES,
    ),
    "penalty-case": (
        "penalty",
        cases.penalty,
        cases.PENALTY_CASES,
        styles.penalty,
        styles.PENALTY_STYLES,
    ),
}


def plan(kind: str, i: int, seed: int) -> dict[str, Any]:
    prefix, make, case_list, draw, style_list = KINDS[kind]
    case = case_list[i % len(case_list)]
    producer = render.PRODUCERS[(i + seed) % 2]
    style = style_list[(i + seed) % 3]
    rng = random.Random(f"{seed}:{kind}:{i}")
    c = make(case, rng)
    spool, marks = draw(style, c, rng)
    truth = {
        "kind": kind,
        "family": producer,
        "case": case,
        "style": style,
        "args": c["args"],
        "values": c["values"],
        "decision": c["decision"],
        "not_scored": c["not_scored"],
    }
    return {
        "name": f"{prefix}_{i + 1:03d}_{producer}_{case}",
        "kind": kind,
        "producer": producer,
        "spool": spool,
        "marks": marks,
        "pages": spool.count("\nP\n") + 1,
        "truth": truth,
    }


def render_plan(p: dict[str, Any]) -> bytes:
    return render.render(p["producer"], p["spool"])
