"""Builds the corpus: facts per case, truth per the law, one print run per producer."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from bench.corpus_twentyfirst import penalties, protests, rulings
from bench.corpus_twentyfirst.render import PRODUCERS, Doc, Printers


@dataclass(frozen=True)
class Kind:
    """One document kind: its folder, file prefix, cases, styles and builders."""

    folder: str
    prefix: str
    cases: list[str]
    styles: list[str]
    build: Callable[[str, int, random.Random], Any]
    truth: Callable[[Any], dict[str, Any]]
    render: Callable[[Any, random.Random], Doc]


KINDS = {
    "protests": Kind(
        "protest",
        "protest",
        protests.CASES,
        protests.STYLES,
        protests.build,
        protests.truth,
        protests.render,
    ),
    "rulings": Kind(
        "ruling-request",
        "ruling",
        rulings.CASES,
        rulings.STYLES,
        rulings.build,
        rulings.truth,
        rulings.render,
    ),
    "penalties": Kind(
        "penalty-case",
        "penalty",
        penalties.CASES,
        penalties.STYLES,
        penalties.build,
        penalties.truth,
        penalties.render,
    ),
}


def _json_default(value: object) -> float:
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"not JSON: {value!r}")


def style_for(kind: Kind, number: int) -> str:
    """Spreads styles so that every style is printed by both producers."""
    half = len(kind.styles) // 2 if len(kind.styles) % 2 == 0 else 0
    return (
        kind.styles[(number // 2 + (number % 2) * half) % len(kind.styles)]
        if half
        else kind.styles[number % len(kind.styles)]
    )


def plan(seed: int, counts: dict[str, int]) -> list[tuple[Kind, str, Doc, dict[str, Any], str]]:
    """Every document to print: (kind, producer, page model, truth, file stem); no printing yet."""
    planned = []
    for name, count in counts.items():
        kind = KINDS[name]
        for number in range(count):
            rng = random.Random(f"corpus21-{seed}-{name}-{number}")
            case = kind.cases[number % len(kind.cases)]
            facts = kind.build(case, number, rng)
            facts.style = style_for(kind, number)
            producer = PRODUCERS[number % 2]
            truth = kind.truth(facts)
            doc = kind.render(facts, rng)
            stem = f"{kind.prefix}_{number + 1:03d}_{producer}_{case}"
            planned.append((kind, producer, doc, truth, stem))
    return planned


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Writes the PDFs and truth files under OUT; returns the PDFs."""
    jobs = []
    pdfs = []
    for kind, producer, doc, truth, stem in plan(seed, counts):
        folder = out / kind.folder
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{stem}.pdf"
        (folder / f"{stem}.json").write_text(
            json.dumps(truth, indent=2, default=_json_default) + "\n", encoding="utf-8"
        )
        jobs.append((producer, doc, pdf))
        pdfs.append(pdf)
    printers = Printers()
    try:
        printers.print_all(jobs)
    finally:
        printers.close()
    return pdfs
