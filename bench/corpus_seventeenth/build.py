"""Writes the corpus: KIND/KIND_NNN_PRODUCER_CASE.pdf with its truth JSON, half per producer."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench.corpus_seventeenth import (
    penalties,
    protests,
    rulings,
    svg,
    svg_blocks,
    svg_protest,
    tex,
    tex_blocks,
    tex_protest,
)

PRODUCERS = ("inkscape", "xelatex")
TEX_ONLY = {"many-entries"}  # a longtable breaking across pages needs TeX


def producer_for(index: int, case: str) -> str:
    return "xelatex" if case in TEX_ONLY else PRODUCERS[index % 2]


def _write(folder: Path, stem: str, truth: dict[str, Any], make: Callable[[Path], None]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    make(folder / f"{stem}.pdf")
    (folder / f"{stem}.json").write_text(json.dumps(truth, indent=2) + "\n", encoding="utf-8")


def build(out: Path, seed: int, counts: dict[str, int]) -> list[Path]:
    """Every document for SEED; returns the PDFs written."""
    written: list[Path] = []
    kinds: list[tuple[str, str, list[str], Callable[..., Any], Callable[..., Any], Any, Any]] = [
        ("protest", "protest", protests.CASES, protests.build, protests.truth,
         svg_protest.render, tex_protest.render),
        ("ruling-request", "ruling", rulings.CASES, rulings.build, rulings.truth,
         lambda d, r: svg_blocks.render(rulings.blocks(d, r), r),
         lambda d, r: tex_blocks.render(rulings.blocks(d, r), r)),
        ("penalty-case", "penalty", penalties.CASES, penalties.build, penalties.truth,
         lambda d, r: svg_blocks.render(penalties.blocks(d, r), r),
         lambda d, r: tex_blocks.render(penalties.blocks(d, r), r)),
    ]
    for kind, prefix, cases, make_doc, make_truth, draw_svg, draw_tex in kinds:
        for index in range(counts[kind]):
            case = cases[index % len(cases)]
            rng = random.Random(f"{seed}:{kind}:{index}")
            doc = make_doc(case, rng)
            producer = producer_for(index, case)
            stem = f"{prefix}_{index + 1:03d}_{producer}_{case}"

            def make(pdf: Path, doc: Any = doc, producer: str = producer,
                     rng: random.Random = rng, draw_svg: Any = draw_svg,
                     draw_tex: Any = draw_tex) -> None:
                if producer == "inkscape":
                    svg.to_pdf(draw_svg(doc, rng), pdf)
                else:
                    tex.compile_pdf(draw_tex(doc, rng), pdf)

            _write(out / kind, stem, make_truth(doc), make)
            written.append(out / kind / f"{stem}.pdf")
    return written
