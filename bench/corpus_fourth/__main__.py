"""`python -m bench.corpus_fourth OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.corpus_fourth.build import unprinted, write


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_fourth", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    parser.add_argument("--check", action="store_true",
                        help="re-read every PDF and confirm each scored value is in its text")
    args = parser.parse_args(argv)
    counts = {"protest": args.protests, "ruling-request": args.rulings,
              "penalty-case": args.penalties}
    written = write(args.out, args.seed, counts, progress=lambda line: print(line, flush=True))
    failures = 0
    if args.check:
        for pdf, doc in written:
            lost = unprinted(pdf, doc)
            if lost:
                failures += 1
                print(f"{pdf.name}: not in the text layer: {lost}", file=sys.stderr)
    print(f"{len(written)} documents in {args.out}, {failures} with unprinted values")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
