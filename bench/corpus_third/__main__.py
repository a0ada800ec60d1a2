"""`python -m bench.corpus_third OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.corpus_third.build import build


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_third", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args(argv)
    counts = {
        "protest": args.protests,
        "ruling-request": args.rulings,
        "penalty-case": args.penalties,
    }
    built = build(args.out, args.seed, {kind: n for kind, n in counts.items() if n > 0})
    print(f"wrote {len(built)} documents to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
