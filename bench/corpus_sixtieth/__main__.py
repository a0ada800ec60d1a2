"""python -m bench.corpus_sixtieth OUT [--seed N] [--check]"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import build, check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench.corpus_sixtieth", description=__doc__)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=build.COUNTS["protest"])
    ap.add_argument("--rulings", type=int, default=build.COUNTS["ruling-request"])
    ap.add_argument("--penalties", type=int, default=build.COUNTS["penalty-case"])
    ap.add_argument("--no-check", action="store_true", help="skip the text-layer check")
    a = ap.parse_args(argv)
    start = time.monotonic()
    counts = {"protest": a.protests, "ruling-request": a.rulings, "penalty-case": a.penalties}
    pdfs = build.write(a.out, a.seed, counts)
    bad = 0
    if not a.no_check:
        for pdf in pdfs:
            truth = json.loads(pdf.with_suffix(".json").read_text())
            for problem in check.check_pdf(pdf.read_bytes(), truth):
                print(f"{pdf.name}: {problem}", file=sys.stderr)
                bad += 1
    print(
        f"{len(pdfs)} documents in {a.out} ({time.monotonic() - start:.1f} s),"
        f" {bad} text-layer problems"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
