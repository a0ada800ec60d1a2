"""`python -m bench.corpus_twentyseventh OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
from pathlib import Path

from .build import write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    for kind, count in (
        ("protest", args.protests),
        ("ruling-request", args.rulings),
        ("penalty-case", args.penalties),
    ):
        for index in range(count):
            print(write(kind, index, args.seed, args.out))


if __name__ == "__main__":
    main()
