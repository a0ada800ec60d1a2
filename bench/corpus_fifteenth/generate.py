"""Builds the fifteenth hand: PDFBox and pandoc/ConTeXt PDFs with truths in corpus-b's layout."""

from __future__ import annotations

import json
import random
from pathlib import Path

from . import penalties, protest_cases, protest_docs, rulings
from .common import Doc
from .render import print_pandoc, print_pdfbox

PRODUCERS = ("pdfbox", "pandoc")
FOLDERS = {
    "protest": ("protest", "protest"),
    "ruling-request": ("ruling-request", "ruling"),
    "penalty-case": ("penalty-case", "penalty"),
}


def documents(seed: int, protests: int, rulings_n: int, penalties_n: int) -> list[Doc]:
    """Every document for the seed, truths decided and each case's intended outcome asserted."""
    rng = random.Random(seed)
    docs: list[Doc] = []
    for i in range(protests):
        case = protest_cases.CASES[i % len(protest_cases.CASES)]
        p = protest_cases.build(case, i + seed, rng)
        producer = PRODUCERS[i % 2]
        style = 1 if case == "accept-sat-efile" else (i // 2) % 3
        if case == "accept-sat-efile":
            producer = "pdfbox"
        elif producer == "pdfbox" and (len(p.entries) > 3 or p.stamped):
            style = 0  # the ERP form: a continuation sheet for the grid and a CBP-use box
        doc = protest_docs.render(p, producer, style, rng)
        expected = protest_cases.intended(case)
        assert doc.truth["decision"].get("outcome") == expected, (case, doc.truth["decision"])
        docs.append(doc)
    for i in range(rulings_n):
        case = rulings.CASES[i % len(rulings.CASES)]
        docs.append(
            rulings.render(
                rulings.build(case, i + seed, rng), PRODUCERS[(i + 1) % 2], (i // 2) % 2, rng
            )
        )
    for i in range(penalties_n):
        case = penalties.CASES[i % len(penalties.CASES)]
        docs.append(
            penalties.render(
                penalties.build(case, i + seed, rng), PRODUCERS[i % 2], (i // 2) % 2, rng
            )
        )
    return docs


def file_stem(doc: Doc, number: int) -> str:
    return f"{FOLDERS[doc.kind][1]}_{number:03d}_{doc.producer}_{doc.case}"


def write(out: Path, docs: list[Doc]) -> list[Path]:
    """Print every document and write its truth next to it; the PDFs in document order."""
    jobs: list[tuple[list[str], Path]] = []
    pdfs: list[Path] = []
    counters: dict[str, int] = {}
    for doc in docs:
        folder = out / FOLDERS[doc.kind][0]
        folder.mkdir(parents=True, exist_ok=True)
        counters[doc.kind] = counters.get(doc.kind, 0) + 1
        stem = file_stem(doc, counters[doc.kind])
        pdf = folder / f"{stem}.pdf"
        (folder / f"{stem}.json").write_text(
            json.dumps(doc.truth, indent=2) + "\n", encoding="utf-8"
        )
        if doc.producer == "pdfbox":
            jobs.append((doc.layout, pdf))
        else:
            print_pandoc(doc.markdown, pdf)
        pdfs.append(pdf)
    print_pdfbox(jobs)
    return pdfs
