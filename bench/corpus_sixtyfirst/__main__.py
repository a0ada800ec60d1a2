# ruff: noqa: E501
"""python -m bench.corpus_sixtyfirst OUT [--seed N] [--protests N] [--rulings N] [--penalties N] [--check]"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from . import build, check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench.corpus_sixtyfirst")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=22)
    ap.add_argument("--rulings", type=int, default=12)
    ap.add_argument("--penalties", type=int, default=12)
    ap.add_argument("--check", action="store_true", help="re-read every PDF with pdfplumber")
    a = ap.parse_args(argv)
    start = time.monotonic()
    counts: dict[str, collections.Counter[str]] = {}
    bad = 0
    for kind, n in (
        ("protest", a.protests),
        ("ruling-request", a.rulings),
        ("penalty-case", a.penalties),
    ):
        folder = a.out / kind
        folder.mkdir(parents=True, exist_ok=True)
        counts[kind] = collections.Counter()
        for i in range(n):
            p = build.plan(kind, i, a.seed)
            pdf = build.render_plan(p)
            (folder / f"{p['name']}.pdf").write_bytes(pdf)
            (folder / f"{p['name']}.json").write_text(json.dumps(p["truth"], indent=2) + "\n")
            counts[kind][p["truth"]["decision"]["outcome"]] += 1
            if a.check:
                for problem in check.check_pdf(pdf, p["marks"], p["truth"]):
                    bad += 1
                    print(f"{p['name']}: {problem}", file=sys.stderr)
    for kind, c in counts.items():
        print(kind, dict(sorted(c.items())))
    print(
        f"{sum(sum(c.values()) for c in counts.values())} documents in {time.monotonic() - start:.1f} s"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
