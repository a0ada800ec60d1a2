"""python -m bench.corpus_other OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.corpus_other.build import build


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_other", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=30)
    parser.add_argument("--rulings", type=int, default=16)
    parser.add_argument("--penalties", type=int, default=16)
    args = parser.parse_args(argv)
    counts = {"protest": args.protests, "ruling-request": args.rulings,
              "penalty-case": args.penalties}
    written = build(args.out, args.seed, counts, say=lambda name: print(name, flush=True))
    print(f"{len(written)} documents with truth files in {args.out}")


if __name__ == "__main__":
    main()
