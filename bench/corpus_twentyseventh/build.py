"""Builds the corpus: each document's facts, its truth, and its PDF from one of two producers."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import (
    penalty_cases,
    penalty_docs,
    protest_cases,
    protest_docs,
    render_fpdf,
    render_mandoc,
    ruling_cases,
    ruling_docs,
)
from .doc import Doc
from .fmt import date

FOLDERS = {
    "protest": ("protest", "protest"),
    "ruling-request": ("ruling-request", "ruling"),
    "penalty-case": ("penalty-case", "penalty"),
}


def _protest(rng: random.Random, index: int, mandoc: bool) -> tuple[Doc, list[str], str]:
    case = protest_cases.CASES[index % len(protest_cases.CASES)]
    facts = protest_cases.build(rng, case)
    style = (
        protest_docs.memo
        if mandoc
        else (protest_docs.petition, protest_docs.counts)[(index // 2) % 2]
    )
    doc = style(facts, rng)
    doc.truth = _merge(protest_cases.truth(facts), doc.truth)
    args = ["--received", facts.received.isoformat(), "--today", facts.today.isoformat()]
    return doc, args, facts.name


def _ruling(rng: random.Random, index: int, mandoc: bool) -> tuple[Doc, list[str], str]:
    case = ruling_cases.CASES[index % len(ruling_cases.CASES)]
    facts = ruling_cases.build(rng, case)
    style = (
        ruling_docs.memo
        if mandoc
        else (ruling_docs.data_sheet, ruling_docs.brief)[(index // 2) % 2]
    )
    doc = style(facts, rng)
    doc.truth = ruling_cases.truth(facts)
    return (
        doc,
        ["--received", facts.received.isoformat(), "--today", facts.today.isoformat()],
        facts.name,
    )


def _penalty(rng: random.Random, index: int, mandoc: bool) -> tuple[Doc, list[str], str]:
    case = penalty_cases.CASES[index % len(penalty_cases.CASES)]
    facts = penalty_cases.build(rng, case)
    style = (
        penalty_docs.transmittal
        if mandoc
        else (penalty_docs.audit, penalty_docs.chronology)[(index // 2) % 2]
    )
    doc = style(facts, rng)
    doc.truth = penalty_cases.truth(facts)
    return doc, ["--today", facts.today.isoformat()], "Office of Trade - FP&F"


def _merge(truth: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    truth["values"].update(extra)
    return truth


MAKERS: dict[str, Callable[[random.Random, int, bool], tuple[Doc, list[str], str]]] = {
    "protest": _protest,
    "ruling-request": _ruling,
    "penalty-case": _penalty,
}


def make(kind: str, index: int, seed: int) -> tuple[Doc, list[str], str, str]:
    """One document: its Doc, args, the sender's name and producer token (alternating per index)."""
    rng = random.Random(f"{seed}:{kind}:{index}")
    producer = "mandoc" if index % 2 else "fpdfphp"
    doc, args, sender = MAKERS[kind](rng, index, producer == "mandoc")
    return doc, args, sender, producer


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Writes KIND_NNN_PRODUCER_CASE.pdf and its truth .json into out/FOLDER; returns the PDF."""
    doc, args, sender, producer = make(kind, index, seed)
    folder, prefix = FOLDERS[kind]
    stem = out / folder / f"{prefix}_{index + 1:03d}_{producer}_{doc.case}"
    stem.parent.mkdir(parents=True, exist_ok=True)
    pdf = stem.with_suffix(".pdf")
    if producer == "mandoc":
        render_mandoc.render(doc, sender, date(_today(args), "long"), pdf)
    else:
        render_fpdf.render(doc, "ruled" if (index // 2) % 2 == 0 else "plain", pdf)
    truth = {"kind": kind, "case": doc.case, "args": args, **doc.truth}
    stem.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n")
    return pdf


def _today(args: list[str]) -> Any:
    import datetime as dt

    return dt.date.fromisoformat(args[args.index("--today") + 1]) - dt.timedelta(days=1)
