"""python -m bench.corpus_twentyninth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from bench.corpus_twentyninth import build


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_twentyninth")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=24)
    ap.add_argument("--rulings", type=int, default=12)
    ap.add_argument("--penalties", type=int, default=12)
    a = ap.parse_args()
    start = time.monotonic()
    counts = {"protest": a.protests, "ruling-request": a.rulings, "penalty-case": a.penalties}
    build.write_many([(kind, i) for kind, n in counts.items() for i in range(n)], a.seed, a.out)
    total = sum(counts.values())
    print(f"{total} documents in {a.out} ({time.monotonic() - start:.1f} s)")


if __name__ == "__main__":
    main()
