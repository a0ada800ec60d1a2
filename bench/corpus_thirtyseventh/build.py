"""Plan and write one document: truth JSON beside a PDF from one of the two producers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from bench.corpus_thirtyseventh import penalty, protest, ruling
from bench.corpus_thirtyseventh.layout import Layout
from bench.corpus_thirtyseventh.producers import PRODUCERS

PLANNERS = {"protest": protest.plan, "ruling-request": ruling.plan, "penalty-case": penalty.plan}
PREFIX = {"protest": "protest", "ruling-request": "ruling", "penalty-case": "penalty"}
TRUTH_KEYS = ("kind", "case", "style", "family", "args", "values", "decision", "not_scored")


def plan(kind: str, index: int, seed: int) -> dict[str, Any]:
    """The plan: truth, style, producer, blocks and the strings its text layer must carry."""
    return PLANNERS[kind](index, seed)


def truth(p: dict[str, Any]) -> dict[str, Any]:
    """The truth file's content (corpus-b's format plus `style`)."""
    return {k: p[k] for k in TRUTH_KEYS}


def render(p: dict[str, Any], out: Path) -> None:
    """Lay the blocks out and write the PDF with the plan's producer."""
    pages = Layout(p["font"]).run(p["blocks"])
    PRODUCERS[p["family"]](pages, out, f"{p['kind']} {p['case']}")


def write(kind: str, index: int, seed: int, out_dir: Path) -> Path:
    """Write KIND_NNN_PRODUCER_CASE.pdf and its .json under out_dir/kind; return the PDF's path."""
    p = plan(kind, index, seed)
    folder = out_dir / kind
    folder.mkdir(parents=True, exist_ok=True)
    pdf = folder / f"{PREFIX[kind]}_{index + 1:03d}_{p['family']}_{p['case']}.pdf"
    render(p, pdf)
    pdf.with_suffix(".json").write_text(json.dumps(truth(p), indent=2) + "\n")
    return pdf
