# ruff: noqa: E501
"""python -m bench.corpus_fiftysixth OUT [--seed N] [--protests N] [--rulings N] [--penalties N]"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import build, check


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_fiftysixth")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--protests", type=int, default=22)
    ap.add_argument("--rulings", type=int, default=12)
    ap.add_argument("--penalties", type=int, default=12)
    ap.add_argument("--no-check", action="store_true", help="skip the text-layer check")
    a = ap.parse_args(argv)
    start = time.monotonic()
    problems = 0
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
                json.dumps(p["truth"], indent=2) + "\n", encoding="utf-8"
            )
            if not a.no_check:
                for msg in check.check_pdf(pdf, p["truth"]):
                    problems += 1
                    print(f"{p['name']}: {msg}", file=sys.stderr)
    print(
        f"wrote {a.protests + a.rulings + a.penalties} documents to {a.out} in {time.monotonic() - start:.1f} s"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
