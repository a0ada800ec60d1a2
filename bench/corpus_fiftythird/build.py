"""The plan of one document: its truth and its blocks, a pure function of kind, index and seed."""

from __future__ import annotations

from typing import Any

from . import penalties, protests, rulings
from .render import PRODUCERS

MODULES = {"protest": protests, "ruling-request": rulings, "penalty-case": penalties}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
FAMILIES = ["oxide", "minipdf"]


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    mod = MODULES[kind]
    family = FAMILIES[(index + seed) % 2]
    style = mod.STYLES[
        (index + seed) % 3
    ]  # with the producer by parity, six indices give every pairing
    truth, blocks, font, footer = mod.make(index, seed, style)
    truth = {"kind": truth.pop("kind"), "family": family, **truth}
    name = f"{PREFIX[kind]}_{index + 1:03d}_{family}_{truth['case']}"
    return {
        "name": name,
        "truth": truth,
        "blocks": blocks,
        "font": font,
        "footer": footer,
        "family": family,
    }


def render(p: dict[str, Any]) -> bytes:
    return PRODUCERS[p["family"]](p["blocks"], p["font"], p["footer"])
