"""python -m bench.corpus_twentysixth OUT --seed S [--protests N --rulings N --penalties N]"""

from __future__ import annotations

import argparse
from pathlib import Path

from .generate import build

parser = argparse.ArgumentParser(prog="python -m bench.corpus_twentysixth")
parser.add_argument("out", type=Path)
parser.add_argument("--seed", type=int, default=1)
parser.add_argument("--protests", type=int, default=24)
parser.add_argument("--rulings", type=int, default=12)
parser.add_argument("--penalties", type=int, default=12)
args = parser.parse_args()
written = build(args.out, args.seed, args.protests, args.rulings, args.penalties)
print(f"{len(written)} PDFs in {args.out}")
