"""Writes a corpus: KIND folders of KIND_NNN_PRODUCER_CASE.pdf with their truth JSON."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from bench.corpus_fourth import html_out, mupdf_out, penalties, protests, rulings
from bench.corpus_fourth.blocks import Doc

PRODUCERS = ("weasy", "mupdf")
KINDS: dict[str, tuple[str, list[str], Callable[[random.Random, str, str], Doc]]] = {
    "protest": ("protest", protests.CASES, protests.build),
    "ruling-request": ("ruling", rulings.CASES, rulings.build),
    "penalty-case": ("penalty", penalties.CASES, penalties.build),
}


def documents(seed: int, counts: dict[str, int]) -> list[tuple[str, str, Doc]]:
    """(folder, file stem, document) for every document of the run, in order; no file written."""
    out = []
    for kind, (prefix, cases, build) in KINDS.items():
        rng = random.Random(f"{seed}:{kind}")
        for n in range(counts[kind]):
            # Alternate producers; each later round through the cases swaps them, so a case
            # gets both producers in a larger run.
            case, producer = cases[n % len(cases)], PRODUCERS[(n + n // len(cases)) % 2]
            doc = build(rng, case, producer)
            out.append((kind, f"{prefix}_{n + 1:03d}_{producer}_{case}", doc))
    return out


def write(out: Path, seed: int, counts: dict[str, int],
          progress: Callable[[str], None] = lambda _: None) -> list[tuple[Path, Doc]]:
    """Print every document and its truth file under OUT; returns (pdf path, document)."""
    written = []
    for kind, stem, doc in documents(seed, counts):
        folder = out / kind
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{stem}.pdf"
        (html_out if doc.producer == "weasy" else mupdf_out).write(doc, pdf)
        pdf.with_suffix(".json").write_text(json.dumps(doc.truth, indent=2) + "\n",
                                            encoding="utf-8")
        written.append((pdf, doc))
        progress(f"{pdf.name} ({doc.style})")
    return written


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def unprinted(pdf: Path, doc: Doc) -> list[str]:
    """The scored values' printed text that the PDF's text layer (pdfplumber) does not hold."""
    import pdfplumber

    with pdfplumber.open(pdf) as opened:
        text = folded("\n".join(page.extract_text() or "" for page in opened.pages))
    return [value for value in doc.printed if folded(value) not in text]
