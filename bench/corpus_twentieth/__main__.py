"""python -m bench.corpus_twentieth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.corpus_twentieth.build import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args()
    started = time.monotonic()
    report = generate(args.out, args.seed, {"protest": args.protests, "ruling": args.rulings,
                                            "penalty": args.penalties})
    print(json.dumps({"written": len(report.written), "rescanned": report.rescanned,
                      "seconds": round(time.monotonic() - started, 1)}))


if __name__ == "__main__":
    main()
