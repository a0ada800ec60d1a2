"""`python -m bench.corpus_seventeenth OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.corpus_seventeenth.build import build


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_seventeenth", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args(argv)
    counts = {"protest": args.protests, "ruling-request": args.rulings,
              "penalty-case": args.penalties}
    written = build(args.out, args.seed, counts)
    print(f"wrote {len(written)} PDFs with truth files under {args.out}")


if __name__ == "__main__":
    main()
