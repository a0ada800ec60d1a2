"""Writes the corpus: PDFs by gofpdf and by latex + dvipdfmx, each with its truth JSON."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_twentysecond import gofpdf_out, latex_out, penalties, protests, rulings
from bench.corpus_twentysecond.textcheck import missing_texts

PRODUCERS = ["gofpdf", "dvipdfmx"]
PRINTERS: dict[str, Callable[[list[tuple[Path, dict[str, Any]]]], None]] = {
    "gofpdf": gofpdf_out.print_all, "dvipdfmx": latex_out.print_all}
KINDS = [("protest", "protest", protests.make), ("ruling-request", "ruling", rulings.make),
         ("penalty-case", "penalty", penalties.make)]


def generate(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Builds every document into OUT/KIND/; returns the PDFs written. Same seed, same files."""
    rng = random.Random(seed)
    queued: dict[str, list[tuple[Path, dict[str, Any]]]] = {name: [] for name in PRODUCERS}
    truths: list[tuple[Path, dict[str, Any]]] = []
    for folder, prefix, make in KINDS:
        (out / folder).mkdir(parents=True, exist_ok=True)
        for number, (case, producer, job, truth) in enumerate(
                make(counts[folder], rng, PRODUCERS), start=1):
            pdf = out / folder / f"{prefix}_{number:03d}_{producer}_{case}.pdf"
            queued[producer].append((pdf, job))
            truths.append((pdf, truth))
    for producer, jobs in queued.items():
        if jobs:
            PRINTERS[producer](jobs)
    for pdf, truth in truths:
        gaps = missing_texts(pdf, truth)
        if gaps:
            raise AssertionError(f"{pdf.name}: scored values not in the text layer: {gaps}")
        pdf.with_suffix(".json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")
    return [pdf for pdf, _ in truths]
