"""python -m bench.corpus_nineteenth OUT --seed S [--protests N --rulings N --penalties N]."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from bench.corpus_nineteenth.build import Built, build_all
from bench.corpus_nineteenth.render import draw_pdfapi2, draw_pdflib


def write(out: Path, built: list[Built]) -> None:
    """Truth files next to their PDFs, in corpus-b's folders."""
    jobs: dict[str, list[dict[str, object]]] = {"pdfapi2": [], "pdflib": []}
    for doc in built:
        folder = out / doc.folder
        folder.mkdir(parents=True, exist_ok=True)
        pdf = folder / f"{doc.stem}.pdf"
        (folder / f"{doc.stem}.json").write_text(json.dumps(doc.truth, indent=2) + "\n")
        jobs[doc.producer].append({"out": str(pdf.resolve()), "title": doc.title,
                                   "pages": doc.pages, "flatten": doc.flatten,
                                   "date": "2026-12-01T12:00:00Z", "pdfdate": "D:20261201120000Z"})
    draw_pdfapi2(jobs["pdfapi2"])
    draw_pdflib(jobs["pdflib"])


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_nineteenth")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    built = build_all(random.Random(args.seed), args.protests, args.rulings, args.penalties)
    write(args.out, built)
    print(f"{len(built)} documents in {args.out}")


if __name__ == "__main__":
    main()
