"""`python -m bench.corpus_fiftysecond OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import collections
import json
import time
from pathlib import Path

from bench.corpus_fiftysecond import build


def main() -> None:
    """Write the corpus and print the outcome counts and the time taken."""
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_fiftysecond")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=22)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    start = time.monotonic()
    counts: dict[str, collections.Counter[str]] = {}
    for kind, number in (
        ("protest", args.protests),
        ("ruling-request", args.rulings),
        ("penalty-case", args.penalties),
    ):
        counts[kind] = collections.Counter()
        for index in range(number):
            pdf = build.write(kind, index, args.seed, args.out)
            truth = json.loads(pdf.with_suffix(".json").read_text())
            counts[kind][truth["decision"].get("outcome", "(not scored)")] += 1
    for kind, counter in counts.items():
        print(kind, dict(sorted(counter.items())))
    print(
        f"{sum(sum(c.values()) for c in counts.values())} documents in "
        f"{time.monotonic() - start:.1f} s"
    )


if __name__ == "__main__":
    main()
