"""Builds the fifth hand's corpus: each kind half by borb and half by Calc, with truth files."""

from __future__ import annotations

import json
import random
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pdfplumber

from bench.corpus_fifth import (
    penalty_facts,
    penalty_styles,
    protest_facts,
    protest_styles,
    render_borb,
    render_calc,
    ruling_facts,
    ruling_styles,
)
from bench.corpus_fifth.ink import Ink
from bench.corpus_fifth.model import Block, Doc

Made = tuple[str, list[Block], dict[str, Any]]
"""A document's style, its blocks and its truth."""

PRODUCERS = ("borb", "calc")
FOLDERS = {"protest": ("protest", "protest"), "ruling-request": ("ruling-request", "ruling"),
           "penalty-case": ("penalty-case", "penalty")}
FONTS = {"borb": render_borb.FONTS, "calc": render_calc.FONTS}


def _producers(rng: random.Random, count: int) -> list[str]:
    half = [PRODUCERS[n % 2] for n in range(count)]
    rng.shuffle(half)
    return half


def _style(rng: random.Random, styles: dict[str, Any], avoid: set[str]) -> str:
    return rng.choice(sorted(set(styles) - avoid))


def _protest(rng: random.Random, case: str, producer: str, printed: list[str]) -> Made:
    facts = protest_facts.build(rng, case)
    styles = protest_styles.STYLES[producer]
    style = _style(rng, styles, {"efiling"} if facts.stamp or case == "invalid" else set())
    if style == "efiling":
        facts.accelerated = False  # 19 CFR 174.22(b): not through the electronic protest module
    blocks = styles[style](facts, Ink(rng, printed))
    return style, blocks, protest_facts.truth(facts)


def _ruling(rng: random.Random, case: str, producer: str, printed: list[str]) -> Made:
    facts = ruling_facts.build(rng, case, agent_name=None)
    styles = ruling_styles.STYLES[producer]
    style = _style(rng, styles, set())
    blocks = styles[style](facts, Ink(rng, printed))
    return style, blocks, ruling_facts.truth(facts)


def _penalty(rng: random.Random, case: str, producer: str, printed: list[str]) -> Made:
    facts = penalty_facts.build(rng, case)
    styles = penalty_styles.STYLES[producer]
    style = _style(rng, styles, set())
    blocks = styles[style](facts, Ink(rng, printed))
    return style, blocks, penalty_facts.truth(facts)


Maker = Callable[[random.Random, str, str, list[str]], Made]
KINDS: dict[str, tuple[list[str], Maker]] = {
    "protest": (protest_facts.CASES, _protest),
    "ruling-request": (ruling_facts.CASES, _ruling),
    "penalty-case": (penalty_facts.CASES, _penalty),
}


def plan(seed: int, counts: dict[str, int]) -> list[tuple[str, Doc]]:
    """Every document of the run as (file stem, Doc); the same seed gives the same documents."""
    docs: list[tuple[str, Doc]] = []
    for kind, count in counts.items():
        cases, make = KINDS[kind]
        producers = _producers(random.Random(f"{seed}-{kind}-producers"), count)
        for index in range(count):
            rng = random.Random(f"{seed}-{kind}-{index}")
            case, producer = cases[index % len(cases)], producers[index]
            printed: list[str] = []
            style, blocks, truth = make(rng, case, producer, printed)
            font = rng.choice(FONTS[producer])
            doc = Doc(kind, case, producer, style, font, blocks, truth, printed)
            stem = f"{FOLDERS[kind][1]}_{index + 1:03d}_{producer}_{case}"
            docs.append((stem, doc))
    return docs


def write(out: Path, docs: list[tuple[str, Doc]]) -> list[Path]:
    """Writes each PDF and truth file under OUT/KIND/; returns the PDFs."""
    pdfs: list[Path] = []
    sheets: dict[Path, list[Path]] = {}
    with tempfile.TemporaryDirectory(prefix="corpus-fifth-") as scratch:
        for stem, doc in docs:
            folder = out / FOLDERS[doc.kind][0]
            folder.mkdir(parents=True, exist_ok=True)
            truth = {**doc.truth, "family": doc.producer, "style": doc.style}
            (folder / f"{stem}.json").write_text(json.dumps(truth, indent=2) + "\n")
            pdf = folder / f"{stem}.pdf"
            if doc.producer == "borb":
                render_borb.render(doc, pdf)
            else:
                sheet = Path(scratch) / f"{stem}.xlsx"
                render_calc.write_sheet(doc, sheet)
                sheets.setdefault(folder, []).append(sheet)
            pdfs.append(pdf)
        for folder, batch in sheets.items():
            render_calc.convert(batch, folder)
    return pdfs


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def unprinted(doc: Doc, pdf: Path) -> list[str]:
    """The scored strings of DOC that the PDF's text layer does not carry."""
    with pdfplumber.open(pdf) as opened:
        text = fold(" ".join(page.extract_text() or "" for page in opened.pages))
    return [token for token in doc.printed if fold(token) not in text]
