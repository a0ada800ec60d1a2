"""python -m bench.corpus_thirteenth OUT --seed S [--protests N --rulings N --penalties N]."""

from __future__ import annotations

import argparse
from pathlib import Path

from .build import build


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_thirteenth")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    built = build(args.out, args.seed, protests_n=args.protests, rulings_n=args.rulings,
                  penalties_n=args.penalties)
    print(f"{len(built)} documents written to {args.out}")


if __name__ == "__main__":
    main()
