"""`python -m bench.corpus_thirtyfirst OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from bench.corpus_thirtyfirst.build import write


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_thirtyfirst")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    started = time.monotonic()
    counts: Counter[str] = Counter()
    for kind, number in (
        ("protest", args.protests),
        ("ruling-request", args.rulings),
        ("penalty-case", args.penalties),
    ):
        for index in range(number):
            truth = json.loads(
                write(kind, index, args.seed, args.out).with_suffix(".json").read_text()
            )
            counts[f"{kind} {truth['decision'].get('outcome', '(not scored)')}"] += 1
    for key, count in sorted(counts.items()):
        print(f"{key}: {count}")
    print(f"{sum(counts.values())} documents in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
