"""python -m bench.corpus_fiftyeighth OUT [--seed N] [--check]"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from . import build, check


def main() -> int:
    ap = argparse.ArgumentParser(prog="bench.corpus_fiftyeighth")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--no-check", action="store_true", help="skip the text-layer check of every PDF"
    )
    a = ap.parse_args()
    plans = build.generate(a.out, a.seed)
    for kind in build.COUNTS:
        outcomes = Counter(p["truth"]["decision"]["outcome"] for p in plans if p["kind"] == kind)
        print(
            f"{kind}: {sum(outcomes.values())} "
            + ", ".join(f"{o} {n}" for o, n in sorted(outcomes.items()))
        )
    bad = 0
    if not a.no_check:
        for p in plans:
            for problem in check.check_pdf(a.out / p["kind"] / f"{p['name']}.pdf", p["truth"]):
                print(f"{p['name']}: {problem}", file=sys.stderr)
                bad += 1
        print(f"text layer: {len(plans)} documents checked, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
