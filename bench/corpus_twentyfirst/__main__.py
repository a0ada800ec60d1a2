"""`python -m bench.corpus_twentyfirst OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.corpus_twentyfirst.check import unprinted
from bench.corpus_twentyfirst.generate import generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_twentyfirst", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    parser.add_argument(
        "--check", action="store_true", help="confirm every scored value is printed"
    )
    args = parser.parse_args(argv)
    pdfs = generate(
        args.out,
        args.seed,
        {"protests": args.protests, "rulings": args.rulings, "penalties": args.penalties},
    )
    print(f"{len(pdfs)} PDFs with truth files in {args.out}")
    if args.check:
        problems = [problem for pdf in pdfs for problem in unprinted(pdf)]
        for problem in problems:
            print("not printed:", problem, file=sys.stderr)
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
