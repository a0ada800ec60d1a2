# ruff: noqa: E501
"""python -m bench.corpus_fiftyninth OUT [--seed N] [--protests N] [--rulings N] [--penalties N] [--check]"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from . import build, check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_fiftyninth")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=22)
    ap.add_argument("--rulings", type=int, default=12)
    ap.add_argument("--penalties", type=int, default=12)
    ap.add_argument(
        "--check", action="store_true", help="check every PDF's text layer with pdfplumber"
    )
    a = ap.parse_args(argv)
    start = time.monotonic()
    counts = {"protest": a.protests, "ruling-request": a.rulings, "penalty-case": a.penalties}
    plans = build.build(a.out, a.seed, counts)
    tally = collections.Counter((p["kind"], p["truth"]["decision"]["outcome"]) for p in plans)
    for (kind, outcome), n in sorted(tally.items()):
        print(f"{kind:15s} {outcome:12s} {n}")
    print(f"{len(plans)} documents in {time.monotonic() - start:.1f} s")
    if a.check:
        problems = []
        for p in plans:
            pdf = a.out / p["kind"] / f"{p['name']}.pdf"
            problems += check.check_pdf(pdf, json.loads(pdf.with_suffix(".json").read_text()))
        print("\n".join(problems) or "text layer: every scored value found")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
