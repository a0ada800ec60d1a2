"""python -m bench.corpus_fiftyfourth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

from . import build, check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_fiftyfourth")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=22)
    ap.add_argument("--rulings", type=int, default=12)
    ap.add_argument("--penalties", type=int, default=12)
    ap.add_argument("--no-check", action="store_true")
    a = ap.parse_args(argv)
    start = time.monotonic()
    counts: collections.Counter[str] = collections.Counter()
    bad = 0
    for kind, n in (
        ("protest", a.protests),
        ("ruling-request", a.rulings),
        ("penalty-case", a.penalties),
    ):
        folder = a.out / kind
        folder.mkdir(parents=True, exist_ok=True)
        for i in range(n):
            p = build.plan(kind, i, a.seed)
            pdf = build.render_plan(p)
            (folder / f"{p['name']}.pdf").write_bytes(pdf)
            (folder / f"{p['name']}.json").write_text(
                json.dumps(p["truth"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            counts[f"{kind}:{p['truth']['decision'].get('outcome', '(not scored)')}"] += 1
            if not a.no_check:
                problems = check.check_pdf(pdf, p["truth"])
                if problems:
                    bad += 1
                    print(f"{p['name']}: not in text layer: {', '.join(problems)}", file=sys.stderr)
    for k in sorted(counts):
        print(f"{k:40} {counts[k]}")
    print(
        f"{sum(counts.values())} documents in {time.monotonic() - start:.1f} s; "
        f"{bad} with a scored value missing from the text layer"
    )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
