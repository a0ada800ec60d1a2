"""python -m bench.corpus_fiftythird OUT [--seed N] [--protests N] [--rulings N] [--penalties N]"""

from __future__ import annotations

import argparse
import collections
import json
import time
from pathlib import Path

from . import build, check


def main() -> None:
    ap = argparse.ArgumentParser(prog="bench.corpus_fiftythird")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=22)
    ap.add_argument("--rulings", type=int, default=12)
    ap.add_argument("--penalties", type=int, default=12)
    ap.add_argument("--no-check", action="store_true")
    a = ap.parse_args()
    start = time.monotonic()
    counts: collections.Counter[tuple[str, str]] = collections.Counter()
    for kind, n in (
        ("protest", a.protests),
        ("ruling-request", a.rulings),
        ("penalty-case", a.penalties),
    ):
        folder = a.out / kind
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            p = build.plan(kind, i, a.seed)
            pdf = build.render(p)
            (folder / f"{p['name']}.pdf").write_bytes(pdf)
            (folder / f"{p['name']}.json").write_text(
                json.dumps(p["truth"], indent=2, ensure_ascii=False) + "\n"
            )
            if not a.no_check:
                problems = check.check_pdf(pdf, p["truth"])
                if problems:
                    raise SystemExit(f"{p['name']}: not in the text layer: {problems}")
            counts[(kind, str(p["truth"]["decision"].get("outcome", "(not scored)")))] += 1
    for kind in ("protest", "ruling-request", "penalty-case"):
        print(kind, {o: n for (k, o), n in sorted(counts.items()) if k == kind})
    print(f"{sum(counts.values())} documents in {time.monotonic() - start:.1f} s")


if __name__ == "__main__":
    main()
