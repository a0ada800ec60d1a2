"""python -m bench.corpus_fiftyfifth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
import collections
import time
from pathlib import Path

from . import build


def main() -> None:
    ap = argparse.ArgumentParser(prog="bench.corpus_fiftyfifth")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=build.DEFAULTS["protest"])
    ap.add_argument("--rulings", type=int, default=build.DEFAULTS["ruling-request"])
    ap.add_argument("--penalties", type=int, default=build.DEFAULTS["penalty-case"])
    a = ap.parse_args()
    start = time.monotonic()
    counts = {"protest": a.protests, "ruling-request": a.rulings, "penalty-case": a.penalties}
    plans = build.write_all(a.out, a.seed, counts)
    for kind in counts:
        tally = collections.Counter(
            p["truth"]["decision"].get("outcome", "not scored") for p in plans if p["kind"] == kind
        )
        print(
            f"{kind}: {len([p for p in plans if p['kind'] == kind])} "
            + ", ".join(f"{k} {v}" for k, v in sorted(tally.items()))
        )
    print(f"{len(plans)} documents in {time.monotonic() - start:.1f} s")


if __name__ == "__main__":
    main()
