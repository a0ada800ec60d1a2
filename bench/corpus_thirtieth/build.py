"""One document of the corpus: its facts from the seed, a style by index, then the print."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_thirtieth import (
    a2ps_pdf,
    penalty_cases,
    penalty_cells,
    penalty_text,
    protest_cases,
    protest_cells,
    protest_text,
    ruling_cases,
    ruling_cells,
    ruling_text,
    sheet,
)
from bench.corpus_thirtieth.model import Doc, TextPrint

KINDS: dict[str, tuple[Any, dict[str, Callable[..., Any]], dict[str, Callable[..., Any]]]] = {
    "protest": (protest_cases, protest_text.STYLES, protest_cells.STYLES),
    "ruling-request": (ruling_cases, ruling_text.STYLES, ruling_cells.STYLES),
    "penalty-case": (penalty_cases, penalty_text.STYLES, penalty_cells.STYLES),
}
TEXT_KEYS = ["protest_number", "port_code", "importer_number", "protestant_name",
             "merchandise_description", "signer_name", "requester_name", "case_number",
             "party_name"]


def make(kind: str, index: int, seed: int) -> tuple[Doc, dict[str, Any]]:
    """The document at INDEX of KIND for SEED: even indices a2ps, odd ones cairo."""
    cases, typed_styles, drawn_styles = KINDS[kind]
    case = cases.CASES[index % len(cases.CASES)]
    rng = random.Random(f"{seed}:{kind}:{index}")
    facts = cases.facts(case, rng)
    truth = cases.truth(facts)
    producer, styles = ("a2ps", typed_styles) if index % 2 == 0 else ("cairo", drawn_styles)
    names = sorted(styles)
    style = names[(index // 2 + seed) % len(names)]
    body, shown = styles[style](facts, rng)
    doc = Doc(kind, index, case, producer, style, truth, body, _printed(truth) + shown)
    return doc, truth


def _printed(truth: dict[str, Any]) -> list[str]:
    values = truth["values"]
    texts = [values[key] for key in TEXT_KEYS if values.get(key)]
    texts += [e["entry_number"] for e in values.get("entries", [])] + values.get(
        "proposed_hts", [])
    for key in ("protestant_address", "requester_address", "party_address"):
        texts += values[key].split(", ") if values.get(key) else []
    return texts


def write(kind: str, index: int, seed: int, out: Path) -> Path:
    """Print the document into OUT/KIND/ with its truth file; the PDF's path."""
    doc, truth = make(kind, index, seed)
    folder = out / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{doc.stem}.pdf"
    if isinstance(doc.body, TextPrint):
        a2ps_pdf.print_text(doc.body, pdf)
    else:
        sheet.render(doc.body, str(pdf))
    pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
    return pdf
