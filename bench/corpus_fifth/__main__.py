"""python -m bench.corpus_fifth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.corpus_fifth.build import plan, unprinted, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_fifth", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args(argv)
    docs = plan(args.seed, {"protest": args.protests, "ruling-request": args.rulings,
                            "penalty-case": args.penalties})
    pdfs = write(args.out, docs)
    bad = 0
    for (_stem, doc), pdf in zip(docs, pdfs, strict=True):
        lost = unprinted(doc, pdf)
        if lost:
            bad += 1
            print(f"{pdf}: not in the text layer: {lost}", file=sys.stderr)
    print(f"wrote {len(pdfs)} documents to {args.out}; {bad} with a scored value not in the text")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
