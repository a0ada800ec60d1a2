"""`python -m bench.corpus_seventh OUT --seed S`: PDFs and truth files in corpus-b's layout."""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

from bench.corpus_seventh import penalties, producers, protests, rulings
from bench.corpus_seventh.fmt import Doc

KINDS: dict[str, tuple[str, str, Callable[[int, random.Random], Doc]]] = {
    "protests": ("protest", "protest", protests.build),
    "rulings": ("ruling-request", "ruling", rulings.build),
    "penalties": ("penalty-case", "penalty", penalties.build),
}


def generate(seed: int, counts: dict[str, int]) -> list[tuple[str, Doc]]:
    """Every document as (relative file stem, Doc); the same seed gives the same documents."""
    out = []
    for key, (folder, prefix, build) in KINDS.items():
        rng = random.Random(f"{seed}-{key}")
        for index in range(counts[key]):
            doc = build(index, rng)
            out.append((f"{folder}/{prefix}_{index + 1:03d}_{doc.producer}_{doc.case}", doc))
    return out


def write(root: Path, docs: list[tuple[str, Doc]]) -> None:
    """Render every PDF with its producer and write its truth file next to it."""
    for stem, doc in docs:
        pdf = root / f"{stem}.pdf"
        pdf.parent.mkdir(parents=True, exist_ok=True)
        (producers.rsvg if doc.producer == "rsvg" else producers.pdfme)(doc, pdf)
        pdf.with_suffix(".json").write_text(
            json.dumps(doc.truth(), indent=2) + "\n", encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_seventh")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    write(
        args.out,
        generate(
            args.seed,
            {"protests": args.protests, "rulings": args.rulings, "penalties": args.penalties},
        ),
    )


if __name__ == "__main__":
    main()
