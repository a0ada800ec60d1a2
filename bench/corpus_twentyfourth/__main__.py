"""python -m bench.corpus_twentyfourth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
from pathlib import Path

from .generate import generate


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bench.corpus_twentyfourth", description=__doc__
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    a = parser.parse_args()
    pdfs = generate(
        a.out,
        a.seed,
        {"protest": a.protests, "ruling-request": a.rulings, "penalty-case": a.penalties},
    )
    print(f"wrote {len(pdfs)} PDFs with truth files under {a.out}")


if __name__ == "__main__":
    main()
