"""`python -m bench.corpus_sixteenth OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from bench.corpus_sixteenth import impress_out, jspdf_out, penalties, protests, rulings
from bench.corpus_sixteenth.common import Built
from bench.corpus_sixteenth.layout import Document

PRODUCERS = ("jspdf", "impress")
KINDS = (
    ("protest", "protest", protests.build),
    ("ruling-request", "ruling", rulings.build),
    ("penalty-case", "penalty", penalties.build),
)


def build_all(seed: int, counts: dict[str, int]) -> list[Built]:
    """Every document's page model and truth, without printing; the same for the same seed."""
    built = []
    for folder, _, make in KINDS:
        rng = random.Random(f"{seed}-{folder}")
        built += [make(rng, i, PRODUCERS[i % 2]) for i in range(counts[folder])]
    return built


def file_name(b: Built, number: int) -> str:
    prefix = next(p for folder, p, _ in KINDS if folder == b.kind)
    return f"{prefix}_{number:03d}_{b.producer}_{b.case}"


def write(out: Path, built: list[Built]) -> list[Path]:
    """Print every document into OUT/KIND/ with its truth file; returns the PDFs."""
    impress: list[tuple[Document, Path]] = []
    pdfs = []
    numbers: dict[str, int] = {}
    for b in built:
        numbers[b.kind] = numbers.get(b.kind, 0) + 1
        folder = out / b.kind
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{file_name(b, numbers[b.kind])}.pdf"
        pdf.with_suffix(".json").write_text(
            json.dumps(b.truth(), indent=2) + "\n", encoding="utf-8"
        )
        if b.producer == "jspdf":
            jspdf_out.render(b.doc, pdf)
        else:
            impress.append((b.doc, pdf))
        pdfs.append(pdf)
    impress_out.render_all(impress)
    return pdfs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    counts = {
        "protest": args.protests,
        "ruling-request": args.rulings,
        "penalty-case": args.penalties,
    }
    pdfs = write(args.out, build_all(args.seed, counts))
    print(f"wrote {len(pdfs)} documents to {args.out}")


if __name__ == "__main__":
    main()
