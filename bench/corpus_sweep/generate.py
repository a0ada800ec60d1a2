"""Writes the sweep: OUT/KIND/PREFIX_NNN_rl_CASE.pdf + .json, and checks the text layer."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench.corpus_sweep import penalties, protests, rulings
from bench.corpus_sweep.axes import Variant, variants
from bench.corpus_sweep.checks import missing_texts
from bench.corpus_sweep.layout import draw
from bench.corpus_sweep.model import Doc, Spec
from bench.corpus_sweep.new_axes import MIXED, NEW_AXES
from bench.corpus_sweep.render import Mark

KINDS = ("protest", "ruling-request", "penalty-case")
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
PRODUCER = "rl"
GROUPS = ("baseline", "pos", "label", "says", "date", "money", "liq", "loss", "entries",
          "entryno", "party", "sign", "noise", "look", "stamp", "tail", "mixed", *NEW_AXES, MIXED)


def build(kind: str, base: int, spec: Spec) -> tuple[Doc, dict[str, Any], list[str]]:
    """The document, its truth and the printed texts of its scored values."""
    if kind == "protest":
        return protests.build(protests.BASES[base], spec)
    if kind == "ruling-request":
        return rulings.build(rulings.BASES[base], spec)
    return penalties.build(penalties.BASES[base], spec)


@dataclass(frozen=True)
class Written:
    pdf: Path
    required: list[str]
    marks: list[Mark]


def write_one(folder: Path, kind: str, number: int, variant: Variant) -> Written:
    doc, truth, required = build(kind, variant.base, variant.spec)
    stem = f"{PREFIX[kind]}_{number:03d}_{PRODUCER}_{variant.case}"
    pdf = folder / f"{stem}.pdf"
    marks = draw(doc, variant.spec, pdf)
    record = {"kind": truth["kind"], "case": variant.case, "axis": variant.group,
              "args": truth["args"], "values": truth["values"], "decision": truth["decision"],
              "not_scored": truth["not_scored"]}
    (folder / f"{stem}.json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return Written(pdf, required, marks)


def generate(out: Path, seed: int, kinds: tuple[str, ...] = KINDS,
             pick: int | None = None, axes: tuple[str, ...] = ()) -> list[Written]:
    """Every variant of KINDS (or PICK of them per kind, seeded) under OUT; only AXES if given.

    A document keeps its number whatever AXES picks, so its name is the same in every folder.
    """
    written: list[Written] = []
    for kind in kinds:
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        numbered = [(n, v) for n, v in enumerate(variants(kind, seed), start=1)
                    if not axes or v.group in axes]
        if pick is not None:
            numbered = sorted(random.Random(seed).sample(numbered, min(pick, len(numbered))),
                              key=lambda pair: pair[0])
        for number, variant in numbered:
            written.append(write_one(folder, kind, number, variant))
    return written


def check(written: list[Written]) -> list[str]:
    return [problem for w in written for problem in missing_texts(w.pdf, w.required, w.marks)]
