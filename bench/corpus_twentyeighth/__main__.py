"""`python -m bench.corpus_twentyeighth OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.corpus_twentyeighth import build


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_twentyeighth")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    start = time.monotonic()
    counts = {
        "protest": args.protests,
        "ruling-request": args.rulings,
        "penalty-case": args.penalties,
    }
    for kind, count in counts.items():
        for index in range(count):
            build.write(kind, index, args.seed, args.out)
    print(f"{sum(counts.values())} documents in {time.monotonic() - start:.1f} s -> {args.out}")


if __name__ == "__main__":
    main()
