"""`python -m bench.corpus_thirtythird OUT --seed S [--protests N --rulings N --penalties N]`."""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

from bench.corpus_thirtythird import build


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus_thirtythird")
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--protests", type=int, default=24)
    parser.add_argument("--rulings", type=int, default=12)
    parser.add_argument("--penalties", type=int, default=12)
    args = parser.parse_args(argv)
    started = time.monotonic()
    outcomes: Counter[tuple[str, str]] = Counter()
    for kind, count in (
        ("protest", args.protests),
        ("ruling-request", args.rulings),
        ("penalty-case", args.penalties),
    ):
        for index in range(count):
            pdf = build.write(kind, index, args.seed, args.out)
            truth = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
            outcomes[kind, truth["decision"].get("outcome", "(not scored)")] += 1
    for (kind, outcome), n in sorted(outcomes.items()):
        print(f"{kind:15} {outcome:14} {n}")
    print(f"written to {args.out} in {time.monotonic() - started:.1f} s")


if __name__ == "__main__":
    main()
