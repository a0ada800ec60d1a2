"""python -m bench.corpus_fiftyseventh OUT [--seed N] [--check]"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from . import build, check


def main() -> None:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus_fiftyseventh")
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument(
        "--check", action="store_true", help="re-read every PDF and confirm the scored values"
    )
    a = ap.parse_args()
    took = build.write(a.out, a.seed)
    print(f"wrote {a.out} in {took:.1f} s")
    if a.check:
        bad = 0
        for pdf in sorted(a.out.glob("*/*.pdf")):
            truth = json.loads(pdf.with_suffix(".json").read_text())
            for problem in check.check_pdf(pdf.read_bytes(), truth):
                bad += 1
                print(f"{pdf.name}: {problem}")
        print(f"check: {bad} problems")
        raise SystemExit(1 if bad else 0)


if __name__ == "__main__":
    main()
