"""Writes the thirteenth hand: PDFs and truth JSON in corpus-b's layout."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import draw, fo, penalties, protest_docs, protests, rulings

FOLDERS = {"protest": "protest", "ruling": "ruling-request", "penalty": "penalty-case"}
KINDS = {"protest": "protest", "ruling": "ruling-request", "penalty": "penalty-case"}


@dataclass(frozen=True)
class Built:
    """One written document and the strings its truth expects in the text layer."""

    pdf: Path
    truth: dict[str, Any]
    needles: list[str]


def _write(out: Path, prefix: str, index: int, case: str, rendered: tuple[str, str, list[str]],
           truth: dict[str, Any], args: list[str]) -> Built:
    producer, source, needles = rendered
    folder = out / FOLDERS[prefix]
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{prefix}_{index + 1:03d}_{producer}_{case}.pdf"
    (fo.render if producer == "fop" else draw.render)(source, pdf)
    record = {"kind": KINDS[prefix], "case": case, "args": args, "values": truth["values"],
              "decision": truth["decision"]}
    if truth["not_scored"]:
        record["not_scored"] = truth["not_scored"]
    pdf.with_suffix(".json").write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    return Built(pdf, record, needles)


def _protest(out: Path, index: int, seed: int) -> Built:
    p = protests.build(index, seed)
    rng = random.Random(seed * 104729 + index)
    rendered = protest_docs.STYLES[p.extra["style"]](p, rng)
    args = [] if p.received_printed else ["--received", p.received.isoformat()]
    return _write(out, "protest", index, p.case, rendered, protests.truth(p),
                  [*args, "--today", p.today.isoformat()])


def _ruling(out: Path, index: int, seed: int) -> Built:
    r = rulings.build(index, seed)
    rng = random.Random(seed * 15485863 + index)
    return _write(out, "ruling", index, r.case, rulings.render(r, rng), rulings.truth(r),
                  ["--received", r.received.isoformat(), "--today", r.today.isoformat()])


def _penalty(out: Path, index: int, seed: int) -> Built:
    c = penalties.build(index, seed)
    rng = random.Random(seed * 32452843 + index)
    return _write(out, "penalty", index, c.case, penalties.render(c, rng), penalties.truth(c),
                  ["--today", c.today.isoformat()])


def build(out: Path, seed: int, *, protests_n: int = 24, rulings_n: int = 12,
          penalties_n: int = 12) -> list[Built]:
    """Every document of the hand for `seed`; the same seed gives the same truths."""
    makers: list[tuple[Callable[[Path, int, int], Built], int]] = [
        (_protest, protests_n), (_ruling, rulings_n), (_penalty, penalties_n)]
    return [maker(out, i, seed) for maker, count in makers for i in range(count)]
