"""python -m bench.corpus_fourteenth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.corpus_fourteenth.generate import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    ns = parser.parse_args()
    start = time.monotonic()
    written = generate(ns.out, ns.seed, {"protest": ns.protests, "ruling-request": ns.rulings,
                                         "penalty-case": ns.penalties})
    print(f"{len(written)} documents in {ns.out} ({time.monotonic() - start:.1f} s)")


if __name__ == "__main__":
    main()
