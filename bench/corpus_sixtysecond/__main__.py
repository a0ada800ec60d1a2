# ruff: noqa: E501
"""python -m bench.corpus_sixtysecond OUT [--seed N] [--protests N] [--rulings N] [--penalties N]"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import build


def main() -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_sixtysecond")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=build.DEFAULTS["protest"])
    ap.add_argument("--rulings", type=int, default=build.DEFAULTS["ruling-request"])
    ap.add_argument("--penalties", type=int, default=build.DEFAULTS["penalty-case"])
    a = ap.parse_args()
    t0 = time.monotonic()
    counts = {"protest": a.protests, "ruling-request": a.rulings, "penalty-case": a.penalties}
    problems = build.write(a.out, a.seed, counts)
    for p in problems:
        print(p, file=sys.stderr)
    print(
        f"{sum(counts.values())} documents in {time.monotonic() - t0:.1f} s; {len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
